// SQL of the weekly schedules. Events are records with an owner and a secrecy level (entity
// 'schedule'); the chair and participants are granted the events they are expected at (the grants
// are the service's, through server/auth/grants.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { inScope, visibleTo } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';

export const ENTITY = 'schedule';

export interface EventRow {
  id: number;
  owner_org_id: number;
  org_name: string;
  secrecy: number;
  on_date: string;
  starts_at: string;
  ends_at: string | null;
  title: string;
  place: string | null;
  chair_id: number | null;
  chair_name: string | null;
  chair_user_name: string | null;
  participants: string | null;
  preparing_org_id: number | null;
  preparing_org_name: string | null;
  note: string | null;
  attendee_ids: number[] | null;
  attendee_names: string[] | null;
}

const COLS = sql`e.id, e.owner_org_id, o.name AS org_name, e.secrecy, e.on_date::text AS on_date,
  to_char(e.starts_at, 'HH24:MI') AS starts_at, to_char(e.ends_at, 'HH24:MI') AS ends_at, e.title, e.place,
  e.chair_id, e.chair_name, cu.full_name AS chair_user_name, e.participants, e.preparing_org_id,
  po.name AS preparing_org_name, e.note,
  (SELECT array_agg(a.user_id ORDER BY a.user_id) FROM schedule_attendees a WHERE a.event_id = e.id) AS attendee_ids,
  (SELECT array_agg(u.full_name ORDER BY a.user_id) FROM schedule_attendees a JOIN users u ON u.id = a.user_id
    WHERE a.event_id = e.id) AS attendee_names`;
const FROM = sql`schedule_events e JOIN orgs o ON o.id = e.owner_org_id
  LEFT JOIN users cu ON cu.id = e.chair_id LEFT JOIN orgs po ON po.id = e.preparing_org_id`;

export function visible(actor: Actor): SQL {
  return visibleTo(actor, {
    entity: ENTITY,
    id: sql`e.id`,
    ownerOrgId: sql`e.owner_org_id`,
    secrecy: sql`e.secrecy`,
  });
}

export function visibleById(db: Db, actor: Actor, id: number) {
  return one<EventRow>(db, sql`SELECT ${COLS} FROM ${FROM} WHERE e.id = ${id} AND ${visible(actor)}`);
}

export function week(db: Db, actor: Actor, orgId: number, from: string, to: string) {
  return rows<EventRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE e.owner_org_id = ${orgId} AND e.on_date BETWEEN ${from}::date AND ${to}::date AND ${visible(actor)}
         ORDER BY e.on_date, e.starts_at, e.id`,
  );
}

/** Other visible events in the period that any of these people are expected at (conflict checks). */
export function ofPeople(db: Db, actor: Actor, userIds: readonly number[], from: string, to: string) {
  if (userIds.length === 0) return Promise.resolve([]);
  return rows<EventRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM}
         WHERE e.on_date BETWEEN ${from}::date AND ${to}::date AND ${visible(actor)}
           AND EXISTS (SELECT 1 FROM schedule_attendees a WHERE a.event_id = e.id
                         AND a.user_id = ANY(${array(userIds)}::integer[]))`,
  );
}

export interface EventInput {
  orgId: number;
  secrecy: number;
  date: string;
  startTime: string;
  endTime: string | null;
  title: string;
  place: string | null;
  chairId: number | null;
  chairName: string | null;
  participants: string | null;
  preparingOrgId: number | null;
  note: string | null;
}

export async function insert(db: Db, e: EventInput, by: number): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO schedule_events (owner_org_id, secrecy, on_date, starts_at, ends_at, title, place, chair_id,
          chair_name, participants, preparing_org_id, note, created_by)
        VALUES (${e.orgId}, ${e.secrecy}, ${e.date}::date, ${e.startTime}::time, ${e.endTime}::time, ${e.title},
          ${e.place}, ${e.chairId}::integer, ${e.chairName}, ${e.participants}, ${e.preparingOrgId}::integer,
          ${e.note}, ${by})
        RETURNING id`,
  );
  if (!row) throw new Error('insert schedule event returned nothing');
  return row.id;
}

export async function update(db: Db, id: number, e: EventInput): Promise<void> {
  await db.execute(sql`UPDATE schedule_events SET secrecy = ${e.secrecy}, on_date = ${e.date}::date,
      starts_at = ${e.startTime}::time, ends_at = ${e.endTime}::time, title = ${e.title}, place = ${e.place},
      chair_id = ${e.chairId}::integer, chair_name = ${e.chairName}, participants = ${e.participants},
      preparing_org_id = ${e.preparingOrgId}::integer, note = ${e.note}, updated_at = now()
    WHERE id = ${id}`);
}

/** The people expected (chair included), replaced as a whole. */
export async function setAttendees(db: Db, id: number, userIds: readonly number[]): Promise<void> {
  await db.execute(sql`DELETE FROM schedule_attendees WHERE event_id = ${id}`);
  if (userIds.length === 0) return;
  await db.execute(sql`INSERT INTO schedule_attendees (event_id, user_id)
                       SELECT ${id}, x FROM (SELECT DISTINCT unnest(${array(userIds)}::integer[]) AS x) u`);
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM schedule_events WHERE id = ${id}`);
}

/** Users that exist, are active and lie in the actor's scope, among the given ids. */
export function usersInScope(db: Db, actor: Actor, userIds: readonly number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return rows<{ id: number }>(
    db,
    sql`SELECT u.id FROM users u WHERE u.id = ANY(${array(userIds)}::integer[]) AND u.disabled_at IS NULL
           AND ${inScope(actor, sql`u.org_id`)}`,
  );
}

// ---- Units -----------------------------------------------------------------------------------------

export interface UnitRow {
  id: number;
  name: string;
  short_code: string;
  superior_name: string | null;
  in_scope: boolean;
}

/** A unit, whether it lies in the actor's scope, and its superior's name (the Word heading). */
export function unit(db: Db, actor: Actor, orgId: number) {
  return one<UnitRow>(
    db,
    sql`SELECT o.id, o.name, o.short_code, s.name AS superior_name, ${inScope(actor, sql`o.id`)} AS in_scope
          FROM orgs o LEFT JOIN orgs s ON s.id = o.parent_id WHERE o.id = ${orgId}`,
  );
}
