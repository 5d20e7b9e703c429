// SQL of the individual review: the months a member paid for within a period, and the first month paid.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export function paidMonths(db: Db, memberId: number, from: string, to: string) {
  return rows<{ month: string }>(
    db,
    sql`SELECT to_char(p.month, 'YYYY-MM') AS month FROM member_fee_payments p
         WHERE p.member_id = ${memberId} AND p.month BETWEEN ${from}::date AND ${to}::date`,
  );
}

export function firstPaid(db: Db, memberId: number) {
  return one<{ month: string | null }>(
    db,
    sql`SELECT min(p.month)::text AS month FROM member_fee_payments p WHERE p.member_id = ${memberId}`,
  );
}
