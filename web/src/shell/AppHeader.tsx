// The header. Wide screens: the unit's name on the left; the bell and the user (name and role) on
// the right. Narrow screens: the menu button and the app's name on the left (the unit's name only
// when there is room), the bell and the user's avatar on the right; the user's name and role move
// into the user menu. The user menu's code (antd Dropdown and Menu) loads after the page, or at the
// first tap on the user. Plain markup: no antd on a phone's first screen.
import { type ButtonHTMLAttributes, forwardRef, lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../features/auth/session.tsx';
import { ROLE_LABELS } from '../lib/format.ts';
import { MenuIcon, UserIcon } from './icons.tsx';
import { useAfterLoad } from './later.ts';
import { NotificationBell } from './NotificationBell.tsx';

const UserMenu = lazy(async () => ({ default: (await import('./UserMenu.tsx')).UserMenu }));

/** The user's button; Dropdown passes its own props (onClick, aria) through to it. */
const UserButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function UserButton(props, ref) {
    const me = useMe();
    return (
      <button
        type="button"
        data-testid="user-menu"
        aria-label={`Tài khoản: ${me.user.fullName}`}
        {...props}
        // Dropdown passes its own class (ant-dropdown-trigger): kept beside ours, not instead of it.
        className={props.className ? `app-user ${props.className}` : 'app-user'}
        ref={ref}
      >
        <span className="app-avatar">
          <UserIcon />
        </span>
        <span className="app-user-name app-ellipsis">{me.user.fullName}</span>
        <span className="app-tag app-user-role">{ROLE_LABELS[me.user.role]}</span>
      </button>
    );
  },
);

export function AppHeader({ wide, narrow, onMenu }: { wide: boolean; narrow: boolean; onMenu: () => void }) {
  const me = useMe();
  const afterLoad = useAfterLoad();
  // Tapped before its code arrived: load it now and open it as soon as it is there.
  const [tapped, setTapped] = useState(false);

  return (
    <header className="app-header">
      <div className="app-header-start" data-testid="header-title">
        {!wide && (
          <>
            <button
              type="button"
              aria-label="Mở danh mục các phần"
              className="app-icon-button app-menu-button"
              data-testid="menu-button"
              onClick={onMenu}
            >
              <MenuIcon />
            </button>
            <Link className="app-header-brand" to="/">
              <img src="/favicon.svg" alt="" width={24} height={24} />
              <span className="app-ellipsis">Văn phòng cấp ủy số</span>
            </Link>
          </>
        )}
        <span className="app-muted app-header-org app-ellipsis" title={me.user.orgName}>
          {me.user.orgName}
        </span>
      </div>
      <div className="app-header-end">
        <NotificationBell />
        {afterLoad || tapped ? (
          <Suspense fallback={<UserButton />}>
            <UserMenu narrow={narrow} defaultOpen={tapped}>
              <UserButton />
            </UserMenu>
          </Suspense>
        ) : (
          <UserButton onClick={() => setTapped(true)} />
        )}
      </div>
    </header>
  );
}
