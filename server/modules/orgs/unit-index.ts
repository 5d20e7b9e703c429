// The current (active) units indexed once per version of the units' data, for the level-by-level
// reads of a large tree: a unit's children in the tree's order, and a search by name that ignores
// diacritics. The city's 18,135 units fold and index in a few tens of milliseconds once; a search
// is then a scan of folded strings in memory (about 2 ms), where `vn_fold(name) LIKE` over the table
// took 150–240 ms a query at city scale (measured) and would need an index of its own.

import { fold } from '../../../domain/text.ts';
import type { Database } from '../../db/client.ts';
import type { OrgItemJson, OrgNodeJson } from './presenter.ts';
import { buildTree, versioned } from './tree-cache.ts';

export interface IndexedUnit {
  item: OrgItemJson;
  /** Active children, in the order the tree lists them. */
  children: number[];
  /** Ids from the root down to the parent. */
  ancestors: number[];
  /** Name and code folded (no diacritics, đ → d, lower case). */
  folded: string;
  foldedCode: string;
}

export interface UnitIndex {
  version: number;
  byId: Map<number, IndexedUnit>;
  /** Every active unit in the tree's order (depth first): search hits come out in that order. */
  order: number[];
}

export function unitIndex(database: Database): Promise<UnitIndex> {
  return versioned(database, 'index', 1, 'active', async (version) => {
    const roots = await buildTree(database.db, {});
    const byId = new Map<number, IndexedUnit>();
    const order: number[] = [];
    const walk = (nodes: readonly OrgNodeJson[], ancestors: number[]) => {
      for (const n of nodes) {
        const { children, ...org } = n;
        byId.set(n.id, {
          item: { ...org, childCount: children.length },
          children: children.map((c) => c.id),
          ancestors,
          folded: fold(n.name),
          foldedCode: fold(n.shortCode),
        });
        order.push(n.id);
        walk(children, [...ancestors, n.id]);
      }
    };
    walk(roots, []);
    return { version, byId, order };
  });
}
