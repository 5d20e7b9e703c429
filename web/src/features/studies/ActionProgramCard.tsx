// The action programme (chương trình hành động) of the session's unit on the studied text: open it,
// see how much of the superior's it copies (dập khuôn), or start it — from the committee above's
// approved programme when there is one (to be concretised), otherwise as a new programme.
import { Alert, App, Button, Card, DatePicker, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { errorText, isoOf } from '../forms.ts';
import { copyColor, percent } from '../programs/copyScore.tsx';
import { useActionProgram, useOpenActionProgram } from './api.ts';

export function ActionProgramCard({ sessionId }: { sessionId: number }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const link = useActionProgram(sessionId);
  const open = useOpenActionProgram(sessionId);
  const [endsOn, setEndsOn] = useState<Dayjs | null>(null);
  const data = link.data;
  const start = () =>
    open.mutate(
      { endsOn: isoOf(endsOn) },
      {
        onSuccess: (p) => {
          void message.success(
            data?.superior
              ? 'Đã lập chương trình hành động từ chương trình của cấp trên. Hãy cụ thể hóa từng nội dung cho đơn vị.'
              : 'Đã lập chương trình hành động.',
          );
          void navigate(`/chuong-trinh/${p.id}`);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  return (
    <Card title="Chương trình hành động" size="small" loading={link.isLoading} data-testid="action-program">
      {link.isError && <Alert type="error" showIcon title={link.error.message} />}
      {data?.program ? (
        <Space direction="vertical">
          <Link to={`/chuong-trinh/${data.program.id}`}>{data.program.title}</Link>
          <span className="st-muted">
            {data.program.statusLabel}, {formatDateVi(data.program.startsOn)} –{' '}
            {formatDateVi(data.program.endsOn)}, {data.program.itemCount} nội dung
          </span>
          {data.copyScore !== null && (
            <Typography.Text data-testid="action-copy-score">
              Mức dập khuôn so với chương trình cấp trên:{' '}
              <strong style={{ color: copyColor(data.copyScore) }}>{percent(data.copyScore)}</strong>
              {data.copyScore > 0 && (
                <span className="st-muted"> — hãy cụ thể hóa từng nội dung cho đơn vị.</span>
              )}
            </Typography.Text>
          )}
        </Space>
      ) : (
        data && (
          <Space direction="vertical">
            <span>Đơn vị chưa có chương trình hành động thực hiện {data.resolution.ref}.</span>
            {data.superior && (
              <span className="st-muted">
                Cấp trên: <Link to={`/chuong-trinh/${data.superior.id}`}>{data.superior.title}</Link> (
                {data.superior.orgName})
              </span>
            )}
            {data.can.open && (
              <Space wrap>
                {!data.superior && (
                  <DatePicker
                    format={DATE_FORMAT}
                    placeholder="Thực hiện đến ngày"
                    value={endsOn}
                    onChange={setEndsOn}
                    aria-label="Thực hiện đến ngày"
                  />
                )}
                <Button
                  type="primary"
                  loading={open.isPending}
                  disabled={!data.superior && !endsOn}
                  onClick={start}
                  data-testid="action-open"
                >
                  {data.superior ? 'Cụ thể hóa chương trình của cấp trên' : 'Lập chương trình hành động'}
                </Button>
              </Space>
            )}
          </Space>
        )
      )}
    </Card>
  );
}
