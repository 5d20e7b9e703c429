// SQL of taking attendance: the expected rows named in a check-in (with whether each member's unit is
// in the actor's scope), and the marks written in one statement.
import { sql } from 'drizzle-orm';
import type { StudyAttendance } from '../../../../../domain/studies/labels.ts';
import type { Actor } from '../../../../auth/actor.ts';
import { inScope } from '../../../../auth/queries.ts';
import type { Db } from '../../../../db/client.ts';
import { array, rows } from '../../../../db/sql.ts';

export interface ExpectedRow {
  member_id: number;
  member_name: string;
  status: StudyAttendance | null;
  reason: string | null;
  point: string | null;
  in_scope: boolean;
}

/** The rows of these members at a session, locked, each with whether its unit is in the actor's scope. */
export function expectedRows(db: Db, actor: Actor, sessionId: number, memberIds: readonly number[]) {
  return rows<ExpectedRow>(
    db,
    sql`SELECT a.member_id, a.member_name, a.status, a.reason, a.point, ${inScope(actor, sql`a.member_org_id`)} AS in_scope
          FROM study_attendance a
         WHERE a.session_id = ${sessionId} AND a.member_id = ANY(${array(memberIds)}::integer[])
         ORDER BY a.member_id FOR UPDATE`,
  );
}

export interface Mark {
  memberId: number;
  status: StudyAttendance;
  reason: string | null;
  point: string | null;
}

export async function record(db: Db, sessionId: number, marks: readonly Mark[], by: number): Promise<void> {
  await db.execute(sql`UPDATE study_attendance a
      SET status = x.status, reason = x.reason, point = x.point, checked_by = ${by}, checked_at = now()
     FROM unnest(${array(marks.map((m) => m.memberId))}::integer[], ${array(marks.map((m) => m.status))}::text[],
                 ${sql.param(marks.map((m) => m.reason))}::text[], ${sql.param(marks.map((m) => m.point))}::text[])
          AS x(member_id, status, reason, point)
    WHERE a.session_id = ${sessionId} AND a.member_id = x.member_id`);
}
