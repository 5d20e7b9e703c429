// The menu of areas: in the Sider from the lg breakpoint up, in a Drawer (opened by the header's
// menu button) below it. Both show the same items; picking one navigates and, in the drawer, closes it.
import type { MenuProps } from 'antd';
import { Drawer, Menu, Tag, Tooltip } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMe } from '../features/auth/session.tsx';
import { areasFor } from './areas.tsx';

export function Brand({ onClick }: { onClick?: () => void }) {
  return (
    <Link className="app-brand" to="/" onClick={onClick}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>Văn phòng cấp ủy số</span>
    </Link>
  );
}

export function AreaMenu({ onNavigate, inDrawer }: { onNavigate?: () => void; inDrawer?: boolean }) {
  const me = useMe();
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
  }));

  return <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} aria-label="Các phần" />;
}

/** The menu of areas in a drawer from the left, for screens narrower than lg. */
export function AreaDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
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
  );
}
