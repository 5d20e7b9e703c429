// «Văn bản đi»: drafts, documents awaiting signature, issued ones, newest first.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { OUT_STATUSES, STATUS_LABELS } from '../../../../domain/documents.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { type DocumentListItem, type RegisterFilters, useRegister, useTypeName } from './api.ts';
import { DraftOutgoingModal } from './DraftOutgoingModal.tsx';
import { ExportRegister } from './ExportRegister.tsx';
import { LoadMore } from './LoadMore.tsx';
import { StatusTag, UrgencyTag } from './labels.tsx';
import { RegisterFilterBar } from './RegisterFilters.tsx';

const STATUS_OPTIONS = OUT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

export function OutgoingPage() {
  const me = useMe();
  const navigate = useNavigate();
  const typeName = useTypeName();
  // A link may open the register filtered (the home's figures: ?status=submitted&signerId=…), so
  // that the list shows exactly what the figure counted.
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<RegisterFilters>(() => ({
    direction: 'out',
    status: OUT_STATUSES.find((s) => s === params.get('status')),
    signerId: Number(params.get('signerId')) || undefined,
  }));
  const [drafting, setDrafting] = useState(false);
  const list = useRegister(filters);

  const columns: ColumnsType<DocumentListItem> = [
    {
      title: 'Số ký hiệu',
      dataIndex: 'symbol',
      width: 140,
      render: (s: string | null) => s ?? <Typography.Text type="secondary">(chưa cấp số)</Typography.Text>,
    },
    {
      title: 'Ngày ban hành',
      dataIndex: 'issuedOn',
      width: 120,
      render: (d: string | null) => formatDateVi(d),
    },
    { title: 'Loại', dataIndex: 'typeCode', width: 120, render: (c: string) => typeName(c) },
    {
      title: 'Trích yếu',
      dataIndex: 'summary',
      render: (s: string, d) => (
        <Space size={4} wrap>
          <Link to={`/van-ban/${d.id}`} onClick={(e) => e.stopPropagation()}>
            {s}
          </Link>
          <UrgencyTag level={d.urgency} />
        </Space>
      ),
    },
    { title: 'Đơn vị soạn', dataIndex: 'orgName', width: 200 },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 130,
      render: (s: string, d) => <StatusTag status={s} label={d.statusLabel} />,
    },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Văn bản đi</Typography.Title>
        <Space wrap>
          <ExportRegister direction="out" />
          {roleCan(me.user.role, 'document.draft') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDrafting(true)}
              data-testid="doc-draft"
            >
              Soạn văn bản đi
            </Button>
          )}
        </Space>
      </div>
      <RegisterFilterBar
        value={filters}
        onChange={(f) => setFilters({ ...f, signerId: filters.signerId })}
        statuses={STATUS_OPTIONS}
      />
      {filters.signerId !== undefined && (
        <Tag
          closable
          onClose={() => setFilters({ ...filters, signerId: undefined })}
          style={{ marginBottom: 12 }}
        >
          {filters.signerId === me.user.id ? 'Chỉ văn bản trình tôi ký' : 'Chỉ văn bản trình một người ký'}
        </Tag>
      )}
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
        scroll={{ x: 1000 }}
        onRow={(d) => ({ onClick: () => navigate(`/van-ban/${d.id}`), className: 'doc-row' })}
        locale={{ emptyText: 'Chưa có văn bản đi nào phù hợp' }}
      />
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        count={list.items.length}
        onMore={() => void list.fetchNextPage()}
      />
      <DraftOutgoingModal open={drafting} onClose={() => setDrafting(false)} />
    </div>
  );
}
