// SQL of the working-day calendar: the days an administrator entered (a day off, a day worked).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export interface EntryRow {
  day: string;
  kind: 'off' | 'work';
  note: string;
  created_by_name: string | null;
}

const COLS = sql`c.day::text AS day, c.kind, c.note, u.full_name AS created_by_name`;
const FROM = sql`calendar_days c LEFT JOIN users u ON u.id = c.created_by`;

/** The entries between two dates, inclusive, in date order. */
export function between(db: Db, from: string, to: string) {
  return rows<EntryRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE c.day BETWEEN ${from}::date AND ${to}::date ORDER BY c.day`,
  );
}

export function byDay(db: Db, day: string) {
  return one<EntryRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE c.day = ${day}::date`);
}

/** Adds an entry unless the date has one; returns whether it was added. */
export async function insert(
  db: Db,
  e: { day: string; kind: 'off' | 'work'; note: string; by: number },
): Promise<boolean> {
  const r = await rows<{ day: string }>(
    db,
    sql`INSERT INTO calendar_days (day, kind, note, created_by)
        VALUES (${e.day}::date, ${e.kind}, ${e.note}, ${e.by})
        ON CONFLICT (day) DO NOTHING RETURNING day`,
  );
  return r.length > 0;
}

export function remove(db: Db, day: string) {
  return run(db, sql`DELETE FROM calendar_days WHERE day = ${day}::date`);
}
