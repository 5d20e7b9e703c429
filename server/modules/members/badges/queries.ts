// SQL of badges: awards made, the base salary in force, and the members due on a date — the badge
// rule of domain/members/badges.ts in SQL, per member so that a page walks the name index: for each member, the
// highest milestone whose date (party age start + N years, minus the early-award months of the
// member's case) falls on or before the date party age is measured at (the date asked about, or the
// death), unless that badge or a higher one was awarded. The numbers come from the domain as
// parameters. test/api/members-badges.test.ts checks it against badgeDue() on random data.
import { type SQL, sql } from 'drizzle-orm';
import { BADGE_MILESTONES, earlyMonths } from '../../../../domain/members/badges.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import type { Cursor } from '../presenter.ts';

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
  sort_key: string;
}

/**
 * One page of the members matching `where` (a predicate on alias `m` from the members' queries,
 * readableIn()) due a badge on `on`, in Vietnamese name order after the keyset `after`. The rule is
 * evaluated member by member while the name index is walked, so a page costs the members it passes,
 * not the whole city (the list of a city is 30,000 names; its first page reads a few hundred rows).
 */
export function duePage(db: Db, where: SQL, on: string, after: Cursor | null, limit: number) {
  const cond = after
    ? sql`${where} AND (m.sort_key, m.id) > (${after.key}::text COLLATE "C", ${after.id}::integer)`
    : where;
  return rows<DueRow>(
    db,
    sql`SELECT ${DUE_COLS}, m.full_name, m.org_id, (SELECT o.name FROM orgs o WHERE o.id = m.org_id) AS org_name,
               m.birth_date::text AS birth_date, m.admitted_on::text AS admitted_on, m.party_card_no, m.sort_key
          FROM ${dueFrom(cond, on)}
         ORDER BY m.sort_key, m.id
         LIMIT ${limit}`,
  );
}

/** How many members are due each milestone (the page's summary and the proposal's total). */
export function dueCounts(db: Db, where: SQL, on: string) {
  return rows<{ years: number; n: number }>(
    db,
    sql`SELECT r.years, count(*)::integer AS n FROM ${dueFrom(where, on)} GROUP BY r.years ORDER BY r.years`,
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

// ---- The badge rule ------------------------------------------------------------------------------

const YEARS = [...BADGE_MILESTONES];
const ILL = YEARS.map((y) => earlyMonths(y, 'ill'));
const POST = YEARS.map((y) => earlyMonths(y, 'posthumous'));
const MIN_YEARS = Math.min(...YEARS);
const MAX_EARLY = Math.max(...ILL, ...POST);

/**
 * The badge rule per member (alias `m`), as FROM … WHERE: `a` is the day party age is measured at
 * (the date asked about, or the death), `s` the effective start (admission plus the days of
 * interruption before that day), `r` the highest milestone reached by then, early months of the
 * member's case counted; kept only when that badge or a higher one was not awarded.
 */
function dueFrom(where: SQL, on: string): SQL {
  return sql`members m
    CROSS JOIN LATERAL (
      SELECT (m.died_on IS NOT NULL AND m.died_on <= ${on}::date) AS dead,
             CASE WHEN m.died_on IS NOT NULL AND m.died_on <= ${on}::date THEN m.died_on ELSE ${on}::date END AS age_on
    ) a
    CROSS JOIN LATERAL (
      SELECT m.admitted_on + CASE WHEN m.interruption_days = 0 THEN 0 ELSE coalesce((
               SELECT sum(greatest(0, least(i.to_on, a.age_on) - greatest(i.from_on, m.admitted_on)))
                 FROM member_interruptions i WHERE i.member_id = m.id), 0)::integer END AS eff_start
    ) s
    CROSS JOIN LATERAL (
      SELECT max(ms.years) AS years
        FROM unnest(${array(YEARS)}::integer[], ${array(ILL)}::integer[], ${array(POST)}::integer[])
             AS ms(years, ill, post)
       WHERE (s.eff_start + make_interval(years => ms.years)
               - make_interval(months => CASE WHEN a.dead THEN ms.post WHEN m.seriously_ill THEN ms.ill ELSE 0 END)
             )::date <= a.age_on
    ) r
   WHERE ${where}
     AND m.status IN ('du_bi', 'chinh_thuc', 'tu_tran')
     -- No milestone can be reached (even early) by anyone admitted later than this.
     AND m.admitted_on <= (${on}::date - make_interval(years => ${MIN_YEARS}::integer)
                                       + make_interval(months => ${MAX_EARLY}::integer))::date
     AND r.years IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM member_badges b WHERE b.member_id = m.id AND b.years >= r.years)`;
}

const DUE_COLS = sql`m.id AS member_id, r.years,
  (s.eff_start + make_interval(years => r.years))::date::text AS reached_on,
  (s.eff_start + make_interval(years => r.years))::date > a.age_on AS early,
  a.dead AS posthumous`;

/**
 * Rows (member_id, years, reached_on, early, posthumous) of the members matching `where` (a
 * predicate on alias `m`) who are due a badge on `on`.
 */
export function badgeDueRows(where: SQL, on: string): SQL {
  return sql`SELECT ${DUE_COLS} FROM ${dueFrom(where, on)}`;
}
