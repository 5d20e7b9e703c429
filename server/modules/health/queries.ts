import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';

/** One round trip to the database; throws when it does not answer. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`SELECT 1`);
}
