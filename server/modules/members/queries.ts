// SQL of member records: who may read or change a record (the access rule's member predicates), read
// one, the filtered list with keyset pagination on the stored name sort key, insert, update,
// interruptions and history. The transaction handle is passed explicitly.
import { type SQL, sql } from 'drizzle-orm';
import { ACTIVE_STATUSES, type MemberStatus } from '../../../domain/members/records.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { badgeDueRows } from './badges/queries.ts';
import type { Cursor } from './presenter.ts';

/** The record kind of members for the access rule (transfers and residences grant units a read). */
export const MEMBER_ENTITY = 'member';

// ---- Who reads and who changes a record -----------------------------------------------------------
// The TypeScript twins are canSeeMember() and canManageMember() in domain/access.ts;
// test/api/access-property-members.test.ts keeps them equal.

const col = (alias: string, name: string) => sql.raw(`${alias}.${name}`);

/**
 * The actor may read the member row aliased `alias`: staff by the access rule (entity 'member',
 * owner = the member's unit, grants of transfers and residences), anyone their own linked record,
 * and an account with role member only that one.
 */
export function memberVisible(actor: Actor, alias = 'm'): SQL {
  const own = sql`${col(alias, 'user_id')} = ${actor.userId}::integer`;
  if (actor.role === 'member') return sql`(${own})`;
  return sql`(${own} OR ${visibleTo(actor, {
    entity: MEMBER_ENTITY,
    id: col(alias, 'id'),
    ownerOrgId: col(alias, 'org_id'),
    secrecy: col(alias, 'secrecy'),
  })})`;
}

/**
 * The actor may change the member row aliased `alias`: staff, the member's unit in scope and the
 * secrecy within clearance. That is the access rule with no grant counted — the record id given to
 * it is NULL, which no grant names — for a grant lets a unit read a record, never change it.
 */
export function memberManaged(actor: Actor, alias = 'm'): SQL {
  if (actor.role === 'member') return sql`false`;
  return visibleTo(actor, {
    entity: MEMBER_ENTITY,
    id: sql`NULL::integer`,
    ownerOrgId: col(alias, 'org_id'),
    secrecy: col(alias, 'secrecy'),
  });
}

/** `m.org_id = ANY(ids)`: the ids come from scopeUnitIds() (server/auth/scope.ts), read once. */
export function orgIn(ids: readonly number[], alias = 'm'): SQL {
  return sql`${col(alias, 'org_id')} = ANY(${array(ids)}::integer[])`;
}

/**
 * The members of the given units (the ids of scopeUnitIds) that the actor may read: the predicate
 * the unit lists (badges, fees, ratings) pass to their queries. The ids let PostgreSQL read a ward's
 * or a chi bộ's members through the (org_id, sort_key) index; the access rule stays in the query.
 */
export function readableIn(actor: Actor, unitIds: readonly number[]): SQL {
  return sql`${memberVisible(actor)} AND ${orgIn(unitIds)}`;
}

// ---- One record ---------------------------------------------------------------------------------

export interface MemberRow {
  id: number;
  org_id: number;
  org_name: string;
  secrecy: number;
  user_id: number | null;
  username: string | null;
  full_name: string;
  sort_key: string;
  birth_date: string;
  gender: 'Nam' | 'Nữ' | null;
  ethnicity: string | null;
  religion: string | null;
  home_town: string | null;
  residence: string | null;
  education: string | null;
  theory_level: string | null;
  occupation: string | null;
  position: string | null;
  admitted_on: string;
  official_on: string | null;
  party_card_no: string | null;
  status: MemberStatus;
  status_on: string | null;
  died_on: string | null;
  seriously_ill: boolean;
  interruption_days: number;
  party_start: string;
  fee_basis: 'salary' | 'pension' | 'student' | 'fixed';
  fee_base: number | string | null;
  fee_from: string;
  import_id: number | null;
  created_at: string;
  updated_at: string;
}

const MEMBER_COLS = sql`m.id, m.org_id, o.name AS org_name, m.secrecy, m.user_id, u.username, m.full_name,
  m.sort_key, m.birth_date::text AS birth_date, m.gender, m.ethnicity, m.religion, m.home_town, m.residence,
  m.education, m.theory_level, m.occupation, m.position, m.admitted_on::text AS admitted_on,
  m.official_on::text AS official_on, m.party_card_no, m.status, m.status_on::text AS status_on,
  m.died_on::text AS died_on, m.seriously_ill, m.interruption_days, m.party_start::text AS party_start,
  m.fee_basis, m.fee_base, m.fee_from::text AS fee_from, m.import_id, m.created_at, m.updated_at`;

