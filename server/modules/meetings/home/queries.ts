// SQL of the meetings' home sections: the next meeting an account sees, and the count of those in
// a week. `allowed` is the access condition on the meeting aliased m (record.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';

/** The first meeting (not cancelled) from the given day on, by its start. */
export function nextMeetingId(db: Db, allowed: SQL, from: string) {
  return one<{ id: number }>(
    db,
    sql`SELECT m.id FROM meetings m
         WHERE ${allowed} AND m.status <> 'cancelled' AND m.meeting_on >= ${from}::date
         ORDER BY m.starts_at, m.id LIMIT 1`,
  );
}

/** How many meetings (not cancelled) fall in the days `from`..`to`. */
export async function countBetween(db: Db, allowed: SQL, from: string, to: string): Promise<number> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM meetings m
         WHERE ${allowed} AND m.status <> 'cancelled' AND m.meeting_on BETWEEN ${from}::date AND ${to}::date`,
  );
  return Number(r?.n ?? 0);
}
