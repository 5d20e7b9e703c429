// SQL of the finance area's core: the units of a subtree (the tree is read by every area), in tree
// order, with their kind for the shares kept.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';

export interface UnitRow {
  id: number;
  parent_id: number | null;
  kind: string;
  name: string;
  depth: number;
  active: boolean;
}

/** The units of `rootId`'s subtree (the root first, then by path), inactive ones included. */
export function subtreeUnits(db: Db, rootId: number) {
  return rows<UnitRow>(
    db,
    sql`SELECT o.id, o.parent_id, o.kind, o.name, nlevel(o.path) - nlevel(r.path) AS depth, o.active
          FROM orgs o JOIN orgs r ON r.id = ${rootId}::integer
         WHERE o.path <@ r.path
         ORDER BY o.path`,
  );
}
