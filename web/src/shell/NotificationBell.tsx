import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { get, post } from '../api/client.ts';
import { formatDateTimeVi } from '../lib/format.ts';

interface Notice {
  id: number;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  read: boolean;
}

/** The bell in the header: unread count, the latest notices, click to open and mark read. */
export function NotificationBell() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useQuery({
    queryKey: ['notifications'],
    queryFn: () => get<{ items: Notice[]; unread: number }>('/api/notifications', { limit: 15 }),
    refetchInterval: 60_000,
  });
  const read = useMutation({
    mutationFn: (body: { ids?: number[]; all?: boolean }) => post('/api/notifications/read', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });

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
