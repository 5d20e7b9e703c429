// SQL of badges: awards made, the base salary in force, the members due on a date.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { badgeDueRows } from './badge-sql.ts';

export function awardedYears(db: Db, memberId: number) {
  return rows<{ years: number; awarded_on: string; decision_no: string | null }>(
    db,
    sql`SELECT years, awarded_on::text AS awarded_on, decision_no FROM member_badges
         WHERE member_id = ${memberId} ORDER BY years`,
  );
}

export async function insertAward(
  db: Db,
  a: {
    memberId: number;
    years: number;
    awardedOn: string;
    decisionNo: string | null;
    earlyReason: string | null;
    by: number;
  },
): Promise<boolean> {
  const r = await rows(
    db,
    sql`INSERT INTO member_badges (member_id, years, awarded_on, decision_no, early_reason, recorded_by)
        VALUES (${a.memberId}, ${a.years}, ${a.awardedOn}::date, ${a.decisionNo}, ${a.earlyReason}, ${a.by})
        ON CONFLICT (member_id, years) DO NOTHING RETURNING member_id`,
  );
  return r.length > 0;
}

export interface DueRow {
  member_id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  birth_date: string;
  admitted_on: string;
  party_card_no: string | null;
  years: number;
  reached_on: string;
  early: boolean;
  posthumous: boolean;
}

/** Members matching `where` (alias m) due a badge on `on`, in Vietnamese name order. */
export function dueOn(db: Db, where: SQL, on: string) {
  return rows<DueRow>(
    db,
    sql`SELECT bd.member_id, m.full_name, m.org_id, o.name AS org_name, m.birth_date::text AS birth_date,
               m.admitted_on::text AS admitted_on, m.party_card_no, bd.years, bd.reached_on, bd.early, bd.posthumous
          FROM (${badgeDueRows(where, on)}) bd
          JOIN members m ON m.id = bd.member_id
          JOIN orgs o ON o.id = m.org_id
         ORDER BY m.sort_key, m.id`,
  );
}

export function baseSalaryOn(db: Db, on: string) {
  return one<{ effective_from: string; amount: number | string }>(
    db,
    sql`SELECT effective_from::text AS effective_from, amount FROM base_salaries
         WHERE effective_from <= ${on}::date ORDER BY effective_from DESC LIMIT 1`,
  );
}

export function baseSalaries(db: Db) {
  return rows<{ effective_from: string; amount: number | string; note: string | null }>(
    db,
    sql`SELECT effective_from::text AS effective_from, amount, note FROM base_salaries ORDER BY effective_from DESC`,
  );
}

export async function upsertBaseSalary(db: Db, effectiveFrom: string, amount: number, note: string | null) {
  await db.execute(sql`
    INSERT INTO base_salaries (effective_from, amount, note) VALUES (${effectiveFrom}::date, ${amount}, ${note})
    ON CONFLICT (effective_from) DO UPDATE SET amount = excluded.amount, note = excluded.note`);
}
