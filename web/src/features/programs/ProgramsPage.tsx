// The list of programmes the user can see: the unit's own, those of the units below, and those the
// superior issued down (with «Cụ thể hóa» to start the unit's own from them).
import { BranchesOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  PROGRAM_KIND_LABELS,
  PROGRAM_KINDS,
  PROGRAM_STATUS_LABELS,
  PROGRAM_STATUSES,
  type ProgramKind,
  type ProgramStatus,
} from '../../../../domain/programs/labels.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type Program, type ProgramFilters, useCascadeProgram, usePrograms } from './api.ts';
import { CreateProgramModal } from './ProgramFormModal.tsx';

export function ProgramsPage() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canManage = roleCan(me.user.role, 'program.manage');
  // ?status=draft: the home's «chờ phê duyệt» figure opens the list it counted.
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<ProgramFilters>(() => ({
    q: '',
    status: PROGRAM_STATUSES.find((s) => s === params.get('status')),
  }));
  const [creating, setCreating] = useState(false);
  const q = useDebounced(filters.q.trim());
  const list = usePrograms({ ...filters, q });
  const cascade = useCascadeProgram();
  const startFrom = (p: Program) =>
    cascade.mutate(
      { programId: p.id, orgId: me.user.orgId },
      {
        onSuccess: (created) => {
          void message.success(
            'Đã tạo chương trình của đơn vị từ chương trình cấp trên. Hãy viết lại từng nội dung cho phù hợp.',
          );
          void navigate(`/chuong-trinh/${created.id}`);
        },
        onError: (err) => void message.error(errorText(err)),
      },
    );
  const items = list.data?.items ?? [];
  const cascaded = new Set(items.filter((p) => p.orgId === me.user.orgId).map((p) => p.parentProgramId));

  const columns: ColumnsType<Program> = [
    {
      title: 'Chương trình',
      dataIndex: 'title',
      width: 420,
      render: (title: string, p) => (
        <div>
          <Link to={`/chuong-trinh/${p.id}`}>{title}</Link>
          {p.theme && <div className="pg-muted">Chủ đề: «{p.theme}»</div>}
        </div>
      ),
    },
    { title: 'Đơn vị', dataIndex: 'orgName' },
    { title: 'Loại', dataIndex: 'kindLabel', width: 100 },
    {
      title: 'Thời gian',
      key: 'period',
      width: 200,
      render: (_: unknown, p) => `${formatDateVi(p.startsOn)} – ${formatDateVi(p.endsOn)}`,
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 130,
      render: (s: ProgramStatus, p) => (
        <Tag color={s === 'approved' ? 'green' : 'default'}>
          {PROGRAM_STATUS_LABELS[s]}
          {p.revision > 0 ? ` (điều chỉnh ${p.revision})` : ''}
        </Tag>
      ),
    },
    { title: 'Số mục', dataIndex: 'itemCount', width: 80, align: 'right' },
    {
      title: '',
      key: 'actions',
      width: 150,
      render: (_: unknown, p) =>
        canManage && p.status === 'approved' && p.orgId !== me.user.orgId && !cascaded.has(p.id) ? (
          <Button
            size="small"
            icon={<BranchesOutlined />}
            loading={cascade.isPending && cascade.variables?.programId === p.id}
            onClick={() => startFrom(p)}
            data-testid={`cascade-${p.id}`}
          >
            Cụ thể hóa
          </Button>
        ) : null,
    },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Chương trình công tác</Typography.Title>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="program-create"
          >
            Tạo chương trình
          </Button>
        )}
      </div>
      <div className="filter-bar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, chủ đề"
          value={filters.q}
          onChange={(e) => setFilters({ ...filters, q: e.target.value })}
          aria-label="Tìm chương trình"
          style={{ width: 260 }}
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={filters.orgId}
          onChange={(v) => setFilters({ ...filters, orgId: typeof v === 'number' ? v : undefined })}
          style={{ width: 260 }}
          aria-label="Lọc theo đơn vị"
        />
        <Select<ProgramKind>
          allowClear
          placeholder="Mọi loại"
          value={filters.kind}
          onChange={(v) => setFilters({ ...filters, kind: v })}
          options={PROGRAM_KINDS.map((k) => ({ value: k, label: PROGRAM_KIND_LABELS[k] }))}
          style={{ width: 140 }}
          aria-label="Lọc theo loại"
        />
        <Select<ProgramStatus>
          allowClear
          placeholder="Mọi trạng thái"
          value={filters.status}
          onChange={(v) => setFilters({ ...filters, status: v })}
          options={PROGRAM_STATUSES.map((s) => ({ value: s, label: PROGRAM_STATUS_LABELS[s] }))}
          style={{ width: 160 }}
          aria-label="Lọc theo trạng thái"
        />
        <InputNumber
          placeholder="Năm"
          min={1930}
          max={2200}
          value={filters.year}
          onChange={(v) => setFilters({ ...filters, year: v ?? undefined })}
          aria-label="Lọc theo năm"
          style={{ width: 100 }}
        />
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<Program>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={list.isFetching}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `${n} chương trình` }}
        locale={{ emptyText: 'Chưa có chương trình công tác nào' }}
      />
      {canManage && <CreateProgramModal open={creating} onClose={() => setCreating(false)} />}
    </div>
  );
}
