// SQL of committee terms (nhiệm kỳ).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export interface TermRow {
  id: number;
  org_id: number;
  name: string;
  starts_on: string;
  ends_on: string | null;
}

/** The committee whose term applies to documents issued by a unit: itself, or for a board its parent. */
export function committeeOf(db: Db, orgId: number) {
  return one<{ id: number }>(
    db,
    sql`SELECT CASE WHEN o.kind = 'board' AND o.parent_id IS NOT NULL THEN o.parent_id ELSE o.id END AS id
          FROM orgs o WHERE o.id = ${orgId}`,
  );
}

export function termAt(db: Db, committeeId: number, date: string) {
  return one<TermRow>(
    db,
    sql`SELECT id, org_id, name, starts_on, ends_on FROM terms
         WHERE org_id = ${committeeId} AND starts_on <= ${date}::date AND (ends_on IS NULL OR ends_on >= ${date}::date)
         ORDER BY starts_on DESC LIMIT 1`,
  );
}

/** The first term of the committee that starts after `date` (or from `date` on, when `inclusive`). */
export function termAfter(db: Db, committeeId: number, date: string, inclusive = false) {
  return one<TermRow>(
    db,
    sql`SELECT id, org_id, name, starts_on, ends_on FROM terms
         WHERE org_id = ${committeeId} AND ${inclusive ? sql`starts_on >= ${date}::date` : sql`starts_on > ${date}::date`}
         ORDER BY starts_on LIMIT 1`,
  );
}

/** Opens a term; two first issues at once both try to, and the unique (org, start) keeps one. */
export async function insertTermIfAbsent(
  db: Db,
  t: { committeeId: number; name: string; startsOn: string; endsBefore: string | null },
): Promise<void> {
  await run(
    db,
    sql`INSERT INTO terms (org_id, name, starts_on, ends_on)
        VALUES (${t.committeeId}, ${t.name}, ${t.startsOn}::date,
                ${t.endsBefore ? sql`${t.endsBefore}::date - 1` : sql`NULL`})
        ON CONFLICT (org_id, starts_on) DO NOTHING`,
  );
}

export function termsOf(db: Db, committeeId: number) {
  return rows<TermRow>(
    db,
    sql`SELECT id, org_id, name, starts_on, ends_on FROM terms WHERE org_id = ${committeeId} ORDER BY starts_on DESC`,
  );
}

/** Ends every open term of the committee the day before `startsOn`. */
export async function closeTermsBefore(db: Db, committeeId: number, startsOn: string): Promise<void> {
  await run(
    db,
    sql`UPDATE terms SET ends_on = ${startsOn}::date - 1
         WHERE org_id = ${committeeId} AND (ends_on IS NULL OR ends_on >= ${startsOn}::date)`,
  );
}

export async function insertTerm(
  db: Db,
  committeeId: number,
  name: string,
  startsOn: string,
): Promise<TermRow> {
  return (await one<TermRow>(
    db,
    sql`INSERT INTO terms (org_id, name, starts_on) VALUES (${committeeId}, ${name}, ${startsOn}::date)
        RETURNING id, org_id, name, starts_on, ends_on`,
  )) as TermRow;
}
