// The member list: filters (unit, status, name or card, age, party age, due a badge on the next
// occasion), the server's order (given name, the Vietnamese way) page by page, export of exactly
// this filtered list to Excel, import from Excel, and a new record.
import { DownloadOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { nextOccasion } from '../../../../domain/members/badges.ts';
import {
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
  type MemberStatus,
} from '../../../../domain/members/records.ts';
import { formatDateVi, todayVn } from '../../lib/format.ts';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { downloadMemberExport, type MemberFilters, type MemberItem, useMemberList } from './api.ts';
import { ImportModal } from './ImportModal.tsx';
import { CreateMemberModal } from './MemberFormModal.tsx';

interface Filters {
  q: string;
  orgId?: number | undefined;
  status: MemberStatus | 'active' | 'all';
  ageMin?: number | null;
  ageMax?: number | null;
  partyAgeMin?: number | null;
  partyAgeMax?: number | null;
  badgeDue: boolean;
}

const STATUS_COLORS: Record<MemberStatus, string> = {
  du_bi: 'gold',
  chinh_thuc: 'green',
  chuyen_di: 'default',
  xoa_ten: 'red',
  tu_tran: 'default',
};

export function statusTag(status: MemberStatus) {
  return <Tag color={STATUS_COLORS[status]}>{MEMBER_STATUS_LABELS[status]}</Tag>;
}

export function MemberListPage() {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ q: '', status: 'active', badgeDue: false });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const q = useDebounced(filters.q.trim());
  const occasion = nextOccasion(todayVn());
  const params: MemberFilters = {
    q: q || undefined,
    orgId: filters.orgId,
    status: filters.status,
    ageMin: filters.ageMin ?? undefined,
    ageMax: filters.ageMax ?? undefined,
    partyAgeMin: filters.partyAgeMin ?? undefined,
    partyAgeMax: filters.partyAgeMax ?? undefined,
    badgeDueOn: filters.badgeDue ? occasion.date : undefined,
  };
  const list = useMemberList(params);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? null;
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const columns: ColumnsType<MemberItem> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      render: (name: string, m) => <Link to={`/dang-vien/${m.id}`}>{name}</Link>,
    },
    { title: 'Ngày sinh', dataIndex: 'birthDate', render: formatDateVi },
    { title: 'Giới tính', dataIndex: 'gender', render: (g: string | null) => g ?? '' },
    { title: 'Chi bộ', dataIndex: 'orgName' },
    { title: 'Ngày vào Đảng', dataIndex: 'admittedOn', render: formatDateVi },
    { title: 'Tuổi đảng', dataIndex: 'partyAgeYears', align: 'right' },
    { title: 'Số thẻ', dataIndex: 'partyCardNo', render: (v: string | null) => v ?? '' },
    { title: 'Tình trạng', dataIndex: 'status', render: statusTag },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Đảng viên</Typography.Title>
        <Space wrap>
          <Button
            icon={<PlusOutlined />}
            type="primary"
            onClick={() => setCreating(true)}
            data-testid="member-create"
          >
            Thêm đảng viên
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="member-import">
            Nhập từ Excel
          </Button>
          <Button
            icon={<DownloadOutlined />}
            data-testid="member-export"
            onClick={() => downloadMemberExport(params).catch((e) => message.error(errorText(e)))}
          >
            Xuất Excel
          </Button>
        </Space>
      </div>
      <div className="filter-bar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo họ tên (không cần dấu) hoặc số thẻ"
          value={filters.q}
          onChange={(e) => set({ q: e.target.value })}
          aria-label="Tìm đảng viên"
          style={{ width: 300 }}
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={filters.orgId}
          onChange={(v) => set({ orgId: typeof v === 'number' ? v : undefined })}
          style={{ width: 260 }}
          aria-label="Lọc theo đơn vị"
        />
        <Select
          value={filters.status}
          onChange={(v) => set({ status: v })}
          style={{ width: 190 }}
          aria-label="Lọc theo tình trạng"
          options={[
            { value: 'active', label: 'Đang sinh hoạt' },
            ...MEMBER_STATUSES.map((s) => ({ value: s, label: MEMBER_STATUS_LABELS[s] })),
            { value: 'all', label: 'Tất cả' },
          ]}
        />
        <Space.Compact>
          <InputNumber
            min={0}
            max={150}
            placeholder="Tuổi từ"
            value={filters.ageMin}
            onChange={(v) => set({ ageMin: v })}
            aria-label="Tuổi từ"
          />
          <InputNumber
            min={0}
            max={150}
            placeholder="đến"
            value={filters.ageMax}
            onChange={(v) => set({ ageMax: v })}
            aria-label="Tuổi đến"
          />
        </Space.Compact>
        <Space.Compact>
          <InputNumber
            min={0}
            max={150}
            placeholder="Tuổi đảng từ"
            value={filters.partyAgeMin}
            onChange={(v) => set({ partyAgeMin: v })}
            aria-label="Tuổi đảng từ"
            style={{ width: 130 }}
          />
          <InputNumber
            min={0}
            max={150}
            placeholder="đến"
            value={filters.partyAgeMax}
            onChange={(v) => set({ partyAgeMax: v })}
            aria-label="Tuổi đảng đến"
          />
        </Space.Compact>
        <Space>
          <Switch id="member-badge-due" checked={filters.badgeDue} onChange={(v) => set({ badgeDue: v })} />
          <label htmlFor="member-badge-due">Đến hạn Huy hiệu dịp {formatDateVi(occasion.date)}</label>
        </Space>
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<MemberItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={list.isFetching && !list.isFetchingNextPage}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có đảng viên nào phù hợp' }}
        data-testid="member-table"
        title={() =>
          total === null ? null : (
            <span data-testid="member-total">{total.toLocaleString('vi-VN')} đảng viên</span>
          )
        }
      />
      <div className="load-more">
        {list.hasNextPage ? (
          <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            Tải thêm
          </Button>
        ) : (
          items.length > 0 && (
            <Typography.Text type="secondary">Đã hiện hết {items.length} đảng viên.</Typography.Text>
          )
        )}
      </div>
      <CreateMemberModal open={creating} onClose={() => setCreating(false)} defaultOrgId={filters.orgId} />
      <ImportModal open={importing} onClose={() => setImporting(false)} defaultOrgId={filters.orgId} />
    </div>
  );
}
