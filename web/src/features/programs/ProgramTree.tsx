// The content tree of a programme. For a lower unit's programme, each row puts the superior's item on
// the left and the unit's own on the right; the copy-check runs in the browser (the same code as the
// server's) on what is being typed, so the score moves as the item is rewritten.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Progress, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { checkProgramme } from '../../../../domain/programs/copycheck.ts';
import { MAX_ITEM_DEPTH } from '../../../../domain/programs/labels.ts';
import type { Item, ProgramDetail } from './api.ts';
import { copyColor, percent } from './copyScore.tsx';
import { type Draft, ItemEditor } from './ItemEditor.tsx';
import { AddItemModal } from './ItemFormModal.tsx';
import { ItemView } from './ItemView.tsx';

export function ProgramTree({ program }: { program: ProgramDetail }) {
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [editingId, setEditingId] = useState<number | null>(null);
  const [adding, setAdding] = useState<{ parent: Item | null } | null>(null);
  const parent = program.parent;
  const sources = useMemo(() => new Map((parent?.items ?? []).map((i) => [i.id, i])), [parent]);
  const current = useMemo(
    () => program.items.map((i) => ({ ...i, ...(drafts[i.id] ?? {}) })),
    [program.items, drafts],
  );
  const check = useMemo(
    () => (parent ? checkProgramme(current, parent.items, program.copyNames) : null),
    [current, parent, program.copyNames],
  );
  const verdicts = new Map((check?.items ?? []).map((v) => [v.itemId, v]));
  const copies = check?.copiedItems.length ?? 0;

  const setDraft = (id: number, d: Draft | null) =>
    setDrafts((all) => {
      const next = { ...all };
      if (d) next[id] = d;
      else delete next[id];
      return next;
    });

  return (
    <div>
      {check && (
        <div className="pg-score" data-testid="copy-score">
          <div>
            <Typography.Text strong>Mức dập khuôn so với chương trình cấp trên: </Typography.Text>
            <Typography.Text
              strong
              style={{ color: copyColor(check.copyScore) }}
              data-testid="copy-score-value"
            >
              {percent(check.copyScore)}
            </Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              — {copies}/{current.length} mục còn giống cấp trên; {check.localItems} mục đã cụ thể hóa hoặc là
              nội dung riêng
            </Typography.Text>
          </div>
          <Progress
            percent={Math.round(check.copyScore * 100)}
            strokeColor={copyColor(check.copyScore)}
            showInfo={false}
            size="small"
          />
        </div>
      )}
      {program.can.edit && (
        <Space style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding({ parent: null })} data-testid="item-add">
            Thêm nội dung
          </Button>
        </Space>
      )}
      {program.items.length === 0 ? (
        <Empty description="Chương trình chưa có nội dung nào" />
      ) : (
        <div className={parent ? 'pg-tree pg-tree-cascade' : 'pg-tree'}>
          {parent && (
            <div className="pg-row pg-row-head">
              <div className="pg-source">Chương trình cấp trên — {parent.orgName}</div>
              <div className="pg-own">{program.orgName}</div>
            </div>
          )}
          {current.map((item) => {
            const source = item.sourceItemId ? sources.get(item.sourceItemId) : undefined;
            const verdict = verdicts.get(item.id);
            const matched =
              !source && verdict?.copy && verdict.sourceItemId
                ? sources.get(verdict.sourceItemId)
                : undefined;
            return (
              <div
                key={item.id}
                className={`pg-row pg-depth-${item.depth}`}
                data-testid={`item-${item.number}`}
              >
                {parent && (
                  <div className="pg-source">
                    {source ? (
                      <SourceText item={source} />
                    ) : matched ? (
                      <Tooltip title="Mục này không liên kết mục nguồn nhưng giống nội dung này của cấp trên">
                        <span>
                          <SourceText item={matched} />
                        </span>
                      </Tooltip>
                    ) : (
                      <Typography.Text type="secondary" italic>
                        Nội dung riêng của đơn vị
                      </Typography.Text>
                    )}
                  </div>
                )}
                <div className="pg-own">
                  {editingId === item.id ? (
                    <ItemEditor
                      program={program}
                      item={program.items.find((i) => i.id === item.id) as Item}
                      verdict={verdict}
                      onDraft={(d) => setDraft(item.id, d)}
                      onDone={() => {
                        setDraft(item.id, null);
                        setEditingId(null);
                      }}
                    />
                  ) : (
                    <ItemView
                      program={program}
                      item={item}
                      verdict={parent ? verdict : undefined}
                      onEdit={() => setEditingId(item.id)}
                      onAddChild={item.depth < MAX_ITEM_DEPTH ? () => setAdding({ parent: item }) : undefined}
                    />
                  )}
                </div>
              </div>
            );
          })}
        </div>
      )}
      {parent && program.status === 'draft' && check && check.copyScore >= 0.6 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title="Chương trình còn chủ yếu sao chép cấp trên"
          description="Hãy đưa vào chỉ tiêu, số liệu, địa bàn, công trình và thời hạn của đơn vị; thêm những việc riêng mà đơn vị phải làm."
        />
      )}
      {adding && (
        <AddItemModal program={program} parentItem={adding.parent} open onClose={() => setAdding(null)} />
      )}
    </div>
  );
}

function SourceText({ item }: { item: Item }) {
  return (
    <div>
      <div>
        <strong>{item.number}.</strong> {item.title}
      </div>
      {item.description && <div className="pg-desc">{item.description}</div>}
    </div>
  );
}
