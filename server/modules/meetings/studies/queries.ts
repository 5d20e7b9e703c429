// SQL of study sessions: one session with its counts, the list, the expected members' rows with what
// each one's study came to (present, made up at a make-up session, not yet), and the writes of a
// session and its expected list. Reads filter with visibleTo (entity 'study_session').
import { type SQL, sql } from 'drizzle-orm';
import type { ExpectedBasis, StudyAttendance, StudyMode } from '../../../../domain/studies/labels.ts';
import type { Actor } from '../../../auth/actor.ts';
import { inScope, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';

export const ENTITY = 'study_session';

export interface SessionRow {
  id: number;
  owner_org_id: number;
  org_name: string;
  org_path: string;
  secrecy: number;
  title: string;
  document_id: number | string | null;
  resolution_ref: string;
  resolution_title: string;
  resolution_key: string;
  mode: StudyMode;
  starts_at: string | Date;
  ends_at: string | Date | null;
  place: string | null;
  bridge_host: string | null;
  bridge_points: string[] | null;
  presenter: string | null;
  makeup_of: number | null;
  expected_basis: ExpectedBasis;
  note: string | null;
  created_by_name: string | null;
  created_at: string;
  expected: number;
  present: number;
  absent_excused: number;
  absent: number;
  made_up: number;
  makeups: number;
  reflections: number;
  marked: number;
  passed: number;
}

// The counts: attendance of this session; for a main session, those absent here who came to one of
// its make-ups, and the newest reflection of each member.
const COLS = sql`s.id, s.owner_org_id, o.name AS org_name, o.path::text AS org_path, s.secrecy, s.title,
  s.document_id, s.resolution_ref, s.resolution_title, s.resolution_key, s.mode, s.starts_at, s.ends_at, s.place, s.bridge_host,
  to_json(s.bridge_points) AS bridge_points, s.presenter, s.makeup_of, s.expected_basis, s.note,
  cu.full_name AS created_by_name, s.created_at,
  c.expected, c.present, c.absent_excused, c.absent, c.made_up,
  (SELECT count(*) FROM study_sessions mk WHERE mk.makeup_of = s.id)::integer AS makeups,
  r.reflections, r.marked, r.passed`;

const FROM = sql`study_sessions s JOIN orgs o ON o.id = s.owner_org_id LEFT JOIN users cu ON cu.id = s.created_by
  LEFT JOIN LATERAL (
    SELECT count(*)::integer AS expected,
           count(*) FILTER (WHERE a.status = 'present')::integer AS present,
           count(*) FILTER (WHERE a.status = 'absent_excused')::integer AS absent_excused,
           count(*) FILTER (WHERE a.status = 'absent')::integer AS absent,
           count(*) FILTER (WHERE a.status IS DISTINCT FROM 'present' AND EXISTS (
             SELECT 1 FROM study_sessions mk JOIN study_attendance ma ON ma.session_id = mk.id
              WHERE mk.makeup_of = s.id AND ma.member_id = a.member_id AND ma.status = 'present'))::integer AS made_up
      FROM study_attendance a WHERE a.session_id = s.id) c ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::integer AS reflections,
           count(*) FILTER (WHERE n.grade IS NOT NULL)::integer AS marked,
           count(*) FILTER (WHERE n.grade = 'dat')::integer AS passed
      FROM (SELECT DISTINCT ON (sr.member_id) sr.grade FROM study_reflections sr
             WHERE sr.session_id = s.id ORDER BY sr.member_id, sr.version DESC) n) r ON true`;

/** The access rule on the session aliased `s`. */
export function visible(actor: Actor): SQL {
  return visibleTo(actor, {
    entity: ENTITY,
    id: sql`s.id`,
    ownerOrgId: sql`s.owner_org_id`,
    secrecy: sql`s.secrecy`,
  });
}

export function byId(db: Db, id: number) {
  return one<SessionRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE s.id = ${id}`);
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<SessionRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE s.id = ${id} AND ${visible(actor)}`);
}

export async function lock(db: Db, id: number): Promise<void> {
  await db.execute(sql`SELECT id FROM study_sessions WHERE id = ${id} FOR UPDATE`);
}

/** Whether a unit lies in the actor's scope (its sessions are the actor's to run). */
export async function unitIsMine(db: Db, actor: Actor, orgId: number): Promise<boolean> {
  const row = await one<{ ok: boolean }>(db, sql`SELECT ${inScope(actor, sql`${orgId}::integer`)} AS ok`);
  return row?.ok === true;
}

