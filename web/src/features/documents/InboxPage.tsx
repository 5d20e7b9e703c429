// «Cần xử lý»: what waits on my unit or on me, overdue and urgent first (the server's order).
import { Alert, Badge, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDateVi } from '../../lib/format.ts';
import {
  type DocumentInbox,
  type DocumentInboxItem,
  INBOX_PAGE_SIZE as PAGE_SIZE,
  type InboxScope as Scope,
  type InboxStatus as Status,
  useInbox,
} from './api.ts';
import { HANDLING_ROLE_LABELS, HandlingStatusTag, symbolText, UrgencyTag } from './labels.tsx';

const STATUS_OPTIONS: { value: Status; label: string }[] = [
  { value: 'open', label: 'Chưa xong' },
  { value: 'new', label: 'Mới' },
  { value: 'in_progress', label: 'Đang xử lý' },
  { value: 'done', label: 'Đã xong' },
];

export function InboxPage() {
  const navigate = useNavigate();
  // ?scope=me: the home's «Văn bản giao cho tôi xử lý» opens on that tab.
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(params.get('scope') === 'me' ? 'me' : 'unit');
  const [status, setStatus] = useState<Status>('open');
  const [page, setPage] = useState(1);
  const unit = useInbox('unit', status, scope === 'unit' ? page : 1);
  const mine = useInbox('me', status, scope === 'me' ? page : 1);
  const current = scope === 'unit' ? unit : mine;
  const open = (r?: DocumentInbox) => (r ? r.counts.new + r.counts.inProgress : 0);

  const columns: ColumnsType<DocumentInboxItem> = [
    {
      title: 'Văn bản',
      key: 'doc',
      render: (_: unknown, d) => (
        <div>
          <Space size={4} wrap>
            <Typography.Text strong>{symbolText(d)}</Typography.Text>
            {d.direction === 'in' && d.incomingNumber !== null && (
              <Typography.Text type="secondary">· số đến {d.incomingNumber}</Typography.Text>
            )}
            <UrgencyTag level={d.urgency} />
            {d.handling.overdue && <Tag color="red">Quá hạn</Tag>}
          </Space>
          <div>{d.summary}</div>
        </div>
      ),
    },
    {
      title: 'Cơ quan ban hành',
      dataIndex: 'issuer',
      width: 200,
      render: (v: string | null, d) => v ?? d.orgName,
    },
    {
      title: 'Vai trò',
      key: 'role',
      width: 110,
      render: (_: unknown, d) => HANDLING_ROLE_LABELS[d.handling.role] ?? d.handling.role,
    },
    {
      title: 'Hạn xử lý',
      key: 'deadline',
      width: 110,
      render: (_: unknown, d) => {
        const due = d.handling.deadline ?? d.deadline;
        return d.handling.overdue ? (
          <Typography.Text type="danger" strong>
            {formatDateVi(due)}
          </Typography.Text>
        ) : (
          formatDateVi(due)
        );
      },
    },
    {
      title: 'Tình trạng',
      key: 'status',
      width: 120,
      render: (_: unknown, d) => <HandlingStatusTag status={d.handling.status} />,
    },
  ];

  const tabLabel = (text: string, r?: DocumentInbox, testId?: string) => (
    <span data-testid={testId}>
      {text} <Badge count={open(r)} overflowCount={999} showZero={false} color="#b71c1c" />
    </span>
  );

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Văn bản cần xử lý</Typography.Title>
        <Segmented<Status>
          options={STATUS_OPTIONS}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setPage(1);
          }}
        />
      </div>
      <Tabs
        activeKey={scope}
        onChange={(k) => {
          setScope(k as Scope);
          setPage(1);
        }}
        items={[
          { key: 'unit', label: tabLabel('Của đơn vị', unit.data, 'inbox-unit') },
          { key: 'me', label: tabLabel('Của tôi', mine.data, 'inbox-me') },
        ]}
      />
      {current.data && (
        <Typography.Paragraph type="secondary">
          Mới: {current.data.counts.new} · Đang xử lý: {current.data.counts.inProgress} · Đã xong:{' '}
          {current.data.counts.done}
        </Typography.Paragraph>
      )}
      {current.isError && (
        <Alert type="error" showIcon title={current.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<DocumentInboxItem>
        rowKey={(d) => `${d.id}-${d.handling.role}`}
        size="middle"
        columns={columns}
        dataSource={current.data?.items ?? []}
        loading={current.isLoading}
        pagination={
          (current.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: current.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total, [from, to]) => `${from}–${to} trong ${total} văn bản`,
          }
        }
        scroll={{ x: 900 }}
        rowClassName={(d) => (d.handling.overdue ? 'doc-row doc-overdue' : 'doc-row')}
        onRow={(d) => ({ onClick: () => navigate(`/van-ban/${d.id}`) })}
        locale={{
          emptyText:
            status === 'open'
              ? scope === 'unit'
                ? 'Đơn vị không còn văn bản nào chờ xử lý'
                : 'Bạn không còn văn bản nào chờ xử lý'
              : 'Không có văn bản nào',
        }}
      />
    </div>
  );
}
