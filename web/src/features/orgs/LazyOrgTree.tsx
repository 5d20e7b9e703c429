// The organisation page's tree when the tree is large: the account's own unit and its children first
// (one small answer, so the page paints at once), deeper levels as they are opened, and the server's
// search (diacritics ignored) listing the matching units with where they sit.
import { useQueryClient } from '@tanstack/react-query';
import { Empty, List, Spin, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { type OrgItem, orgKeys, orgLevel, useOrgLevel, useOrgSearch } from './api.ts';

interface Props {
  rootId: number;
  query: string;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

function Title({ org }: { org: OrgItem }) {
  return (
    <span>
      {org.name}{' '}
      <Typography.Text type="secondary" className="org-code">
        {org.shortCode}
      </Typography.Text>
    </span>
  );
}

export function LazyOrgTree({ rootId, query, selectedId, onSelect }: Props) {
  const qc = useQueryClient();
  const root = useOrgLevel(rootId);
  const [levels, setLevels] = useState<ReadonlyMap<number, OrgItem[]>>(new Map());
  const [expanded, setExpanded] = useState<string[]>([String(rootId)]);
  const hits = useOrgSearch(query, 50);

  const nodes = useMemo((): DataNode[] => {
    if (!root.data) return [];
    const build = (o: OrgItem): DataNode => {
      const below = o.id === rootId ? root.data.items : levels.get(o.id);
      return {
        key: String(o.id),
        title: <Title org={o} />,
        isLeaf: o.childCount === 0,
        ...(below ? { children: below.map(build) } : {}),
      };
    };
    return [build(root.data.unit)];
  }, [root.data, levels, rootId]);

  if (query.trim()) {
    if (hits.isLoading) return <Spin />;
    const items = hits.data?.items ?? [];
    if (items.length === 0)
      return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có đơn vị nào khớp" />;
    return (
      <List
        size="small"
        dataSource={items}
        aria-label="Đơn vị khớp"
        footer={hits.data?.more ? 'Còn nhiều đơn vị khớp: hãy gõ thêm.' : undefined}
        renderItem={(h) => (
          <List.Item
            onClick={() => onSelect(h.id)}
            className={h.id === selectedId ? 'org-hit' : undefined}
            style={{ cursor: 'pointer' }}
          >
            <List.Item.Meta
              title={<Title org={h} />}
              description={h.ancestors.map((a) => a.name).join(' › ') || undefined}
            />
          </List.Item>
        )}
      />
    );
  }
  if (root.isLoading) return <Spin />;
  return (
    <Tree
      className="org-tree"
      blockNode
      showLine
      treeData={nodes}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      loadData={async (node) => {
        const id = Number(node.key);
        if (id === rootId || levels.has(id)) return;
        const level = await qc.fetchQuery({
          queryKey: orgKeys.level(id),
          queryFn: () => orgLevel(id),
          staleTime: 60_000,
        });
        setLevels((m) => new Map(m).set(id, level.items));
      }}
      selectedKeys={selectedId === null ? [] : [String(selectedId)]}
      onSelect={(keys) => {
        const key = keys[0];
        if (key !== undefined) onSelect(Number(key));
      }}
      aria-label="Cây tổ chức"
    />
  );
}