export interface ListFilters {
  /** Sessions of this unit and its subtree. */
  orgId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  makeups?: boolean | undefined;
}

/** Vietnam days as instants: [from 00:00, to + 1 day 00:00) at UTC+7. */
const dayStart = (d: string) => sql`(${d}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

export function list(db: Db, actor: Actor, f: ListFilters) {
  const conds: SQL[] = [visible(actor)];
  if (f.orgId) {
    conds.push(sql`o.path <@ (SELECT u.path FROM orgs u WHERE u.id = ${f.orgId})`);
  }
  if (!f.makeups) conds.push(sql`s.makeup_of IS NULL`);
  if (f.from) conds.push(sql`s.starts_at >= ${dayStart(f.from)}`);
  if (f.to) conds.push(sql`s.starts_at < ${dayStart(f.to)} + interval '1 day'`);
  if (f.q) {
    conds.push(
      sql`vn_fold(s.title || ' ' || s.resolution_ref || ' ' || s.resolution_title) LIKE '%' || vn_fold(${f.q}) || '%'`,
    );
  }
  return rows<SessionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${sql.join(conds, sql` AND `)} ORDER BY s.starts_at DESC, s.id DESC LIMIT 200`,
  );
}

/** The make-up sessions of a main session, visible to the actor, oldest first. */
export function makeupsOf(db: Db, actor: Actor, id: number) {
  return rows<SessionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE s.makeup_of = ${id} AND ${visible(actor)} ORDER BY s.starts_at, s.id`,
  );
}

export interface SessionWrite {
  orgId: number;
  secrecy: number;
  title: string;
  documentId: number | null;
  resolutionRef: string;
  resolutionTitle: string;
  resolutionKey: string;
  mode: StudyMode;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  bridgeHost: string | null;
  bridgePoints: string[];
  presenter: string | null;
  makeupOf: number | null;
  expectedBasis: ExpectedBasis;
  note: string | null;
  createdBy: number;
}

export async function insert(db: Db, w: SessionWrite): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO study_sessions (owner_org_id, secrecy, title, document_id, resolution_ref, resolution_title,
          resolution_key, mode, starts_at, ends_at, place, bridge_host, bridge_points, presenter, makeup_of,
          expected_basis, note, created_by)
        VALUES (${w.orgId}, ${w.secrecy}, ${w.title}, ${w.documentId}::bigint, ${w.resolutionRef}, ${w.resolutionTitle},
          ${w.resolutionKey}, ${w.mode}, ${w.startsAt}::timestamptz, ${w.endsAt}::timestamptz, ${w.place},
          ${w.bridgeHost}, ${array(w.bridgePoints)}::text[], ${w.presenter}, ${w.makeupOf}::integer,
          ${w.expectedBasis}, ${w.note}, ${w.createdBy})
        RETURNING id`,
  );
  if (!row) throw new Error('insert study session returned nothing');
  return row.id;
}

export async function update(
  db: Db,
  id: number,
  w: Pick<
    SessionWrite,
    'title' | 'mode' | 'startsAt' | 'endsAt' | 'place' | 'bridgeHost' | 'bridgePoints' | 'presenter' | 'note'
  >,
): Promise<void> {
  await db.execute(sql`UPDATE study_sessions SET title = ${w.title}, mode = ${w.mode},
      starts_at = ${w.startsAt}::timestamptz, ends_at = ${w.endsAt}::timestamptz, place = ${w.place},
      bridge_host = ${w.bridgeHost}, bridge_points = ${array(w.bridgePoints)}::text[], presenter = ${w.presenter},
      note = ${w.note}, updated_at = now()
    WHERE id = ${id}`);
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM study_attendance WHERE session_id = ${id}`);
  await db.execute(sql`DELETE FROM study_sessions WHERE id = ${id}`);
}

/** What stops a session from being deleted: attendance taken, reflections, make-ups. */
export function usage(db: Db, id: number) {
  return one<{ checked: number; reflections: number; makeups: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM study_attendance a WHERE a.session_id = ${id} AND a.status IS NOT NULL)::integer AS checked,
               (SELECT count(*) FROM study_reflections r WHERE r.session_id = ${id})::integer AS reflections,
               (SELECT count(*) FROM study_sessions m WHERE m.makeup_of = ${id})::integer AS makeups`,
  );
}

