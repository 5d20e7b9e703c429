import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
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
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: n.link ? 'pointer' : 'default', opacity: n.read ? 0.6 : 1 }}
              onClick={() => {
                if (!n.read) read.mutate({ ids: [n.id] });
                if (n.link) {
                  setOpen(false);
                  void navigate(n.link);
                }
              }}
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.read}>{n.title}</Typography.Text>}
                description={
                  <>
                    {n.body && <div>{n.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTimeVi(n.createdAt)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
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
      <Badge count={data?.unread ?? 0} size="small" overflowCount={99}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined />}
          aria-label="Thông báo"
          data-testid="notifications"
        />
      </Badge>
    </Popover>
  );
}
