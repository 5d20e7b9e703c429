// The bell in the header: the unread count as a plain bubble, drawn with the first screen. The list
// of notices (antd's Popover) is its own chunk, loaded after the page or at the first tap on the bell.
import { type ButtonHTMLAttributes, forwardRef, lazy, Suspense, useState } from 'react';
import { useNotifications } from './api.ts';
import { BellIcon } from './icons.tsx';
import { useAfterLoad } from './later.ts';

const BellList = lazy(async () => ({ default: (await import('./BellList.tsx')).BellList }));

/** The bell and its count; the Popover passes its own props (onClick, aria) through to it. */
export const BellButton = forwardRef<HTMLSpanElement, ButtonHTMLAttributes<HTMLSpanElement>>(
  function BellButton(props, ref) {
    const { data } = useNotifications();
    return (
      <span {...props} className={props.className ? `app-bell ${props.className}` : 'app-bell'} ref={ref}>
        <button type="button" className="app-icon-button" aria-label="Thông báo" data-testid="notifications">
          <BellIcon />
        </button>
        {!!data?.unread && (
          <span className="app-bell-count" title={`${data.unread} thông báo chưa đọc`}>
            {data.unread > 99 ? '99+' : data.unread}
          </span>
        )}
      </span>
    );
  },
);

export function NotificationBell() {
  const afterLoad = useAfterLoad();
  // Tapped before the list's code arrived: load it now and open it as soon as it is there.
  const [tapped, setTapped] = useState(false);
  if (!afterLoad && !tapped) return <BellButton onClick={() => setTapped(true)} />;
  return (
    <Suspense fallback={<BellButton />}>
      <BellList defaultOpen={tapped}>
        <BellButton />
      </BellList>
    </Suspense>
  );
}
