// What a backup holds: every table of the application schema (not the job queue's), its columns
// without the generated ones, in an order where a row's foreign keys are restored before it.
import type { Db } from '../db/client.ts';
import * as q from './queries.ts';

export { ident } from './queries.ts';

/**
 * Rows that only matter while the server runs: sessions and login throttles are not restored; the
 * versions of cached data (migration 0008) are the target's own, bumped by the restore's inserts.
 */
export const EPHEMERAL_TABLES = new Set([
  'sessions',
  'login_throttle',
  'schema_migrations',
  'cache_versions',
]);

export interface TableInfo {
  name: string;
  columns: string[];
  generated: string[];
  identity: string[];
  /** Order rows by these so that self-references point backwards (parents first). */
  orderBy: string[];
}

export async function tables(db: Db): Promise<TableInfo[]> {
  const [cols, pks, fks, base] = await Promise.all([
    q.columns(db),
    q.primaryKeys(db),
    q.foreignKeys(db),
    q.baseTables(db),
  ]);
  const info = new Map<string, TableInfo>();
  for (const t of base) {
    if (EPHEMERAL_TABLES.has(t.table_name)) continue;
    info.set(t.table_name, { name: t.table_name, columns: [], generated: [], identity: [], orderBy: [] });
  }
  for (const c of cols) {
    const t = info.get(c.table_name);
    if (!t) continue;
    if (c.is_generated === 'ALWAYS') t.generated.push(c.column_name);
    else t.columns.push(c.column_name);
    if (c.is_identity === 'YES') t.identity.push(c.column_name);
  }
  for (const pk of pks) info.get(pk.table_name)?.orderBy.push(pk.column_name);
  for (const t of info.values()) if (t.orderBy.length === 0) t.orderBy = [...t.columns];
  // Topological order over foreign keys; self-references are handled by the row order.
  const parents = new Map<string, Set<string>>();
  for (const t of info.keys()) parents.set(t, new Set());
  for (const fk of fks) {
    const child = fk.child.replace(/^public\./, '').replace(/"/g, '');
    const parent = fk.parent.replace(/^public\./, '').replace(/"/g, '');
    if (child !== parent && info.has(child) && info.has(parent)) parents.get(child)?.add(parent);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visit = (name: string, stack: Set<string>) => {
    if (done.has(name)) return;
    if (stack.has(name)) throw new Error(`cyclic foreign keys at ${name}`);
    stack.add(name);
    for (const p of parents.get(name) ?? []) visit(p, stack);
    stack.delete(name);
    done.add(name);
    ordered.push(info.get(name) as TableInfo);
  };
  for (const name of [...info.keys()].sort()) visit(name, new Set());
  return ordered;
}
