// SQL of the action programme link: the units above a session's unit, nearest first.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { rows } from '../../../../db/sql.ts';

export async function ancestors(db: Db, orgId: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    db,
    sql`SELECT a.id FROM orgs o JOIN orgs a ON o.path <@ a.path AND a.id <> o.id
         WHERE o.id = ${orgId} ORDER BY nlevel(a.path) DESC`,
  );
  return found.map((r) => r.id);
}
