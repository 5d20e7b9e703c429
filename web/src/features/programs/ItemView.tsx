// One item of a programme as read: number, text, units, deadline, product, its tasks, and for a
// lower unit's item whether it still copies its source.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ItemVerdict } from '../../../../domain/programs/copycheck.ts';
import { formatDateVi } from '../../lib/format.ts';
import type { Item, ProgramDetail } from './api.ts';
import { CopyTag } from './copyScore.tsx';
import { DeleteItemButton } from './ItemFormModal.tsx';

export function ItemView({
  program,
  item,
  verdict,
  onEdit,
  onAddChild,
}: {
  program: ProgramDetail;
  item: Item;
  verdict: ItemVerdict | undefined;
  onEdit: () => void;
  onAddChild: (() => void) | undefined;
}) {
  const meta = [
    item.leadOrgName ? `Chủ trì: ${item.leadOrgName}` : null,
    item.coordinatingOrgNames.length ? `Phối hợp: ${item.coordinatingOrgNames.join(', ')}` : null,
    item.dueOn ? `Thời hạn: ${formatDateVi(item.dueOn)}` : null,
    item.product ? `Sản phẩm: ${item.product}` : null,
    item.tasks ? `Nhiệm vụ: ${item.tasksDone}/${item.tasks} hoàn thành` : null,
  ].filter(Boolean);
  return (
    <div>
      <div className="pg-own-head">
        <span className={item.depth === 1 ? 'pg-content-title' : undefined}>
          <strong>{item.number}.</strong> {item.title}
        </span>
        {verdict && <CopyTag verdict={verdict} linked={item.sourceItemId !== null} />}
      </div>
      {item.description && <div className="pg-desc">{item.description}</div>}
      {meta.length > 0 && <div className="pg-meta">{meta.join(' · ')}</div>}
      {program.can.edit && (
        <Space size={4} className="pg-item-actions">
          <Button
            size="small"
            type="link"
            icon={<EditOutlined />}
            onClick={onEdit}
            data-testid={`item-edit-${item.number}`}
          >
            Sửa
          </Button>
          {onAddChild && (
            <Button size="small" type="link" icon={<PlusOutlined />} onClick={onAddChild}>
              Thêm mục con
            </Button>
          )}
          <DeleteItemButton program={program} item={item} icon={<DeleteOutlined />} />
        </Space>
      )}
    </div>
  );
}
