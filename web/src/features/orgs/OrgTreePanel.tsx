// Left side of «Tổ chức»: the tree with its search box, the date to view the structure at, and the
// switch that shows units that were dissolved or merged.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Card, DatePicker, Empty, Input, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { isoOf } from '../forms.ts';
import { type OrgNode, useLargeTree, useOrgTree } from './api.ts';
import { LazyOrgTree } from './LazyOrgTree.tsx';
import { defaultExpanded, matchesSearch } from './tree.ts';

interface Props {
  selectedId: number | null;
  onSelect: (id: number) => void;
}

function NodeTitle({ org, query }: { org: OrgNode; query: string }) {
  const hit = query.trim() !== '' && matchesSearch(org, query);
  return (
    <span className={org.active ? undefined : 'org-inactive'}>
      <span className={hit ? 'org-hit' : undefined}>{org.name}</span>{' '}
      <Typography.Text type="secondary" className="org-code">
        {org.shortCode}
      </Typography.Text>
      {!org.active && (
        <Tag className="org-tag" title={`Ngừng hoạt động từ ${formatDateVi(org.validTo)}`}>
          ngừng từ {formatDateVi(org.validTo)}
        </Tag>
      )}
    </span>
  );
}

/** The tree as antd nodes, keeping only matches and their ancestors when searching. */
function toNodes(nodes: readonly OrgNode[], query: string, open: Set<string>): DataNode[] {
  const out: DataNode[] = [];
  for (const org of nodes) {
    const children = toNodes(org.children, query, open);
    const self = matchesSearch(org, query);
    if (!self && children.length === 0) continue;
    if (query && children.length > 0) open.add(String(org.id));
    out.push({ key: String(org.id), title: <NodeTitle org={org} query={query} />, children });
  }
  return out;
}

export function OrgTreePanel({ selectedId, onSelect }: Props) {
  const [search, setSearch] = useState('');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const me = useMe();
  const large = useLargeTree(me.user.orgId);
  // A large tree is read one level at a time; a past date or the retired units load it whole, on demand.
  const lazy = large !== false && asOf === null && !includeInactive;
  const tree = useOrgTree({ asOf: isoOf(asOf), includeInactive }, !lazy);
  const roots = tree.data;

  const query = search.trim();
  const { nodes, searchOpen } = useMemo(() => {
    const open = new Set<string>();
    return { nodes: toNodes(roots ?? [], query, open), searchOpen: [...open] };
  }, [roots, query]);
  const expandedKeys = query ? searchOpen : (expanded ?? (roots ? defaultExpanded(roots) : []));

  return (
    <Card
      title="Cơ cấu tổ chức"
      className="org-tree-card"
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12 } }}
    >
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder="Tìm đơn vị (gõ có dấu hoặc không dấu)"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label="Tìm đơn vị"
        data-testid="org-search"
      />
      <div className="org-tree-controls">
        <div className="org-control">
          <span id="org-asof-label">Xem cơ cấu tại ngày</span>
          <DatePicker
            format={DATE_FORMAT}
            value={asOf}
            onChange={(d) => setAsOf(d)}
            placeholder="Hôm nay"
            allowClear
            data-testid="org-asof"
            aria-labelledby="org-asof-label"
          />
        </div>
        <div className="org-control">
          <Switch
            checked={includeInactive}
            onChange={setIncludeInactive}
            size="small"
            disabled={asOf !== null}
            data-testid="org-inactive"
            id="org-inactive"
          />
          <label htmlFor="org-inactive">Hiện đơn vị đã giải thể/hợp nhất</label>
        </div>
      </div>
      {asOf && (
        <Alert
          type="info"
          showIcon
          title={`Cơ cấu tại ngày ${asOf.format(DATE_FORMAT)}: tên và cấp trên theo đúng ngày đó.`}
        />
      )}
      {tree.isError && <Alert type="error" showIcon title={tree.error.message} />}
      {lazy ? (
        large === undefined ? (
          <Spin />
        ) : (
          <LazyOrgTree rootId={me.user.orgId} query={query} selectedId={selectedId} onSelect={onSelect} />
        )
      ) : tree.isLoading ? (
        <Spin />
      ) : nodes.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={query ? 'Không có đơn vị nào khớp' : 'Chưa có đơn vị nào tại ngày này'}
        />
      ) : (
        <Tree
          className="org-tree"
          blockNode
          showLine
          treeData={nodes}
          expandedKeys={expandedKeys}
          onExpand={(keys) => {
            if (!query) setExpanded(keys.map(String));
          }}
          selectedKeys={selectedId === null ? [] : [String(selectedId)]}
          onSelect={(keys) => {
            const key = keys[0];
            if (key !== undefined) onSelect(Number(key));
          }}
          aria-label="Cây tổ chức"
        />
      )}
    </Card>
  );
}
