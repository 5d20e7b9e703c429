// A unit picker over the current (active) tree: searchable without diacritics, usable as an antd
// Form control (value/onChange) for one id or several. A large tree (a city) is not loaded whole:
// LazyOrgSelect reads it one level at a time and searches on the server.
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { fold } from '../../../../domain/text.ts';
import { useMe } from '../auth/session.tsx';
import { type OrgNode, useLargeTree, useOrgTree } from './api.ts';
import { LazyOrgSelect } from './LazyOrgSelect.tsx';

interface OrgOption {
  value: number;
  title: string;
  disabled?: boolean;
  children: OrgOption[];
}

export type OrgSelectProps = Omit<
  TreeSelectProps<number | number[], OrgOption>,
  'treeData' | 'showSearch'
> & {
  /** Units that cannot be picked (shown greyed). */
  isDisabled?: (org: OrgNode) => boolean;
};

export function OrgSelect(props: OrgSelectProps) {
  const me = useMe();
  const large = useLargeTree(me.user.orgId);
  if (large) return <LazyOrgSelect rootId={me.user.orgId} {...props} />;
  return <WholeOrgSelect {...props} known={large !== undefined} />;
}

function WholeOrgSelect({ isDisabled, placeholder, known, ...rest }: OrgSelectProps & { known: boolean }) {
  // The whole tree is asked for only once it is known to be small.
  const tree = useOrgTree({}, known);
  const treeData = useMemo(() => {
    const build = (nodes: readonly OrgNode[]): OrgOption[] =>
      nodes.map((n) => ({
        value: n.id,
        title: n.name,
        disabled: isDisabled?.(n) ?? false,
        children: build(n.children),
      }));
    return build(tree.data ?? []);
  }, [tree.data, isDisabled]);
  const rootKeys = useMemo(() => (tree.data ?? []).map((r) => r.id), [tree.data]);

  return (
    <TreeSelect<number | number[], OrgOption>
      treeData={treeData}
      loading={!known || tree.isLoading}
      placeholder={placeholder ?? 'Chọn đơn vị'}
      showSearch={{
        filterTreeNode: (input, node) => fold(String(node.title ?? '')).includes(fold(input.trim())),
      }}
      treeDefaultExpandedKeys={rootKeys}
      popupMatchSelectWidth={false}
      notFoundContent="Không có đơn vị phù hợp"
      style={{ width: '100%' }}
      {...rest}
    />
  );
}