export interface ExpectedWrite {
  memberId: number;
  name: string;
  sortKey: string;
  orgId: number;
}

export async function insertExpected(
  db: Db,
  sessionId: number,
  list: readonly ExpectedWrite[],
): Promise<void> {
  if (list.length === 0) return;
  await db.execute(sql`INSERT INTO study_attendance (session_id, member_id, member_name, member_sort_key, member_org_id)
    SELECT ${sessionId}, x.member_id, x.name, x.sort_key, x.org_id
      FROM unnest(${array(list.map((e) => e.memberId))}::integer[], ${array(list.map((e) => e.name))}::text[],
                  ${array(list.map((e) => e.sortKey))}::text[], ${array(list.map((e) => e.orgId))}::integer[])
           AS x(member_id, name, sort_key, org_id)`);
}

/** The units of a session's expected members other than its owner (they are granted a read). */
export async function expectedUnits(db: Db, sessionId: number, ownerOrgId: number): Promise<number[]> {
  const found = await rows<{ org_id: number }>(
    db,
    sql`SELECT DISTINCT member_org_id AS org_id FROM study_attendance
         WHERE session_id = ${sessionId} AND member_org_id <> ${ownerOrgId} ORDER BY 1`,
  );
  return found.map((r) => r.org_id);
}

export interface AttendeeRow {
  member_id: number;
  member_name: string;
  member_org_id: number;
  member_org_name: string;
  status: StudyAttendance | null;
  reason: string | null;
  point: string | null;
  checked_at: string | Date | null;
  checked_by_name: string | null;
  made_up_in: number | null;
  made_up_at: string | Date | null;
}

/**
 * The expected members of a session, in name order, with their attendance and (for a main session)
 * the first make-up session where they were present. `only` narrows to the rows a reader may see.
 */
export function attendees(db: Db, sessionId: number, only: SQL = sql`true`) {
  return rows<AttendeeRow>(
    db,
    sql`SELECT a.member_id, a.member_name, a.member_org_id, mo.name AS member_org_name, a.status, a.reason, a.point,
               a.checked_at, cu.full_name AS checked_by_name, mk.id AS made_up_in, mk.starts_at AS made_up_at
          FROM study_attendance a JOIN orgs mo ON mo.id = a.member_org_id LEFT JOIN users cu ON cu.id = a.checked_by
          LEFT JOIN LATERAL (
            SELECT k.id, k.starts_at FROM study_sessions k
              JOIN study_attendance ka ON ka.session_id = k.id AND ka.member_id = a.member_id AND ka.status = 'present'
             WHERE k.makeup_of = a.session_id ORDER BY k.starts_at, k.id LIMIT 1) mk ON true
         WHERE a.session_id = ${sessionId} AND ${only}
         ORDER BY a.member_sort_key, a.member_id`,
  );
}

/** Rows of members whose unit lies in the actor's scope (a point of a bridge sees its own people). */
export function attendeesInScope(actor: Actor): SQL {
  return inScope(actor, sql`a.member_org_id`);
}

export function attendeeIs(memberId: number): SQL {
  return sql`a.member_id = ${memberId}`;
}

/** The expected rows of a main session whose members have not studied yet (for a make-up). */
export function notStudied(db: Db, sessionId: number) {
  return rows<ExpectedWrite>(
    db,
    sql`SELECT a.member_id AS "memberId", a.member_name AS name, a.member_sort_key AS "sortKey", a.member_org_id AS "orgId"
          FROM study_attendance a
         WHERE a.session_id = ${sessionId} AND a.status IS DISTINCT FROM 'present'
           AND NOT EXISTS (SELECT 1 FROM study_sessions k JOIN study_attendance ka ON ka.session_id = k.id
                            WHERE k.makeup_of = ${sessionId} AND ka.member_id = a.member_id AND ka.status = 'present')
         ORDER BY a.member_sort_key, a.member_id`,
  );
}

/** The sessions (main and make-up) a member is expected at that the actor sees, newest first. */
export function ofMember(db: Db, actor: Actor, memberId: number, limit: number) {
  return rows<SessionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE EXISTS (SELECT 1 FROM study_attendance x WHERE x.session_id = s.id AND x.member_id = ${memberId})
           AND ${visible(actor)}
         ORDER BY s.starts_at DESC, s.id DESC LIMIT ${limit}`,
  );
}
