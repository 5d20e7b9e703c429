// A unit picker limited to the user's own subtree (lead units, the units a task goes to): the others
// are shown greyed. The server has the last word (merged predecessors count as in scope there).
import { useMemo } from 'react';
import type { Schema } from '../../api/http.ts';
import { useMe } from '../auth/session.tsx';
import { OrgSelect, type OrgSelectProps } from '../orgs/OrgSelect.tsx';
import { indexTree, subtreeIds, useLargeTree, useOrgTree } from '../orgs/tree.ts';

type OrgNode = Schema<'OrgNode'>;

export function useMySubtree(rootId?: number): Set<number> | null {
  const me = useMe();
  // A large tree is not loaded whole: nothing is greyed out then, and the server refuses a unit outside the scope.
  const large = useLargeTree(me.user.orgId);
  const tree = useOrgTree({}, large === false);
  return useMemo(() => {
    const node = indexTree(tree.data).get(rootId ?? me.user.orgId)?.org;
    return node ? subtreeIds(node) : null;
  }, [tree.data, me.user.orgId, rootId]);
}

export function ScopedOrgSelect({ within, ...props }: OrgSelectProps & { within?: number }) {
  const scope = useMySubtree(within);
  const isDisabled = useMemo(
    () => (scope ? (o: OrgNode) => !scope.has(o.id) || !o.active : undefined),
    [scope],
  );
  return <OrgSelect {...props} isDisabled={isDisabled} />;
}
