// SQL of the register: a meeting's entries, their replacement, the members absent without reason
// from regular meetings in a year, the unit's yearly register and one member's year.
import { type SQL, sql } from 'drizzle-orm';
import type { AttendanceStatus, MeetingKind } from '../../../../domain/meetings/labels.ts';
import type { Db } from '../../../db/client.ts';
import { array, rows, run } from '../../../db/sql.ts';

export interface EntryRow {
  member_id: number;
  member_name: string;
  member_sort_key: string;
  official: boolean;
  status: AttendanceStatus | null;
  reason: string | null;
}

export function entries(db: Db, meetingId: number) {
  return rows<EntryRow>(
    db,
    sql`SELECT member_id, member_name, member_sort_key, official, status, reason FROM meeting_attendance
         WHERE meeting_id = ${meetingId}::integer ORDER BY member_sort_key, member_id`,
  );
}

export interface EntryWrite {
  memberId: number;
  name: string;
  sortKey: string;
  official: boolean;
  status: AttendanceStatus;
  reason: string | null;
}

/** The register becomes exactly these entries. */
export async function replaceEntries(db: Db, meetingId: number, list: readonly EntryWrite[]): Promise<void> {
  await run(db, sql`DELETE FROM meeting_attendance WHERE meeting_id = ${meetingId}::integer`);
  if (list.length === 0) return;
  await run(
    db,
    sql`INSERT INTO meeting_attendance (meeting_id, member_id, member_name, member_sort_key, official, status, reason)
        SELECT ${meetingId}::integer, e.member_id, e.member_name, e.sort_key, e.official, e.status, e.reason
          FROM unnest(${array(list.map((e) => e.memberId))}::integer[], ${array(list.map((e) => e.name))}::text[],
                      ${array(list.map((e) => e.sortKey))}::text[], ${sql.param(list.map((e) => e.official))}::boolean[],
                      ${array(list.map((e) => e.status))}::text[], ${sql.param(list.map((e) => e.reason))}::text[])
               AS e(member_id, member_name, sort_key, official, status, reason)`,
  );
}

const year = (y: number) => sql`m.meeting_on BETWEEN ${`${y}-01-01`}::date AND ${`${y}-12-31`}::date`;
const regular = sql`(m.kind = 'regular' OR m.combined)`;

/**
 * Members absent without reason from regular meetings (or combined ones) of the given units in `min`
 * or more months of the year, with the months, by name (the name as last recorded). `allowed` is the
 * access condition on the meeting aliased m.
 */
export function absences(db: Db, allowed: SQL, unitIds: readonly number[], y: number, min: number) {
  return rows<{ member_id: number; member_name: string; months: number[] }>(
    db,
    sql`WITH marks AS (
          SELECT a.member_id, a.member_name, a.member_sort_key, m.meeting_on, a.status
            FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
           WHERE m.org_id = ANY(${array(unitIds)}::integer[]) AND ${year(y)} AND ${regular}
             AND m.status <> 'cancelled' AND ${allowed}
        )
        SELECT member_id,
               (array_agg(member_name ORDER BY meeting_on DESC))[1] AS member_name,
               array_agg(DISTINCT extract(month FROM meeting_on)::integer) FILTER (WHERE status = 'absent') AS months
          FROM marks
         GROUP BY member_id
        HAVING count(DISTINCT extract(month FROM meeting_on)) FILTER (WHERE status = 'absent') >= ${min}::integer
         ORDER BY ((array_agg(member_sort_key ORDER BY meeting_on DESC))[1]) COLLATE "C", member_id`,
  );
}

export interface RegisterRow {
  meeting_id: number;
  meeting_on: string;
  kind: MeetingKind;
  combined: boolean;
  title: string;
  member_id: number | null;
  member_name: string | null;
  member_sort_key: string | null;
  status: AttendanceStatus | null;
}

/** The unit's meetings of a year (not cancelled) with their entries, by date. */
export function register(db: Db, allowed: SQL, orgId: number, y: number) {
  return rows<RegisterRow>(
    db,
    sql`SELECT m.id AS meeting_id, m.meeting_on::text AS meeting_on, m.kind, m.combined, m.title,
               a.member_id, a.member_name, a.member_sort_key, a.status
          FROM meetings m LEFT JOIN meeting_attendance a ON a.meeting_id = m.id
         WHERE m.org_id = ${orgId}::integer AND ${year(y)} AND m.status <> 'cancelled' AND ${allowed}
         ORDER BY m.meeting_on, m.starts_at, m.id`,
  );
}

/** One member's entries of a year, in every unit's meetings (not cancelled). */
export function memberYear(db: Db, memberId: number, y: number) {
  return rows<{ meeting_on: string; kind: MeetingKind; combined: boolean; status: AttendanceStatus }>(
    db,
    sql`SELECT m.meeting_on::text AS meeting_on, m.kind, m.combined, a.status
          FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
         WHERE a.member_id = ${memberId}::integer AND ${year(y)} AND m.status <> 'cancelled'
         ORDER BY m.meeting_on`,
  );
}
