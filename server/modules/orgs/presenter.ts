import type { OrgKind } from '../../../domain/orgs.ts';
import { compareVi } from '../../../domain/text.ts';
import type { LinkRow, OrgRow, VersionRow } from './queries.ts';

export interface OrgJson {
  id: number;
  name: string;
  shortCode: string;
  kind: OrgKind;
  parentId: number | null;
  path: string;
  active: boolean;
  validFrom: string;
  validTo: string | null;
}

export interface OrgNodeJson extends OrgJson {
  children: OrgNodeJson[];
}

export function presentOrg(r: OrgRow): OrgJson {
  return {
    id: r.id,
    name: r.name,
    shortCode: r.short_code,
    kind: r.kind,
    parentId: r.parent_id,
    path: r.path,
    active: r.active,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}

export function presentVersion(v: VersionRow) {
  return {
    validFrom: v.valid_from,
    validTo: v.valid_to,
    name: v.name,
    shortCode: v.short_code,
    kind: v.kind,
    parentId: v.parent_id,
  };
}

export function presentLink(l: LinkRow) {
  return {
    predecessorId: l.predecessor_id,
    successorId: l.successor_id,
    kind: l.kind,
    effectiveOn: l.effective_on,
  };
}

// Boards are listed first under a committee, then subordinate committees, grassroots and cells.
const KIND_ORDER: Record<OrgKind, number> = {
  central: 0,
  provincial: 1,
  board: 2,
  direct_committee: 3,
  grassroots: 4,
  cell: 5,
};

/** Nests a flat list: roots first (units whose parent is absent from the list), children sorted. */
export function nest(orgs: OrgJson[]): OrgNodeJson[] {
  const nodes = new Map<number, OrgNodeJson>(orgs.map((o) => [o.id, { ...o, children: [] }]));
  const roots: OrgNodeJson[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId == null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNodeJson[]) => {
    list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || compareVi(a.name, b.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  // The deployment's root first: the unit without a parent, then any detached subtrees.
  roots.sort((a, b) => (a.parentId === null ? 0 : 1) - (b.parentId === null ? 0 : 1));
  return roots;
}
