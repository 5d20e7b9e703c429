// The user's menu in the header (a Dropdown): its own chunk, loaded after the page (AppHeader).
import { LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Dropdown } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMe, useSession } from '../features/auth/session.tsx';
import { ROLE_LABELS } from '../lib/format.ts';
import { Themed } from './Themed.tsx';

export function UserMenu({
  narrow,
  defaultOpen,
  children,
}: {
  narrow: boolean;
  defaultOpen: boolean;
  children: ReactNode;
}) {
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  // Open at once when the user tapped before this code had arrived.
  const [open, setOpen] = useState(defaultOpen);

  const items: MenuProps['items'] = [
    ...(narrow
      ? [
          {
            key: 'who',
            disabled: true,
            className: 'app-user-who',
            label: (
              <div>
                <div className="app-user-who-name">{me.user.fullName}</div>
                <span className="app-muted">{ROLE_LABELS[me.user.role]}</span>
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
    <Themed>
      <Dropdown
        menu={{ items }}
        trigger={['click']}
        placement="bottomRight"
        open={open}
        onOpenChange={setOpen}
      >
        {children}
      </Dropdown>
    </Themed>
  );
}
