// SQL of what waits on the programmes' approvers.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';
import { visible } from '../queries.ts';

/** Draft programmes the account sees (what the list filtered by status «draft» shows). */
export async function draftCount(db: Db, actor: Actor): Promise<number> {
  const row = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM programs p WHERE p.status = 'draft' AND ${visible(actor)}`,
  );
  return row?.n ?? 0;
}
