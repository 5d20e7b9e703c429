// SQL of member records: read one, list with filters and keyset pagination on the stored name sort
// key, insert, update, interruptions and history. The transaction handle is passed explicitly.
import { sql } from 'drizzle-orm';
import type { MemberStatus } from '../../../domain/members/records.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { memberManaged, memberVisible } from './access.ts';

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

export const MEMBER_COLS = sql`m.id, m.org_id, o.name AS org_name, m.secrecy, m.user_id, u.username, m.full_name,
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

export function userInScope(db: Db, actor: Actor, userId: number) {
  return one<{ id: number; org_id: number }>(
    db,
    sql`SELECT u.id, u.org_id FROM users u WHERE u.id = ${userId}
         AND u.org_id IN (SELECT so.id FROM orgs so WHERE so.path <@ org_scope_roots(${actor.orgId}::integer))`,
  );
}

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

/** The active unit with that id in the actor's scope (where a member may be placed). */
export function unitInScope(db: Db, actor: Actor, orgId: number) {
  return one<{ id: number; name: string; active: boolean; path: string }>(
    db,
    sql`SELECT id, name, active, path::text AS path FROM orgs WHERE id = ${orgId}
         AND id IN (SELECT so.id FROM orgs so WHERE so.path <@ org_scope_roots(${actor.orgId}::integer))`,
  );
}

export function orgName(db: Db, orgId: number) {
  return one<{ id: number; name: string; short_code: string; kind: string; active: boolean }>(
    db,
    sql`SELECT id, name, short_code, kind, active FROM orgs WHERE id = ${orgId}`,
  );
}

export function parentOf(db: Db, orgId: number) {
  return one<{ id: number; name: string }>(
    db,
    sql`SELECT p.id, p.name FROM orgs o JOIN orgs p ON p.id = o.parent_id WHERE o.id = ${orgId}`,
  );
}
