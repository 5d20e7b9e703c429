// The organisation tree as the pages use it: a flat index by id, subtrees, and search that ignores
// Vietnamese diacritics. The tree itself is loaded by `useOrgTree` (api.ts).
import { fold } from '../../../../domain/text.ts';
import type { OrgNode } from './api.ts';

// Other areas load the tree from here.
export { orgKeys, useLargeTree, useOrgTree } from './api.ts';

export interface IndexedOrg {
  org: OrgNode;
  depth: number;
  /** Ids from the root down to the parent. */
  ancestors: number[];
}

/** Every unit of a tree by id. */
export function indexTree(roots: readonly OrgNode[] | undefined): Map<number, IndexedOrg> {
  const out = new Map<number, IndexedOrg>();
  const walk = (nodes: readonly OrgNode[], depth: number, ancestors: number[]) => {
    for (const org of nodes) {
      out.set(org.id, { org, depth, ancestors });
      walk(org.children, depth + 1, [...ancestors, org.id]);
    }
  };
  walk(roots ?? [], 0, []);
  return out;
}

/** Ids of a unit and everything under it. */
export function subtreeIds(node: OrgNode): Set<number> {
  const out = new Set<number>();
  const walk = (n: OrgNode) => {
    out.add(n.id);
    for (const c of n.children) walk(c);
  };
  walk(node);
  return out;
}

/** Whether a unit's name or short code matches a search, diacritics and case ignored. */
export function matchesSearch(org: { name: string; shortCode: string }, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return fold(org.name).includes(q) || fold(org.shortCode) === q;
}

/**
 * Keys of the units open by default: the roots, and their children too (two levels open) unless
 * that would list more than `limit` rows — a city with a hundred wards stays readable.
 */
export function defaultExpanded(roots: readonly OrgNode[], limit = 60): string[] {
  const keys = roots.map((r) => String(r.id));
  const second = roots.flatMap((r) => r.children).filter((c) => c.children.length > 0);
  const rows = roots.length + roots.reduce((n, r) => n + r.children.length, 0);
  const more = second.reduce((n, c) => n + c.children.length, 0);
  if (rows + more <= limit) keys.push(...second.map((c) => String(c.id)));
  return keys;
}
