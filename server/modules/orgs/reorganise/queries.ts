// The links of merges and splits (org_links): the access rule follows them from a successor to the
// records of its predecessors.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

export async function link(
  db: Db,
  predecessorId: number,
  successorId: number,
  kind: 'merge' | 'split',
  on: string,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO org_links (predecessor_id, successor_id, kind, effective_on)
    VALUES (${predecessorId}, ${successorId}, ${kind}, ${on}::date) ON CONFLICT DO NOTHING`);
}
