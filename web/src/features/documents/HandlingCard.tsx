// Who handles an incoming document (the registering unit, the lead and coordinating units, a
// person) and how far each is; the user's own unit (or the user) reports its progress here.
import { CheckCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table } from 'antd';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { type DocumentDetail, type DocumentHandling, useSetHandling } from './api.ts';
import { DeadlineText, HANDLING_ROLE_LABELS, HandlingStatusTag } from './labels.tsx';

export function HandlingCard({ doc, canHandle }: { doc: DocumentDetail; canHandle: boolean }) {
  const me = useMe();
  const { message } = App.useApp();
  const mine = doc.handling.filter(
    (h) => h.userId === me.user.id || (h.userId === null && h.orgId === me.user.orgId),
  );
  const set = useSetHandling(doc.id);
  const report = (status: 'in_progress' | 'done') =>
    set.mutate(status, {
      onSuccess: () =>
        void message.success(status === 'done' ? 'Đã báo xử lý xong.' : 'Đã chuyển sang đang xử lý.'),
      onError: (err) => void message.error(errorText(err)),
    });
  const allDone = mine.length > 0 && mine.every((h) => h.status === 'done');
  const started = mine.some((h) => h.status !== 'new');

  return (
    <Card
      title="Xử lý"
      size="small"
      className="doc-card"
      extra={
        canHandle && (
          <Space size={4}>
            <Button
              size="small"
              icon={<SyncOutlined />}
              disabled={started && !allDone}
              loading={set.isPending && set.variables === 'in_progress'}
              onClick={() => report('in_progress')}
              data-testid="handling-progress"
            >
              Đang xử lý
            </Button>
            <Button
              size="small"
              type="primary"
              icon={<CheckCircleOutlined />}
              disabled={allDone}
              loading={set.isPending && set.variables === 'done'}
              onClick={() => report('done')}
              data-testid="handling-done"
            >
              Đã xong
            </Button>
          </Space>
        )
      }
    >
      <Table<DocumentHandling>
        rowKey={(h) => `${h.orgId}-${h.userId ?? 0}-${h.role}`}
        size="small"
        pagination={false}
        dataSource={doc.handling}
        scroll={{ x: 560 }}
        rowClassName={(h) => (mine.includes(h) ? 'doc-handling-mine' : '')}
        locale={{ emptyText: 'Chưa giao đơn vị nào' }}
        columns={[
          {
            title: 'Đơn vị / người',
            key: 'who',
            render: (_: unknown, h) => (h.userName ? `${h.userName} (${h.orgName})` : h.orgName),
          },
          {
            title: 'Vai trò',
            dataIndex: 'role',
            width: 110,
            render: (r: string) => HANDLING_ROLE_LABELS[r] ?? r,
          },
          {
            title: 'Hạn',
            dataIndex: 'deadline',
            width: 130,
            render: (d: string | null, h) => <DeadlineText deadline={d} done={h.status === 'done'} />,
          },
          {
            title: 'Tình trạng',
            dataIndex: 'status',
            width: 110,
            render: (s: string) => <HandlingStatusTag status={s} />,
          },
          {
            title: 'Cập nhật',
            dataIndex: 'updatedAt',
            width: 140,
            render: (t: string) => formatDateTimeVi(t),
          },
        ]}
      />
    </Card>
  );
}
