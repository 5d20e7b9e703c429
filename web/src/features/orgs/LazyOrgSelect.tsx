// The unit picker over a large tree (a city's 18,000 units): one level at a time from the account's
// own unit, opened as the user expands it, and the server's search when something is typed (names
// without diacritics work). The same antd TreeSelect as the whole-tree picker, so forms and the
// browser journeys use both alike. The server keeps both reads within the account's scope.
import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import {
  type OrgItem,
  type OrgNode,
  orgDetail,
  orgKeys,
  orgLevel,
  useOrgLevel,
  useOrgSearch,
} from './api.ts';
import type { OrgSelectProps } from './OrgSelect.tsx';

interface Option {
  value: number;
  title: string;
  label: string;
  disabled: boolean;
  isLeaf: boolean;
  children?: Option[];
}

const asNode = (o: OrgItem): OrgNode => ({ ...o, children: [] });

export function LazyOrgSelect({
  rootId,
  isDisabled,
  placeholder,
  ...rest
}: OrgSelectProps & { rootId: number }) {
  const qc = useQueryClient();
  const root = useOrgLevel(rootId);
  const [levels, setLevels] = useState<ReadonlyMap<number, OrgItem[]>>(new Map());
  const [extra, setExtra] = useState<ReadonlyMap<number, OrgItem>>(new Map());
  const [search, setSearch] = useState('');
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTyped(search), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const hits = useOrgSearch(typed);

  const treeData = useMemo((): Option[] => {
    const option = (o: OrgItem, children?: Option[]): Option => ({
      value: o.id,
      title: o.name,
      label: o.name,
      disabled: isDisabled?.(asNode(o)) ?? false,
      isLeaf: o.childCount === 0,
      ...(children ? { children } : {}),
    });
    if (typed.trim()) {
      return (hits.data?.items ?? []).map((h) => ({
        ...option(h),
        isLeaf: true,
        // Where the unit sits, since many units share a name ("Chi bộ 1").
        title: h.ancestors.length > 0 ? `${h.name} (${h.ancestors.map((a) => a.name).join(' › ')})` : h.name,
      }));
    }
    if (!root.data) return [];
    const seen = new Set<number>();
    const build = (o: OrgItem): Option => {
      seen.add(o.id);
      const below = o.id === rootId ? root.data.items : levels.get(o.id);
      return option(o, below?.map(build));
    };
    const top = build(root.data.unit);
    // A chosen unit not opened yet is listed after the tree, so that its name shows.
    return [top, ...[...extra.values()].filter((o) => !seen.has(o.id)).map((o) => option(o))];
  }, [typed, hits.data, root.data, levels, extra, rootId, isDisabled]);

  // The names of chosen units that are not loaded (a form opened with a value).
  const value = rest.value;
  useEffect(() => {
    const chosen = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
    const known = new Set<number>([rootId, ...(root.data?.items ?? []).map((o) => o.id)]);
    for (const list of levels.values()) for (const o of list) known.add(o.id);
    for (const id of chosen) {
      if (known.has(id) || extra.has(id)) continue;
      void qc
        .fetchQuery({ queryKey: orgKeys.detail(id), queryFn: () => orgDetail(id) })
        .then((o) => setExtra((m) => new Map(m).set(id, { ...o, childCount: 0 })))
        .catch(() => undefined);
    }
  }, [value, levels, extra, root.data, rootId, qc]);

  const loadData = async (node: { value?: unknown }) => {
    const id = Number(node.value);
    if (id === rootId || levels.has(id)) return;
    const level = await qc.fetchQuery({
      queryKey: orgKeys.level(id),
      queryFn: () => orgLevel(id),
      staleTime: 60_000,
    });
    setLevels((m) => new Map(m).set(id, level.items));
  };

  return (
    <TreeSelect<number | number[], Option>
      treeData={treeData}
      loadData={typed.trim() ? undefined : loadData}
      loading={root.isLoading || hits.isFetching}
      placeholder={placeholder ?? 'Chọn đơn vị (gõ để tìm)'}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      treeNodeLabelProp="label"
      treeDefaultExpandedKeys={[rootId]}
      popupMatchSelectWidth={false}
      notFoundContent={typed.trim() ? 'Không có đơn vị phù hợp' : 'Đang tải…'}
      style={{ width: '100%' }}
      {...(rest as TreeSelectProps<number | number[], Option>)}
    />
  );
}
