// SQL of fee exemptions and reductions: a member's periods (locked while a new one is checked), the
// reliefs of a unit's members, and those covering a set of members in a range of months.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/client.ts';
import { array, one, rows } from '../../../../db/sql.ts';

export interface ReliefRow {
  id: number;
  member_id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  percent: number;
  from_month: string;
  to_month: string;
  reason: 'poor_household' | 'serious_illness' | 'disaster' | 'hardship' | 'other';
  note: string | null;
  rule_version_id: number;
  recorded_at: string;
}

const COLUMNS = sql`r.id, r.member_id, m.full_name, m.org_id, o.name AS org_name, r.percent,
  to_char(r.from_month, 'YYYY-MM') AS from_month, to_char(r.to_month, 'YYYY-MM') AS to_month,
  r.reason, r.note, r.rule_version_id, r.recorded_at::text AS recorded_at`;

/** A relief of the member overlapping the months `from`–`to` (first days), if any. */
export function overlapping(db: Db, memberId: number, from: string, to: string) {
  return one<{ id: number; from_month: string; to_month: string }>(
    db,
    sql`SELECT id, to_char(from_month, 'YYYY-MM') AS from_month, to_char(to_month, 'YYYY-MM') AS to_month
          FROM member_fee_reliefs
         WHERE member_id = ${memberId}::integer AND from_month <= ${to}::date AND to_month >= ${from}::date
         LIMIT 1`,
  );
}

/** Serialises reliefs of one member (the overlap check then the insert). */
export async function lockMember(db: Db, memberId: number): Promise<void> {
  await rows(db, sql`SELECT id FROM members WHERE id = ${memberId}::integer FOR UPDATE`);
}

export async function insert(
  db: Db,
  r: {
    memberId: number;
    percent: number;
    from: string;
    to: string;
    reason: string;
    note: string | null;
    ruleVersionId: number;
    by: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO member_fee_reliefs (member_id, percent, from_month, to_month, reason, note, rule_version_id, recorded_by)
        VALUES (${r.memberId}::integer, ${r.percent}::smallint, ${r.from}::date, ${r.to}::date, ${r.reason},
                ${r.note}, ${r.ruleVersionId}::integer, ${r.by}::integer)
        RETURNING id`,
  );
  return Number(row?.id);
}

export function byId(db: Db, id: number) {
  return one<ReliefRow>(
    db,
    sql`SELECT ${COLUMNS} FROM member_fee_reliefs r JOIN members m ON m.id = r.member_id JOIN orgs o ON o.id = m.org_id
         WHERE r.id = ${id}::integer`,
  );
}

/** Reliefs of the members matching `where` (alias m), newest period first. */
export function listFor(db: Db, where: SQL) {
  return rows<ReliefRow>(
    db,
    sql`SELECT ${COLUMNS} FROM member_fee_reliefs r JOIN members m ON m.id = r.member_id JOIN orgs o ON o.id = m.org_id
         WHERE ${where}
         ORDER BY r.from_month DESC, m.sort_key, r.id LIMIT 2000`,
  );
}

/** Reliefs of the given members that touch the months `from`–`to` (first days). */
export function covering(db: Db, memberIds: readonly number[], from: string, to: string) {
  return rows<{ member_id: number; percent: number; from_month: string; to_month: string; reason: string }>(
    db,
    sql`SELECT member_id, percent, to_char(from_month, 'YYYY-MM') AS from_month,
               to_char(to_month, 'YYYY-MM') AS to_month, reason
          FROM member_fee_reliefs
         WHERE member_id = ANY(${array(memberIds)}::integer[]) AND from_month <= ${to}::date AND to_month >= ${from}::date`,
  );
}
