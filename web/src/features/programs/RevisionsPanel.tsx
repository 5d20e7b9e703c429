// The recorded revisions of an approved programme, newest first, each with its reason.
import { Empty, Timeline, Typography } from 'antd';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useRevisions } from './api.ts';

export function RevisionsPanel({ programId }: { programId: number }) {
  const list = useRevisions(programId);
  const items = list.data?.items ?? [];
  if (!list.isLoading && items.length === 0)
    return <Empty description="Chưa điều chỉnh lần nào sau khi phê duyệt" />;
  return (
    <Timeline
      items={items.map((r) => ({
        children: (
          <div>
            <Typography.Text strong>Điều chỉnh lần {r.revision}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {formatDateTimeVi(r.changedAt)} — {r.changedByName ?? ''}
            </Typography.Text>
            <div>Lý do: {r.reason}</div>
          </div>
        ),
      }))}
    />
  );
}
