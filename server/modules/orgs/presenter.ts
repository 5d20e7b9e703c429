import { z } from '@hono/zod-openapi';
import { effectivePlace, ORG_KINDS, type OrgKind } from '../../../domain/orgs.ts';
import { compareVi } from '../../../domain/text.ts';
import type { LinkRow, OrgRow, VersionRow } from './queries.ts';

/** Dates are YYYY-MM-DD. */
export const OrgJson = z
  .object({
    id: z.number().int(),
    name: z.string(),
    shortCode: z.string(),
    kind: z.enum(ORG_KINDS),
    parentId: z.number().int().nullable(),
    /** The unit's place in the tree (ltree: o1.o7.o12). */
    path: z.string(),
    active: z.boolean(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    /** The unit's own place name (địa danh), or null when it takes another's. */
    place: z.string().nullable(),
    /**
     * The place printed on its documents ("Hà Nội, ngày …"): its own, else the nearest ancestor's,
     * else the one implied by the root unit's name ("Thành ủy Hà Nội" → "Hà Nội"), else its name.
     */
    effectivePlace: z.string(),
  })
  .openapi('Org');
export type OrgJson = z.infer<typeof OrgJson>;

export type OrgNodeJson = OrgJson & { children: OrgNodeJson[] };
export const OrgNodeJson: z.ZodType<OrgNodeJson> = OrgJson.extend({
  get children() {
    return z.array(OrgNodeJson);
  },
}).openapi('OrgNode');

/** The deployment's root first, each unit with its children nested. */
export const OrgTree = z.array(OrgNodeJson).openapi('OrgTree');

/** A unit in a level-by-level read: with how many active units it has (0: a leaf). */
export const OrgItemJson = OrgJson.extend({ childCount: z.number().int() }).openapi('OrgItem');
export type OrgItemJson = z.infer<typeof OrgItemJson>;

/** One level of the tree: a unit and its active children in the tree's order. */
export const OrgChildren = z
  .object({
    unit: OrgItemJson,
    items: z.array(OrgItemJson),
    /**
     * Active units in the whole tree: the client loads the whole tree when it is small, one level
     * at a time when it is large.
     */
    total: z.number().int(),
  })
  .openapi('OrgChildren');
export type OrgChildren = z.infer<typeof OrgChildren>;

export const OrgSearchHit = OrgItemJson.extend({
  /** The unit's ancestors from the root down, within the account's scope. */
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string() })),
}).openapi('OrgSearchHit');
export type OrgSearchHit = z.infer<typeof OrgSearchHit>;

export const OrgSearch = z.object({ items: z.array(OrgSearchHit), more: z.boolean() }).openapi('OrgSearch');
export type OrgSearch = z.infer<typeof OrgSearch>;

export const OrgVersionJson = z
  .object({
    validFrom: z.string(),
    validTo: z.string().nullable(),
    name: z.string(),
    shortCode: z.string(),
    kind: z.enum(ORG_KINDS),
    parentId: z.number().int().nullable(),
  })
  .openapi('OrgVersion');
export type OrgVersionJson = z.infer<typeof OrgVersionJson>;

export const OrgLinkJson = z
  .object({
    predecessorId: z.number().int(),
    successorId: z.number().int(),
    kind: z.enum(['merge', 'split']),
    effectiveOn: z.string(),
  })
  .openapi('OrgLink');
export type OrgLinkJson = z.infer<typeof OrgLinkJson>;

export const OrgDetail = OrgJson.extend({
  history: z.array(OrgVersionJson),
  predecessors: z.array(OrgLinkJson),
  successors: z.array(OrgLinkJson),
  /** What refers to the unit (a unit with any of these cannot be deleted). */
  counts: z.object({
    children: z.number().int(),
    users: z.number().int(),
    links: z.number().int(),
    grants: z.number().int(),
  }),
}).openapi('OrgDetail');
export type OrgDetail = z.infer<typeof OrgDetail>;

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
    place: r.place,
    effectivePlace: effectivePlace({
      name: r.name,
      place: r.place,
      inheritedPlace: r.inherited_place,
      // The root's own (possibly just renamed) name, not the one read with the row.
      rootName: r.parent_id === null ? r.name : r.root_name,
    }),
  };
}

export function presentVersion(v: VersionRow): OrgVersionJson {
  return {
    validFrom: v.valid_from,
    validTo: v.valid_to,
    name: v.name,
    shortCode: v.short_code,
    kind: v.kind,
    parentId: v.parent_id,
  };
}

export function presentLink(l: LinkRow): OrgLinkJson {
  return {
    predecessorId: l.predecessor_id,
    successorId: l.successor_id,
    kind: l.kind,
    effectiveOn: l.effective_on,
  };
}

/**
 * The units of a whole list (the tree) with their nearest ancestor's place and their root's name,
 * worked out from the list itself rather than read per unit.
 */
export function withPlaces(rows: readonly OrgRow[]): OrgRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const memo = new Map<number, { inherited: string | null; root: string | null }>();
  const up = (r: OrgRow): { inherited: string | null; root: string | null } => {
    const known = memo.get(r.id);
    if (known) return known;
    const parent = r.parent_id === null ? undefined : byId.get(r.parent_id);
    let found: { inherited: string | null; root: string | null };
    if (r.parent_id === null) found = { inherited: null, root: r.name };
    else if (!parent) found = { inherited: r.inherited_place, root: r.root_name };
    else {
      const above = up(parent);
      found = { inherited: parent.place ?? above.inherited, root: above.root };
    }
    memo.set(r.id, found);
    return found;
  };
  return rows.map((r) => {
    const u = up(r);
    return { ...r, inherited_place: u.inherited, root_name: u.root };
  });
}

/** A unit retired on `on` (merged, split or dissolved). */
export function presentRetired(r: OrgRow, on: string): OrgJson {
  return { ...presentOrg(r), active: false, validTo: on };
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
