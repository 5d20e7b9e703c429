// The member list: filters (unit subtree, status, age, party age, search, badge due) written as one
// SQL predicate, sorted by the stored name key (Vietnamese name order) with keyset pagination on
// (sort_key, id), so page 2 000 costs what page 1 costs and no row is skipped or repeated.
import { type SQL, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES, type MemberStatus } from '../../../domain/members/records.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { memberVisible, orgIn, unitIds } from './access.ts';
import { badgeDueRows } from './badge-sql.ts';
import { MEMBER_COLS, type MemberRow } from './queries.ts';

export interface ListFilters {
  orgId?: number | undefined;
  status?: MemberStatus | 'all' | 'active' | undefined;
  q?: string | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  partyAgeMin?: number | undefined;
  partyAgeMax?: number | undefined;
  badgeDueOn?: string | undefined;
  /** Records of other units shared with the actor's (in transit to them, temporary, residence). */
  shared?: boolean | undefined;
}

/** The WHERE of a filtered list, visibility included. `today` anchors ages. */
export async function listWhere(db: Db, actor: Actor, f: ListFilters, today: string): Promise<SQL> {
  const conds: SQL[] = [memberVisible(actor)];
  // Lists count each member once, at the unit that holds the record; records merely shared with
  // the actor's units (a transfer on its way, a temporary stay, the residence) are listed apart.
  if (f.shared) {
    conds.push(
      sql`NOT (${orgIn(await unitIds(db, actor))} OR coalesce(m.user_id = ${actor.userId}::integer, false))`,
    );
  } else if (f.orgId) {
    conds.push(orgIn(await unitIds(db, actor, f.orgId)));
  } else {
    // A plain OR of two indexed conditions (no coalesce): PostgreSQL can combine both indexes.
    conds.push(sql`(${orgIn(await unitIds(db, actor))} OR m.user_id = ${actor.userId}::integer)`);
  }
  const status = f.status ?? 'active';
  if (status === 'active') conds.push(sql`m.status = ANY(${array(ACTIVE_STATUSES)}::text[])`);
  else if (status !== 'all') conds.push(sql`m.status = ${status}`);
  if (f.q) {
    const card = f.q.replace(/\s+/g, '').toUpperCase();
    conds.push(sql`(vn_fold(m.full_name) LIKE '%' || vn_fold(${f.q}) || '%' OR m.party_card_no = ${card})`);
  }
  // Age in whole years on `today`: at least N ⇔ born on or before today − N years.
  if (f.ageMin !== undefined)
    conds.push(sql`m.birth_date <= (${today}::date - make_interval(years => ${f.ageMin}::integer))::date`);
  if (f.ageMax !== undefined)
    conds.push(sql`m.birth_date > (${today}::date - make_interval(years => ${f.ageMax + 1}::integer))::date`);
  // Party age from the stored start (admission + interruptions).
  if (f.partyAgeMin !== undefined)
    conds.push(
      sql`m.party_start <= (${today}::date - make_interval(years => ${f.partyAgeMin}::integer))::date`,
    );
  if (f.partyAgeMax !== undefined)
    conds.push(
      sql`m.party_start > (${today}::date - make_interval(years => ${f.partyAgeMax + 1}::integer))::date`,
    );
  if (f.badgeDueOn) {
    const inner = sql`${memberVisible(actor)}${f.orgId ? sql` AND ${orgIn(await unitIds(db, actor, f.orgId))}` : sql``}`;
    conds.push(sql`m.id IN (SELECT bd.member_id FROM (${badgeDueRows(inner, f.badgeDueOn)}) bd)`);
  }
  return sql.join(conds, sql` AND `);
}

export interface Cursor {
  key: string;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id]), 'utf8').toString('base64url');
}

/** A cursor from the client, or null when it is not one of ours (then the list starts over). */
export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && Number.isInteger(v[1]) && v[0].length <= 2000)
      return { key: v[0] as string, id: v[1] as number };
  } catch {
    // fall through
  }
  return null;
}

const FROM = sql`members m JOIN orgs o ON o.id = m.org_id LEFT JOIN users u ON u.id = m.user_id`;

export function page(db: Db, where: SQL, after: Cursor | null, limit: number) {
  const cond = after
    ? sql`${where} AND (m.sort_key, m.id) > (${after.key}::text COLLATE "C", ${after.id}::integer)`
    : where;
  return rows<MemberRow>(
    db,
    sql`SELECT ${MEMBER_COLS} FROM ${FROM} WHERE ${cond} ORDER BY m.sort_key, m.id LIMIT ${limit}`,
  );
}

export async function count(db: Db, where: SQL): Promise<number> {
  const r = await one<{ n: number }>(db, sql`SELECT count(*)::integer AS n FROM members m WHERE ${where}`);
  return r?.n ?? 0;
}