const FROM = sql`members m JOIN orgs o ON o.id = m.org_id LEFT JOIN users u ON u.id = m.user_id`;

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<MemberRow>(
    db,
    sql`SELECT ${MEMBER_COLS} FROM ${FROM} WHERE m.id = ${id} AND ${memberVisible(actor)}`,
  );
}

/** A member the actor may change, locked for the rest of the transaction. */
export function managedForUpdate(db: Db, actor: Actor, id: number) {
  return one<MemberRow>(
    db,
    sql`SELECT ${MEMBER_COLS} FROM ${FROM} WHERE m.id = ${id} AND ${memberManaged(actor)} FOR UPDATE OF m`,
  );
}

/** How many of these members the actor may change (all of them, or some are not its to change). */
export async function managedCount(db: Db, actor: Actor, ids: readonly number[]): Promise<number> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM members m
         WHERE m.id = ANY(${array(ids)}::integer[]) AND ${memberManaged(actor)}`,
  );
  return r?.n ?? 0;
}

export interface InterruptionRow {
  from_on: string;
  to_on: string;
  reason: string;
}

export function interruptionsOf(db: Db, memberId: number) {
  return rows<InterruptionRow>(
    db,
    sql`SELECT from_on::text AS from_on, to_on::text AS to_on, reason FROM member_interruptions
         WHERE member_id = ${memberId} ORDER BY from_on`,
  );
}

export async function replaceInterruptions(
  db: Db,
  memberId: number,
  list: readonly { from: string; to: string; reason?: string | null | undefined }[],
): Promise<void> {
  await db.execute(sql`DELETE FROM member_interruptions WHERE member_id = ${memberId}`);
  if (list.length === 0) return;
  await db.execute(sql`
    INSERT INTO member_interruptions (member_id, from_on, to_on, reason)
    SELECT ${memberId}, f, t, r FROM unnest(${array(list.map((i) => i.from))}::date[],
      ${array(list.map((i) => i.to))}::date[], ${array(list.map((i) => i.reason ?? ''))}::text[]) AS x(f, t, r)`);
}

export interface MemberWrite {
  orgId: number;
  secrecy: number;
  userId: number | null;
  fullName: string;
  sortKey: string;
  birthDate: string;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  homeTown: string | null;
  residence: string | null;
  education: string | null;
  theoryLevel: string | null;
  occupation: string | null;
  position: string | null;
  admittedOn: string;
  officialOn: string | null;
  partyCardNo: string | null;
  status: MemberStatus;
  seriouslyIll: boolean;
  interruptionDays: number;
  feeBasis: string;
  feeBase: number | null;
  feeFrom: string;
  identityKey: string;
}

export async function insert(db: Db, w: MemberWrite): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO members (org_id, secrecy, user_id, full_name, sort_key, birth_date, gender, ethnicity, religion,
          home_town, residence, education, theory_level, occupation, position, admitted_on, official_on,
          party_card_no, status, seriously_ill, interruption_days, party_start, fee_basis, fee_base, fee_from,
          identity_key)
        VALUES (${w.orgId}, ${w.secrecy}, ${w.userId}, ${w.fullName}, ${w.sortKey}, ${w.birthDate}::date, ${w.gender},
          ${w.ethnicity}, ${w.religion}, ${w.homeTown}, ${w.residence}, ${w.education}, ${w.theoryLevel},
          ${w.occupation}, ${w.position}, ${w.admittedOn}::date, ${w.officialOn}::date, ${w.partyCardNo}, ${w.status},
          ${w.seriouslyIll}, ${w.interruptionDays}, ${w.admittedOn}::date + ${w.interruptionDays}::integer,
          ${w.feeBasis}, ${w.feeBase}, ${w.feeFrom}::date, ${w.identityKey})
        RETURNING id`,
  );
  return (row as { id: number }).id;
}

export async function update(db: Db, id: number, w: MemberWrite): Promise<void> {
  await db.execute(sql`
    UPDATE members SET org_id = ${w.orgId}, secrecy = ${w.secrecy}, user_id = ${w.userId}, full_name = ${w.fullName},
      sort_key = ${w.sortKey}, birth_date = ${w.birthDate}::date, gender = ${w.gender}, ethnicity = ${w.ethnicity},
      religion = ${w.religion}, home_town = ${w.homeTown}, residence = ${w.residence}, education = ${w.education},
      theory_level = ${w.theoryLevel}, occupation = ${w.occupation}, position = ${w.position},
      admitted_on = ${w.admittedOn}::date, official_on = ${w.officialOn}::date, party_card_no = ${w.partyCardNo},
      status = ${w.status}, seriously_ill = ${w.seriouslyIll}, interruption_days = ${w.interruptionDays},
      party_start = ${w.admittedOn}::date + ${w.interruptionDays}::integer, fee_basis = ${w.feeBasis},
      fee_base = ${w.feeBase}, fee_from = ${w.feeFrom}::date, identity_key = ${w.identityKey}, updated_at = now()
     WHERE id = ${id}`);
}

