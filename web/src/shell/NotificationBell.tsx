import { BellOutlined } from '@ant-design/icons';
import { Button, Empty, Popover } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../lib/format.ts';
import { useMarkRead, useNotifications } from './api.ts';

/** The bell in the header: unread count, the latest notices, click to open and mark read. */
export function NotificationBell() {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
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
      {/* The unread count as a plain bubble: antd's Badge animates digits, weight every page would load. */}
      <span className="app-bell">
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined />}
          aria-label="Thông báo"
          data-testid="notifications"
        />
        {!!data?.unread && (
          <span className="app-bell-count" title={`${data.unread} thông báo chưa đọc`}>
            {data.unread > 99 ? '99+' : data.unread}
          </span>
        )}
      </span>
    </Popover>
  );
}
