// The bell's list of notices (antd's Popover): its own chunk, loaded after the page (NotificationBell).
import { Button, Empty, Popover } from 'antd';
import { type ReactElement, useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../lib/format.ts';
import { useMarkRead, useNotifications } from './api.ts';
import { Themed } from './Themed.tsx';

export function BellList({ defaultOpen, children }: { defaultOpen: boolean; children: ReactElement }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(defaultOpen);
  const { data } = useNotifications();
  const read = useMarkRead();

  const content = (
    <div className="app-notices">
      {data && data.items.length > 0 ? (
        // A plain list: antd's List brings pagination and a select along, weight every page would load.
        <ul className="app-notice-list">
          {data.items.map((n) => (
            <li key={n.id} className={n.read ? 'app-notice app-notice-read' : 'app-notice'}>
              <button
                type="button"
                className="app-notice-button"
                disabled={!n.link && n.read}
                onClick={() => {
                  if (!n.read) read.mutate({ ids: [n.id] });
                  if (n.link) {
                    setOpen(false);
                    void navigate(n.link);
                  }
                }}
              >
                <span className={n.read ? 'app-notice-title' : 'app-notice-title app-notice-unread'}>
                  {n.title}
                </span>
                {n.body && <span className="app-notice-body">{n.body}</span>}
                <span className="app-notice-time">{formatDateTimeVi(n.createdAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <Empty description="Không có thông báo" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </div>
  );

  return (
    <Themed>
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        placement="bottomRight"
        title={
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <span>Thông báo</span>
            {data && data.unread > 0 && (
              <Button size="small" type="link" onClick={() => read.mutate({ all: true })}>
                Đánh dấu đã đọc tất cả
              </Button>
            )}
          </div>
        }
        content={content}
      >
        {children}
      </Popover>
    </Themed>
  );
}
