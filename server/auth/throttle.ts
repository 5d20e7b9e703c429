// Login throttling on failed attempts only (DESIGN.md §2): per account and, more loosely, per
// address. Counters live in PostgreSQL so that several app servers share them.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { one } from '../db/sql.ts';

export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  perAccount: 5,
  perAddress: 30,
};

export function throttleKeys(username: string, ip: string | null): { key: string; limit: number }[] {
  const keys = [{ key: `u:${username.toLowerCase()}`, limit: THROTTLE.perAccount }];
  if (ip) keys.push({ key: `ip:${ip}`, limit: THROTTLE.perAddress });
  return keys;
}

/** Seconds until the first of these keys is unlocked, or 0 when none is locked. */
export async function lockedFor(db: Db, keys: { key: string }[]): Promise<number> {
  let wait = 0;
  for (const { key } of keys) {
    const row = await one<{ secs: number }>(
      db,
      sql`SELECT ceil(extract(epoch FROM locked_until - now()))::integer AS secs
            FROM login_throttle WHERE key = ${key} AND locked_until > now()`,
    );
    if (row) wait = Math.max(wait, row.secs);
  }
  return wait;
}

export async function recordFailure(db: Db, keys: { key: string; limit: number }[]): Promise<void> {
  for (const { key, limit } of keys) {
    await db.execute(sql`
      INSERT INTO login_throttle (key, failures, window_start) VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${THROTTLE.windowMinutes}::integer)
                        THEN 1 ELSE login_throttle.failures + 1 END,
        window_start = CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${THROTTLE.windowMinutes}::integer)
                        THEN now() ELSE login_throttle.window_start END`);
    await db.execute(sql`
      UPDATE login_throttle SET locked_until = now() + make_interval(mins => ${THROTTLE.lockMinutes}::integer),
                                failures = 0, window_start = now()
       WHERE key = ${key} AND failures >= ${limit}`);
  }
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.execute(sql`DELETE FROM login_throttle WHERE key = ${`u:${username.toLowerCase()}`}`);
}
