// SQL of party fees: the members of a unit with their payment for a month, payments, the arrears
// list (consecutive unpaid months up to a month, set-based), and a year of payments for the book.
import { type SQL, sql } from 'drizzle-orm';
import { FEE_RULES } from '../../../../domain/members/fees.ts';
import type { Db } from '../../../db/client.ts';
import { array, rows, run } from '../../../db/sql.ts';

export interface FeeMemberRow {
  id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  fee_basis: 'salary' | 'pension' | 'student' | 'fixed';
  fee_base: number | string | null;
  party_start: string;
  fee_from: string;
  paid_amount: number | string | null;
  paid_on: string | null;
}

const LIMIT = 5_000;

/** Active members matching `where` with their payment for `month` (first day), by name. */
export function monthSheet(db: Db, where: SQL, month: string) {
  return rows<FeeMemberRow>(
    db,
    sql`SELECT m.id, m.full_name, m.org_id, o.name AS org_name, m.fee_basis, m.fee_base, m.party_start::text AS party_start,
               m.fee_from::text AS fee_from, p.amount AS paid_amount, p.paid_on::text AS paid_on
          FROM members m JOIN orgs o ON o.id = m.org_id
          LEFT JOIN member_fee_payments p ON p.member_id = m.id AND p.month = ${month}::date
         WHERE ${where} AND m.status IN ('du_bi', 'chinh_thuc')
         ORDER BY m.sort_key, m.id LIMIT ${LIMIT}`,
  );
}

export async function upsertPayments(
  db: Db,
  list: readonly { memberId: number; month: string; amount: number; paidOn: string }[],
  by: number,
): Promise<number> {
  return run(
    db,
    sql`INSERT INTO member_fee_payments (member_id, month, amount, paid_on, recorded_by, channel, org_id)
        SELECT x.mid, x.mon, x.amt, x.pon, ${by}::integer, 'cash', m.org_id
          FROM unnest(${array(list.map((p) => p.memberId))}::integer[], ${array(list.map((p) => p.month))}::date[],
                      ${array(list.map((p) => p.amount))}::bigint[], ${array(list.map((p) => p.paidOn))}::date[])
               AS x(mid, mon, amt, pon)
          JOIN members m ON m.id = x.mid
        ON CONFLICT (member_id, month) DO UPDATE SET amount = excluded.amount, paid_on = excluded.paid_on,
          recorded_by = excluded.recorded_by, recorded_at = now(), channel = 'cash', org_id = excluded.org_id`,
  );
}

export interface ArrearsRow {
  id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  last_paid: string | null;
  months_owed: number;
}

/**
 * Members matching `where` who owe `minMonths` or more consecutive months up to `through` (first
 * day of a month): months from the one after the last paid (or from fee_from) to `through`; a
 * member who paid for months before fee_from (recorded after the fact, with the past paid) owes
 * from the month after the last paid. Members exempt by party age, and those with no amount to pay,
 * are not in arrears.
 */
export function arrears(db: Db, where: SQL, through: string, minMonths: number) {
  return rows<ArrearsRow>(
    db,
    sql`SELECT x.id, x.full_name, x.org_id, x.org_name, x.last_paid::text AS last_paid, x.months_owed FROM (
          SELECT s.*, ((extract(year FROM ${through}::date) * 12 + extract(month FROM ${through}::date))
                      - (extract(year FROM s.start_month) * 12 + extract(month FROM s.start_month)) + 1)::integer AS months_owed
            FROM (
              SELECT m.id, m.full_name, m.org_id, o.name AS org_name, m.sort_key, lp.last_paid,
                     CASE WHEN lp.last_paid IS NULL THEN m.fee_from
                          WHEN lp.first_paid < m.fee_from THEN (lp.last_paid + interval '1 month')::date
                          ELSE greatest((lp.last_paid + interval '1 month')::date, m.fee_from) END AS start_month
                FROM members m JOIN orgs o ON o.id = m.org_id
                LEFT JOIN LATERAL (SELECT max(p.month) AS last_paid, min(p.month) AS first_paid
                                     FROM member_fee_payments p WHERE p.member_id = m.id) lp ON true
               WHERE ${where} AND m.status IN ('du_bi', 'chinh_thuc')
                 AND (m.fee_basis = 'student' OR coalesce(m.fee_base, 0) > 0)
                 AND (m.party_start + make_interval(years => ${FEE_RULES.exemptFromPartyAgeYears}::integer))::date
                     > (${through}::date + interval '1 month' - interval '1 day')::date
            ) s
        ) x
        WHERE x.months_owed >= ${minMonths}::integer
        ORDER BY x.sort_key, x.id LIMIT ${LIMIT}`,
  );
}

/** A year of payments of the members matching `where`, for the fee book. */
export function yearPayments(db: Db, where: SQL, year: number) {
  return rows<{ member_id: number; month: string; amount: number | string }>(
    db,
    sql`SELECT p.member_id, p.month::text AS month, p.amount
          FROM member_fee_payments p JOIN members m ON m.id = p.member_id
         WHERE ${where} AND p.month >= make_date(${year}::integer, 1, 1) AND p.month < make_date(${year + 1}::integer, 1, 1)`,
  );
}

/**
 * What the members paid per unit and month (`YYYY-MM`) in the given units, from `from` to `to`
 * (first days): the unit that collected a payment, or the member's unit for rows recorded before
 * payments kept it.
 */
export function collectedByUnitMonth(db: Db, unitIds: readonly number[], from: string, to: string) {
  return rows<{ org_id: number; month: string; amount: number | string; payers: number | string }>(
    db,
    sql`SELECT coalesce(p.org_id, m.org_id) AS org_id, to_char(p.month, 'YYYY-MM') AS month,
               sum(p.amount)::bigint AS amount, count(*)::integer AS payers
          FROM member_fee_payments p JOIN members m ON m.id = p.member_id
         WHERE coalesce(p.org_id, m.org_id) = ANY(${array(unitIds)}::integer[])
           AND p.month >= ${from}::date AND p.month <= ${to}::date
         GROUP BY 1, 2`,
  );
}

export interface DueMemberRow {
  id: number;
  org_id: number;
  fee_basis: 'salary' | 'pension' | 'student' | 'fixed';
  fee_base: number | string | null;
  party_start: string;
  fee_from: string;
  /** First month the member paid for (a month paid for was owed, even before fee_from). */
  first_paid: string | null;
}

/** Active members of the given units, for the amounts due (the dashboard of finance). */
export function dueMembers(db: Db, unitIds: readonly number[]) {
  return rows<DueMemberRow>(
    db,
    sql`SELECT m.id, m.org_id, m.fee_basis, m.fee_base, m.party_start::text AS party_start, m.fee_from::text AS fee_from,
               (SELECT min(p.month) FROM member_fee_payments p WHERE p.member_id = m.id)::text AS first_paid
          FROM members m
         WHERE m.org_id = ANY(${array(unitIds)}::integer[]) AND m.status IN ('du_bi', 'chinh_thuc')
         LIMIT 200000`,
  );
}
