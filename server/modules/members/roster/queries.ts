// SQL of the rolls other areas read: the members of units on a day, and the record linked to an account.
import { type SQL, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES, type MemberStatus } from '../../../../domain/members/records.ts';
import type { Actor } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import { memberVisible, orgIn } from '../queries.ts';

export interface RosterRow {
  id: number;
  org_id: number;
  full_name: string;
  sort_key: string;
  status: MemberStatus;
}

/**
 * The members on the rolls of the given units on a day, in name order: admitted by then, and still on
 * the rolls or gone (transferred out, removed, died) only after it. `ids` keeps those of a chosen list.
 */
export function rosterOn(
  db: Db,
  who: Actor | null,
  unitIds: readonly number[],
  on: string,
  ids?: readonly number[],
) {
  const conds: SQL[] = [
    orgIn(unitIds),
    sql`m.admitted_on <= ${on}::date`,
    sql`(m.status = ANY(${array(ACTIVE_STATUSES)}::text[]) OR (m.status_on IS NOT NULL AND m.status_on > ${on}::date))`,
  ];
  if (who) conds.push(memberVisible(who));
  if (ids) conds.push(sql`m.id = ANY(${array(ids)}::integer[])`);
  return rows<RosterRow>(
    db,
    sql`SELECT m.id, m.org_id, m.full_name, m.sort_key, m.status FROM members m
         WHERE ${sql.join(conds, sql` AND `)} ORDER BY m.sort_key, m.id`,
  );
}

/** The record linked to an account (a member's own). */
export function linkedTo(db: Db, userId: number) {
  return one<{ id: number; org_id: number; full_name: string }>(
    db,
    sql`SELECT m.id, m.org_id, m.full_name FROM members m WHERE m.user_id = ${userId}`,
  );
}
