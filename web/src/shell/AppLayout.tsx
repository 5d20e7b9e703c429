import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Avatar, Dropdown, Layout, Menu, Space, Tag, Tooltip, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe, useSession } from '../features/auth/session.tsx';
import { ROLE_LABELS } from '../lib/format.ts';
import { areasFor } from './areas.tsx';
import { NotificationBell } from './NotificationBell.tsx';

const { Sider, Header, Content } = Layout;

export function AppLayout() {
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const areas = areasFor(me.user.role);
  const selected = areas.find((a) => location.pathname.startsWith(a.path))?.key;

  const items: MenuProps['items'] = areas.map((a) => ({
    key: a.key,
    icon: a.icon,
    disabled: !a.built,
    label: a.built ? (
      a.label
    ) : (
      <Tooltip title={`Chưa triển khai: ${a.purpose}`} placement="right">
        <span className="area-absent">
          {a.label} <Tag className="area-absent-tag">chưa có</Tag>
        </span>
      </Tooltip>
    ),
    onClick: () => navigate(a.path),
  }));

  const userMenu: MenuProps['items'] = [
    {
      key: 'profile',
      icon: <UserOutlined />,
      label: 'Tài khoản của tôi',
      onClick: () => navigate('/ca-nhan'),
    },
    ...(me.user.role === 'admin'
      ? [
          {
            key: 'settings',
            icon: <SettingOutlined />,
            label: 'Cài đặt chung',
            onClick: () => navigate('/cai-dat'),
          },
        ]
      : []),
    { type: 'divider' as const },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: 'Đăng xuất',
      onClick: () => {
        void logout().then(() => navigate('/'));
      },
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider width={236} theme="light" breakpoint="lg" collapsedWidth={64} className="app-sider">
        <Link className="app-brand" to="/">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Văn phòng cấp ủy số</span>
        </Link>
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} aria-label="Các phần" />
      </Sider>
      <Layout>
        <Header className="app-header" style={{ background: '#fff', padding: '0 24px' }}>
          <Typography.Text type="secondary">{me.user.orgName}</Typography.Text>
          <Space size="middle">
            <NotificationBell />
            <Dropdown menu={{ items: userMenu }} trigger={['click']}>
              <Space className="app-user" data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} />
                <span>{me.user.fullName}</span>
                <Tag>{ROLE_LABELS[me.user.role]}</Tag>
              </Space>
            </Dropdown>
          </Space>
        </Header>
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
