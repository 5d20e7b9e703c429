// The leaders' directions on an incoming document, newest last, and the button to add one.
import { CommentOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTimeVi } from '../../lib/format.ts';
import type { DocumentDetail } from './api.ts';
import { DirectionModal } from './DirectionModal.tsx';
import { DeadlineText } from './labels.tsx';

export function DirectionsCard({ doc, canDirect }: { doc: DocumentDetail; canDirect: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <Card
      title="Ý kiến chỉ đạo"
      size="small"
      className="doc-card"
      extra={
        canDirect && (
          <Button
            size="small"
            type="primary"
            icon={<CommentOutlined />}
            onClick={() => setOpen(true)}
            data-testid="doc-direct"
          >
            Cho ý kiến chỉ đạo
          </Button>
        )
      }
    >
      {doc.directions.length === 0 ? (
        <Typography.Text type="secondary">
          Chưa có ý kiến chỉ đạo.
          {canDirect ? ' Giao đơn vị chủ trì, phối hợp và hạn xử lý bằng nút «Cho ý kiến chỉ đạo».' : ''}
        </Typography.Text>
      ) : (
        <ul className="doc-directions">
          {doc.directions.map((d) => (
            <li key={d.id} className="doc-direction" data-testid="doc-direction">
              <Typography.Paragraph className="doc-direction-text">{d.text}</Typography.Paragraph>
              <div className="doc-direction-meta">
                {d.leadOrgName && (
                  <span>
                    Chủ trì: <Tag color="red">{d.leadOrgName}</Tag>
                  </span>
                )}
                {d.coordinating.length > 0 && (
                  <span>
                    Phối hợp:{' '}
                    {d.coordinating.map((o) => (
                      <Tag key={o.id}>{o.name}</Tag>
                    ))}
                  </span>
                )}
                {d.assigneeName && (
                  <span>
                    Người xử lý: <Tag color="blue">{d.assigneeName}</Tag>
                  </span>
                )}
                {d.deadline && (
                  <span>
                    Hạn: <DeadlineText deadline={d.deadline} done={doc.status === 'done'} />
                    {d.ruleArticle && ` (theo ${d.ruleArticle})`}
                  </span>
                )}
                {d.taskId !== null && <Tag color="purple">Nhiệm vụ #{d.taskId}</Tag>}
              </div>
              <Typography.Text type="secondary" className="doc-direction-by">
                {d.authorName} · {formatDateTimeVi(d.createdAt)}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {canDirect && <DirectionModal documentId={doc.id} open={open} onClose={() => setOpen(false)} />}
    </Card>
  );
}
