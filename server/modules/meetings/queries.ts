// SQL of chi bộ meetings: who sees and who manages a meeting (the access rule, entity 'meeting',
// owner = the meeting's unit; an account with role member sees its own chi bộ's meetings and those
// whose register names it), one meeting, the list, and the plan's writes.
import { type SQL, sql } from 'drizzle-orm';
import type { MeetingKind, MeetingStatus } from '../../../domain/meetings/labels.ts';
import type { Actor } from '../../auth/actor.ts';
import { visibleTo, visibleToIn } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows, run } from '../../db/sql.ts';

export const MEETING_ENTITY = 'meeting';

/** The member record linked to an account (members area): its id and its unit. */
export interface OwnRecord {
  memberId: number;
  orgId: number;
}

const col = (alias: string, name: string) => sql.raw(`${alias}.${name}`);
const record = (alias: string, id: SQL = col(alias, 'id')) => ({
  entity: MEETING_ENTITY,
  id,
  ownerOrgId: col(alias, 'org_id'),
  secrecy: col(alias, 'secrecy'),
});

/**
 * The actor may read the meeting aliased `alias`. Staff: the access rule. Role member: the meetings
 * of the chi bộ its member record belongs to (that unit's scope, so a merged chi bộ's past meetings
 * too), and any meeting whose register names it (a chi bộ it has left); within its clearance.
 */
export function meetingVisible(actor: Actor, own: OwnRecord | null, alias = 'm'): SQL {
  if (actor.role !== 'member') return visibleTo(actor, record(alias));
  if (!own) return sql`false`;
  const viewer = { orgId: own.orgId, userId: actor.userId, clearance: actor.clearance };
  const listed = sql`EXISTS (SELECT 1 FROM meeting_attendance a
                              WHERE a.meeting_id = ${col(alias, 'id')} AND a.member_id = ${own.memberId}::integer)`;
  const cleared = visibleToIn({ whole: true }, actor, record(alias));
  return sql`(${visibleTo(viewer, record(alias))} OR (${listed} AND ${cleared}))`;
}

/** The actor may change the meeting: its unit in scope, within clearance; a grant lets one read only. */
export function meetingManaged(actor: Actor, alias = 'm'): SQL {
  if (actor.role === 'member') return sql`false`;
  return visibleTo(actor, record(alias, sql`NULL::integer`));
}

export interface MeetingRow {
  id: number;
  org_id: number;
  org_name: string;
  org_code: string;
  org_kind: string;
  parent_id: number | null;
  parent_name: string | null;
  secrecy: number;
  kind: MeetingKind;
  combined: boolean;
  title: string;
  topic: string | null;
  starts_at: string | Date;
  ends_at: string | Date | null;
  meeting_on: string;
  place: string | null;
  video_link: string | null;
  chair_member_id: number | null;
  chair_name: string | null;
  secretary_member_id: number | null;
  secretary_name: string | null;
  agenda: string | null;
  status: MeetingStatus;
  notified_at: string | Date | null;
  minutes_discussion: string | null;
  minutes_conclusion: string | null;
  minutes_at: string | Date | null;
  resolution_results: string | null;
  resolution_directions: string | null;
  resolution_number: number | null;
  resolution_symbol: string | null;
  resolution_document_id: string | number | null;
  resolution_on: string | null;
  resolved_at: string | Date | null;
  reported_at: string | Date | null;
  report_note: string | null;
  cancel_reason: string | null;
  quality_scores: Record<string, number> | null;
  quality_total: number | null;
  quality_grade: string | null;
  quality_at: string | Date | null;
  duration_rule_version_id: number;
  documents_rule_version_id: number;
  report_rule_version_id: number;
  quality_rule_version_id: number;
  created_by_name: string | null;
  created_at: string | Date;
  materials: number;
  last_material_at: string | Date | null;
}

const COLS = sql`m.id, m.org_id, o.name AS org_name, o.short_code AS org_code, o.kind AS org_kind, o.parent_id,
  p.name AS parent_name, m.secrecy, m.kind, m.combined, m.title, m.topic, m.starts_at, m.ends_at,
  m.meeting_on::text AS meeting_on, m.place, m.video_link, m.chair_member_id, m.chair_name, m.secretary_member_id,
  m.secretary_name, m.agenda, m.status, m.notified_at, m.minutes_discussion, m.minutes_conclusion, m.minutes_at,
  m.resolution_results, m.resolution_directions, m.resolution_number, m.resolution_symbol, m.resolution_document_id,
  m.resolution_on::text AS resolution_on, m.resolved_at, m.reported_at, m.report_note, m.cancel_reason,
  m.quality_scores, m.quality_total, m.quality_grade, m.quality_at, m.duration_rule_version_id,
  m.documents_rule_version_id, m.report_rule_version_id, m.quality_rule_version_id, cu.full_name AS created_by_name,
  m.created_at,
  (SELECT count(*) FROM meeting_files f WHERE f.meeting_id = m.id AND f.kind = 'material')::integer AS materials,
  (SELECT max(f.posted_at) FROM meeting_files f WHERE f.meeting_id = m.id AND f.kind = 'material') AS last_material_at`;

const FROM = sql`meetings m JOIN orgs o ON o.id = m.org_id LEFT JOIN orgs p ON p.id = o.parent_id
  LEFT JOIN users cu ON cu.id = m.created_by`;

