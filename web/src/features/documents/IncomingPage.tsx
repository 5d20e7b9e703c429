// «Văn bản đến»: the incoming register of the units in scope, newest first, with filters; clerks
// register new documents here.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IN_STATUSES, STATUS_LABELS } from '../../../../domain/documents.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { type DocumentListItem, type RegisterFilters, useRegister } from './api.ts';
import { ExportRegister } from './ExportRegister.tsx';
import { LoadMore } from './LoadMore.tsx';
import { DeadlineText, StatusTag, UrgencyTag } from './labels.tsx';
import { RegisterFilterBar } from './RegisterFilters.tsx';
import { RegisterIncomingModal } from './RegisterIncomingModal.tsx';

const STATUS_OPTIONS = IN_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

export function IncomingPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<RegisterFilters>({ direction: 'in' });
  const [registering, setRegistering] = useState(false);
  const list = useRegister(filters);
  const manyUnits = new Set(list.items.map((d) => d.orgId)).size > 1;

  const columns: ColumnsType<DocumentListItem> = [
    { title: 'Số đến', dataIndex: 'incomingNumber', width: 76, align: 'right' },
    { title: 'Ngày đến', dataIndex: 'receivedOn', width: 104, render: (d: string | null) => formatDateVi(d) },
    {
      title: 'Số ký hiệu',
      dataIndex: 'symbol',
      width: 140,
      render: (s: string | null) => s ?? <Typography.Text type="secondary">(không số)</Typography.Text>,
    },
    { title: 'Cơ quan ban hành', dataIndex: 'issuer', width: 200 },
    {
      title: 'Trích yếu',
      dataIndex: 'summary',
      render: (s: string, d) => (
        <>
          <Link to={`/van-ban/${d.id}`} onClick={(e) => e.stopPropagation()}>
            {s}
          </Link>
          {/* Registers of several units (a committee sees its units'): each keeps its own numbers. */}
          {manyUnits && <div className="doc-row-org">Sổ của {d.orgName}</div>}
        </>
      ),
    },
    {
      title: 'Hạn xử lý',
      dataIndex: 'deadline',
      width: 104,
      render: (v: string | null, d) => <DeadlineText deadline={v} done={d.status === 'done'} />,
    },
    { title: 'Độ khẩn', dataIndex: 'urgency', width: 110, render: (u: number) => <UrgencyTag level={u} /> },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 120,
      render: (s: string, d) => <StatusTag status={s} label={d.statusLabel} />,
    },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Sổ văn bản đến</Typography.Title>
        <Space wrap>
          <ExportRegister direction="in" />
          {roleCan(me.user.role, 'document.register') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRegistering(true)}
              data-testid="doc-register"
            >
              Vào sổ văn bản đến
            </Button>
          )}
        </Space>
      </div>
      <RegisterFilterBar value={filters} onChange={setFilters} statuses={STATUS_OPTIONS} />
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<DocumentListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(d) => ({ onClick: () => navigate(`/van-ban/${d.id}`), className: 'doc-row' })}
        locale={{ emptyText: 'Chưa có văn bản đến nào phù hợp' }}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        count={list.items.length}
        onMore={() => void list.fetchNextPage()}
      />
      <RegisterIncomingModal open={registering} onClose={() => setRegistering(false)} />
    </div>
  );
}
