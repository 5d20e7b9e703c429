import { Button, Typography } from 'antd';

/** «Tải thêm» under a cursor-paged list, or how many rows were shown once all are. */
export function LoadMore({
  hasMore,
  loading,
  count,
  onMore,
  unit = 'văn bản',
  testId,
}: {
  hasMore: boolean;
  loading: boolean;
  count: number;
  onMore: () => void;
  unit?: string;
  testId?: string;
}) {
  return (
    <div className="load-more">
      {hasMore ? (
        <Button onClick={onMore} loading={loading} data-testid={testId}>
          Tải thêm
        </Button>
      ) : (
        count > 0 && (
          <Typography.Text type="secondary">
            Đã hiện hết {count} {unit}.
          </Typography.Text>
        )
      )}
    </div>
  );
}
