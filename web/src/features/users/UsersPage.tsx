// «Tài khoản»: the accounts of the units in the user's scope, in the server's order (by given name,
// the Vietnamese way). Admins create and manage them; leaders and clerks only read.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Result, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ROLES, type Role, roleCan } from '../../../../domain/roles.ts';
import { ROLE_LABELS, SECRECY_LABELS } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type User, useUsers } from './api.ts';
import { CreateUserModal } from './UserFormModal.tsx';
import { UserRowActions } from './UserRowActions.tsx';

interface Filters {
  q: string;
  orgId?: number | undefined;
  role?: Role | undefined;
  includeDisabled: boolean;
}

export function clearanceLabel(level: number): string {
  return SECRECY_LABELS[level] ?? String(level);
}

export function UsersPage() {
  const me = useMe();
  const isAdmin = roleCan(me.user.role, 'user.manage');
  const [filters, setFilters] = useState<Filters>({ q: '', includeDisabled: false });
  const [creating, setCreating] = useState(false);
  const q = useDebounced(filters.q.trim());
  const users = useUsers({ ...filters, q }, { enabled: roleCan(me.user.role, 'user.read') });

  if (!roleCan(me.user.role, 'user.read')) {
    return (
      <Result
        status="403"
        title="Không có quyền"
        subTitle="Vai trò của bạn không xem được danh sách tài khoản."
      />
    );
  }

  const columns: ColumnsType<User> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      render: (name: string, u) => (
        <span className={u.disabled ? 'user-disabled' : undefined}>
          {name}
          {u.id === me.user.id && <Tag className="user-self">bạn</Tag>}
        </span>
      ),
    },
    {
      title: 'Tên đăng nhập',
      dataIndex: 'username',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    { title: 'Đơn vị', dataIndex: 'orgName' },
    { title: 'Vai trò', dataIndex: 'roleLabel' },
    { title: 'Được tiếp cận', dataIndex: 'clearance', render: (c: number) => clearanceLabel(c) },
    {
      title: 'Xác thực 2 lớp',
      dataIndex: 'totpEnabled',
      render: (on: boolean) => (on ? <Tag color="green">Đã bật</Tag> : <Tag>Chưa bật</Tag>),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'disabled',
      render: (off: boolean) =>
        off ? <Tag color="red">Đã khóa</Tag> : <Tag color="blue">Đang hoạt động</Tag>,
    },
    ...(isAdmin
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 170,
            render: (_: unknown, u: User) => <UserRowActions user={u} />,
          },
        ]
      : []),
  ];

  const items = users.data?.items ?? [];
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tài khoản</Typography.Title>
        {isAdmin && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="user-create"
          >
            Tạo tài khoản
          </Button>
        )}
      </div>
      <div className="filter-bar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo họ tên, tên đăng nhập"
          value={filters.q}
          onChange={(e) => setFilters({ ...filters, q: e.target.value })}
          aria-label="Tìm tài khoản"
          style={{ width: 280 }}
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={filters.orgId}
          onChange={(v) => setFilters({ ...filters, orgId: typeof v === 'number' ? v : undefined })}
          style={{ width: 280 }}
          aria-label="Lọc theo đơn vị"
        />
        <Select<Role>
          allowClear
          placeholder="Mọi vai trò"
          value={filters.role}
          onChange={(v) => setFilters({ ...filters, role: v })}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          style={{ width: 180 }}
          aria-label="Lọc theo vai trò"
        />
        <Space>
          <Switch
            checked={filters.includeDisabled}
            onChange={(v) => setFilters({ ...filters, includeDisabled: v })}
            id="users-include-disabled"
          />
          <label htmlFor="users-include-disabled">Hiện tài khoản đã khóa</label>
        </Space>
      </div>
      {!isAdmin && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Bạn chỉ được xem danh sách; việc tạo, sửa tài khoản do quản trị hệ thống thực hiện."
        />
      )}
      {users.isError && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={users.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          pageSize: 20,
          showSizeChanger: true,
          showTotal: (n) => `${n} tài khoản`,
          hideOnSinglePage: false,
        }}
        locale={{ emptyText: 'Không có tài khoản nào phù hợp' }}
        rowClassName={(u) => (u.disabled ? 'row-disabled' : '')}
      />
      {isAdmin && <CreateUserModal open={creating} onClose={() => setCreating(false)} />}
    </div>
  );
}
