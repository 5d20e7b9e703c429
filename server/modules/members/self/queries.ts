// SQL of a member's own view of themselves: the record linked to the account, its fee payments.
import { sql } from 'drizzle-orm';
import type { FeeBasis } from '../../../../domain/members/fees.ts';
import type { MemberStatus } from '../../../../domain/members/records.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export interface OwnRow {
  id: number;
  full_name: string;
  org_name: string;
  status: MemberStatus;
  admitted_on: string;
  official_on: string | null;
  died_on: string | null;
  party_start: string;
  fee_basis: FeeBasis;
  fee_base: number | string | null;
  fee_from: string;
}

/** The record linked to an account (at most one: a unique link, members/service.ts). */
export function linkedTo(db: Db, userId: number) {
  return one<OwnRow>(
    db,
    sql`SELECT m.id, m.full_name, o.name AS org_name, m.status, m.admitted_on::text AS admitted_on,
               m.official_on::text AS official_on, m.died_on::text AS died_on, m.party_start::text AS party_start,
               m.fee_basis, m.fee_base, m.fee_from::text AS fee_from
          FROM members m JOIN orgs o ON o.id = m.org_id
         WHERE m.user_id = ${userId}
         ORDER BY m.id LIMIT 1`,
  );
}

/** The newest payments of a member, and the newest month paid. */
export function payments(db: Db, memberId: number, limit: number) {
  return rows<{ month: string; amount: number | string; paid_on: string }>(
    db,
    sql`SELECT p.month::text AS month, p.amount, p.paid_on::text AS paid_on
          FROM member_fee_payments p WHERE p.member_id = ${memberId}
         ORDER BY p.month DESC LIMIT ${limit}`,
  );
}
