// The menu of areas: in the Sider from the lg breakpoint up, in a Drawer (opened by the header's
// menu button) below it. Both show the same items; picking one navigates and, in the drawer, closes it.
// Its own chunk (AppLayout loads it after the page): antd's Menu and Drawer are weight a phone's
// first screen does not need.
import { HomeOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Drawer, Menu, Tag, Tooltip } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/session.tsx';
import { areasFor } from './areas.tsx';
import { Brand } from './Brand.tsx';
import { Themed } from './Themed.tsx';

export function AreaMenu({ onNavigate, inDrawer }: { onNavigate?: () => void; inDrawer?: boolean }) {
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const areas = areasFor(me.user.role);
  const selected =
    location.pathname === '/' ? 'home' : areas.find((a) => location.pathname.startsWith(a.path))?.key;

  const home = {
    key: 'home',
    icon: <HomeOutlined />,
    label: me.user.role === 'member' ? 'Trang của tôi' : 'Việc của tôi',
    onClick: () => {
      onNavigate?.();
      void navigate('/');
    },
  };
  const items: MenuProps['items'] = [
    home,
    ...areas.map((a) => ({
      key: a.key,
      icon: a.icon,
      disabled: !a.built,
      label: a.built ? (
        a.label
      ) : (
        <Tooltip title={`Chưa triển khai: ${a.purpose}`} placement={inDrawer ? 'bottom' : 'right'}>
          <span className="area-absent">
            {a.label} <Tag className="area-absent-tag">chưa có</Tag>
          </span>
        </Tooltip>
      ),
      onClick: () => {
        onNavigate?.();
        void navigate(a.path);
      },
    })),
  ];

  return (
    <Themed>
      <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} aria-label="Các phần" />
    </Themed>
  );
}

/** The menu of areas in a drawer from the left, for screens narrower than lg. */
export function AreaDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Themed>
      <Drawer
        open={open}
        onClose={onClose}
        placement="left"
        size={280}
        title={<Brand onClick={onClose} />}
        className="app-drawer"
        rootClassName="app-drawer-root"
        styles={{ header: { padding: '4px 8px 4px 12px' }, body: { padding: 0 } }}
      >
        <AreaMenu onNavigate={onClose} inDrawer />
      </Drawer>
    </Themed>
  );
}