export async function setStatus(
  db: Db,
  id: number,
  s: { status: MemberStatus; statusOn: string | null; diedOn?: string | null; officialOn?: string | null },
) {
  await db.execute(sql`
    UPDATE members SET status = ${s.status}, status_on = ${s.statusOn}::date,
      died_on = CASE WHEN ${s.diedOn === undefined} THEN died_on ELSE ${s.diedOn ?? null}::date END,
      official_on = CASE WHEN ${s.officialOn === undefined} THEN official_on ELSE ${s.officialOn ?? null}::date END,
      updated_at = now()
     WHERE id = ${id}`);
}

export async function setOrg(db: Db, id: number, orgId: number): Promise<void> {
  await db.execute(sql`UPDATE members SET org_id = ${orgId}, updated_at = now() WHERE id = ${id}`);
}

export function cardTaken(db: Db, cardNo: string, exceptId?: number) {
  return one<{ id: number; full_name: string }>(
    db,
    sql`SELECT id, full_name FROM members WHERE party_card_no = ${cardNo} AND id <> ${exceptId ?? 0}`,
  );
}

export function userLinked(db: Db, userId: number, exceptId?: number) {
  return one<{ id: number }>(
    db,
    sql`SELECT id FROM members WHERE user_id = ${userId} AND id <> ${exceptId ?? 0}`,
  );
}

/** An account of a unit in the actor's scope (one that may be linked to a record). */
export function userInScope(db: Db, actor: Actor, userId: number) {
  return one<{ id: number; org_id: number }>(
    db,
    sql`SELECT u.id, u.org_id FROM users u WHERE u.id = ${userId} AND ${inScope(actor, sql`u.org_id`)}`,
  );
}

// ---- History ------------------------------------------------------------------------------------

export interface HistoryRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  changes: Record<string, unknown>;
  note: string | null;
}

export async function addHistory(
  db: Db,
  memberId: number,
  actor: Actor | null,
  action: string,
  changes: Record<string, unknown>,
  note?: string | null,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO member_history (member_id, actor_id, actor_name, action, changes, note)
    VALUES (${memberId}, ${actor?.userId ?? null}, ${actor?.fullName ?? null}, ${action},
            ${JSON.stringify(changes)}::jsonb, ${note ?? null})`);
}

export function historyOf(db: Db, memberId: number) {
  return rows<HistoryRow>(
    db,
    sql`SELECT id, at, actor_id, actor_name, action, changes, note FROM member_history
         WHERE member_id = ${memberId} ORDER BY id DESC LIMIT 500`,
  );
}

/** The import that created a record (its creation entry in the history). */
export function importOf(db: Db, importId: number) {
  return one<{
    id: number;
    file_name: string | null;
    created_at: string;
    actor_id: number | null;
    actor_name: string | null;
  }>(
    db,
    sql`SELECT i.id, i.file_name, i.created_at, i.actor_id, u.full_name AS actor_name
          FROM member_imports i LEFT JOIN users u ON u.id = i.actor_id WHERE i.id = ${importId}`,
  );
}

// ---- The list -----------------------------------------------------------------------------------
// Filters (unit subtree, status, age, party age, search, badge due) as one predicate, sorted by the
// stored name key (Vietnamese name order) with keyset pagination on (sort_key, id), so page 2,000
// costs what page 1 costs and no row is skipped or repeated.

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

/**
 * The WHERE of a filtered list, visibility included. `units` are the ids of the units in the
 * actor's scope, within the chosen unit when the list asks for one (scopeUnitIds); `today`
 * anchors ages.
 */
export function listWhere(actor: Actor, f: ListFilters, units: readonly number[], today: string): SQL {
  const conds: SQL[] = [memberVisible(actor)];
  // Lists count each member once, at the unit that holds the record; records merely shared with
  // the actor's units (a transfer on its way, a temporary stay, the residence) are listed apart.
  if (f.shared) {
    conds.push(sql`NOT (${orgIn(units)} OR coalesce(m.user_id = ${actor.userId}::integer, false))`);
  } else if (f.orgId) {
    conds.push(orgIn(units));
  } else {
    // A plain OR of two indexed conditions (no coalesce): PostgreSQL can combine both indexes.
    conds.push(sql`(${orgIn(units)} OR m.user_id = ${actor.userId}::integer)`);
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
    const inner = sql`${memberVisible(actor)}${f.orgId ? sql` AND ${orgIn(units)}` : sql``}`;
    conds.push(sql`m.id IN (SELECT bd.member_id FROM (${badgeDueRows(inner, f.badgeDueOn)}) bd)`);
  }
  return sql.join(conds, sql` AND `);
}

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