/** One meeting the condition allows (meetingVisible or meetingManaged), locked for a change if asked. */
export function byId(db: Db, id: number, allowed: SQL, lock = false) {
  return one<MeetingRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE m.id = ${id}::integer AND ${allowed} ${lock ? sql`FOR UPDATE OF m` : sql``}`,
  );
}

export interface ListFilters {
  unitIds: readonly number[] | null;
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  kind?: MeetingKind | undefined;
  status?: MeetingStatus | undefined;
  after?: { on: string; id: number } | null;
  limit: number;
}

/** A page of meetings, newest first (one more row than asked: is there a next page?). */
export function list(db: Db, allowed: SQL, f: ListFilters) {
  const conds: SQL[] = [allowed];
  if (f.unitIds) conds.push(sql`m.org_id = ANY(${array(f.unitIds)}::integer[])`);
  if (f.year) conds.push(sql`m.meeting_on BETWEEN ${`${f.year}-01-01`}::date AND ${`${f.year}-12-31`}::date`);
  if (f.from) conds.push(sql`m.meeting_on >= ${f.from}::date`);
  if (f.to) conds.push(sql`m.meeting_on <= ${f.to}::date`);
  if (f.kind) conds.push(sql`m.kind = ${f.kind}`);
  if (f.status) conds.push(sql`m.status = ${f.status}`);
  if (f.after) conds.push(sql`(m.meeting_on, m.id) < (${f.after.on}::date, ${f.after.id}::integer)`);
  return rows<MeetingRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE ${sql.join(conds, sql` AND `)}
         ORDER BY m.meeting_on DESC, m.id DESC LIMIT ${f.limit + 1}`,
  );
}

export interface PlanWrite {
  kind: MeetingKind;
  combined: boolean;
  title: string;
  topic: string | null;
  startsAt: string;
  endsAt: string | null;
  meetingOn: string;
  place: string | null;
  videoLink: string | null;
  chairMemberId: number | null;
  chairName: string | null;
  secretaryMemberId: number | null;
  secretaryName: string | null;
  agenda: string | null;
  rules: { duration: number; documents: number; report: number; quality: number };
}

export async function insert(
  db: Db,
  m: PlanWrite & { orgId: number; secrecy: number; by: number | null },
): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    sql`INSERT INTO meetings (org_id, secrecy, kind, combined, title, topic, starts_at, ends_at, meeting_on, place,
          video_link, chair_member_id, chair_name, secretary_member_id, secretary_name, agenda,
          duration_rule_version_id, documents_rule_version_id, report_rule_version_id, quality_rule_version_id, created_by)
        VALUES (${m.orgId}, ${m.secrecy}, ${m.kind}, ${m.combined}, ${m.title}, ${m.topic}, ${m.startsAt}::timestamptz,
          ${m.endsAt}::timestamptz, ${m.meetingOn}::date, ${m.place}, ${m.videoLink}, ${m.chairMemberId}, ${m.chairName},
          ${m.secretaryMemberId}, ${m.secretaryName}, ${m.agenda}, ${m.rules.duration}, ${m.rules.documents},
          ${m.rules.report}, ${m.rules.quality}, ${m.by})
        RETURNING id`,
  );
  return Number(r?.id);
}

export async function updatePlan(db: Db, id: number, m: PlanWrite): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET kind = ${m.kind}, combined = ${m.combined}, title = ${m.title}, topic = ${m.topic},
          starts_at = ${m.startsAt}::timestamptz, ends_at = ${m.endsAt}::timestamptz, meeting_on = ${m.meetingOn}::date,
          place = ${m.place}, video_link = ${m.videoLink}, chair_member_id = ${m.chairMemberId}, chair_name = ${m.chairName},
          secretary_member_id = ${m.secretaryMemberId}, secretary_name = ${m.secretaryName}, agenda = ${m.agenda},
          duration_rule_version_id = ${m.rules.duration}, documents_rule_version_id = ${m.rules.documents},
          report_rule_version_id = ${m.rules.report}, quality_rule_version_id = ${m.rules.quality}, updated_at = now()
        WHERE id = ${id}::integer`,
  );
}

export async function setStatus(
  db: Db,
  id: number,
  status: MeetingStatus,
  extra: { notified?: boolean; cancelReason?: string } = {},
): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET status = ${status},
          notified_at = CASE WHEN ${extra.notified === true} THEN now() ELSE notified_at END,
          cancel_reason = coalesce(${extra.cancelReason ?? null}, cancel_reason), updated_at = now()
        WHERE id = ${id}::integer`,
  );
}

/** Whether an account is active and belongs to the unit or a unit below it (may be given its task). */
export async function accountUnder(db: Db, userId: number, orgId: number): Promise<boolean> {
  const r = await one<{ ok: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM users u JOIN orgs uo ON uo.id = u.org_id
                        WHERE u.id = ${userId}::integer AND u.disabled_at IS NULL
                          AND uo.path <@ (SELECT path FROM orgs WHERE id = ${orgId}::integer)) AS ok`,
  );
  return r?.ok === true;
}

/** The unit's life (valid_from, valid_to) for the months it is judged on. */
export function unitLife(db: Db, orgId: number) {
  return one<{ valid_from: string; valid_to: string | null; name: string }>(
    db,
    sql`SELECT valid_from::text AS valid_from, valid_to::text AS valid_to, name FROM orgs WHERE id = ${orgId}::integer`,
  );
}
