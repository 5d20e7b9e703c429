// Transaction-scoped advisory locks: one process at a time through a step that several app servers
// may start together (the first start), released at commit or rollback.
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Keys in use, so that two steps never share one by accident. */
export const ADVISORY_KEYS = { bootstrap: 7302 } as const;

export async function advisoryXactLock(tx: Db, key: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${key})`);
}
