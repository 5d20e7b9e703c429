// The header. Wide screens: the unit's name on the left; the bell and the user (name and role) on
// the right. Narrow screens: the menu button and the app's name on the left (the unit's name only
// when there is room), the bell and the user's avatar on the right; the user's name and role move
// into the user menu.
import { LogoutOutlined, MenuOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Avatar, Button, Dropdown, Layout, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useMe, useSession } from '../features/auth/session.tsx';
import { ROLE_LABELS } from '../lib/format.ts';
import { NotificationBell } from './NotificationBell.tsx';

export function AppHeader({ wide, narrow, onMenu }: { wide: boolean; narrow: boolean; onMenu: () => void }) {
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();

  const userMenu: MenuProps['items'] = [
    ...(narrow
      ? [
          {
            key: 'who',
            disabled: true,
            className: 'app-user-who',
            label: (
              <div>
                <div className="app-user-who-name">{me.user.fullName}</div>
                <Typography.Text type="secondary">{ROLE_LABELS[me.user.role]}</Typography.Text>
              </div>
            ),
          },
          { type: 'divider' as const },
        ]
      : []),
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
    <Layout.Header className="app-header">
      <div className="app-header-start" data-testid="header-title">
        {!wide && (
          <>
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="Mở danh mục các phần"
              className="app-menu-button"
              data-testid="menu-button"
              onClick={onMenu}
            />
            <Link className="app-header-brand" to="/">
              <img src="/favicon.svg" alt="" width={24} height={24} />
              <span className="app-ellipsis">Văn phòng cấp ủy số</span>
            </Link>
          </>
        )}
        <Typography.Text type="secondary" className="app-header-org app-ellipsis" title={me.user.orgName}>
          {me.user.orgName}
        </Typography.Text>
      </div>
      <div className="app-header-end">
        <NotificationBell />
        <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
          <button
            type="button"
            className="app-user"
            data-testid="user-menu"
            aria-label={`Tài khoản: ${me.user.fullName}`}
          >
            <Avatar size="small" icon={<UserOutlined />} />
            <span className="app-user-name app-ellipsis">{me.user.fullName}</span>
            <Tag className="app-user-role">{ROLE_LABELS[me.user.role]}</Tag>
          </button>
        </Dropdown>
      </div>
    </Layout.Header>
  );
}
