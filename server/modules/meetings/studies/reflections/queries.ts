// SQL of written reflections (bài thu hoạch): the newest of each member of a main session, one
// submission, a new version, the mark.
import { sql } from 'drizzle-orm';
import type { ReflectionGrade } from '../../../../../domain/studies/labels.ts';
import type { Db } from '../../../../db/client.ts';
import { array, one, rows } from '../../../../db/sql.ts';

export interface ReflectionRow {
  id: number;
  session_id: number;
  member_id: number;
  version: number;
  name: string;
  mime: string;
  size: number | string;
  sha256: string;
  text_chars: number;
  submitted_by_name: string | null;
  submitted_at: string;
  grade: ReflectionGrade | null;
  score: number | null;
  comment: string | null;
  marked_by_name: string | null;
  marked_at: string | null;
}

const COLS = sql`r.id, r.session_id, r.member_id, r.version, r.name, r.mime, r.size, r.sha256, r.text_chars,
  su.full_name AS submitted_by_name, r.submitted_at, r.grade, r.score::float8 AS score, r.comment,
  mu.full_name AS marked_by_name, r.marked_at`;
const FROM = sql`study_reflections r LEFT JOIN users su ON su.id = r.submitted_by LEFT JOIN users mu ON mu.id = r.marked_by`;

/** The newest reflection of each of these members at a main session. */
export function newest(db: Db, sessionId: number, memberIds: readonly number[]) {
  if (memberIds.length === 0) return Promise.resolve([] as ReflectionRow[]);
  return rows<ReflectionRow>(
    db,
    sql`SELECT DISTINCT ON (r.member_id) ${COLS} FROM ${FROM}
         WHERE r.session_id = ${sessionId} AND r.member_id = ANY(${array(memberIds)}::integer[])
         ORDER BY r.member_id, r.version DESC`,
  );
}

/** Every version a member submitted at a session, newest first. */
export function versionsOf(db: Db, sessionId: number, memberId: number) {
  return rows<ReflectionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE r.session_id = ${sessionId} AND r.member_id = ${memberId}
         ORDER BY r.version DESC`,
  );
}

export function byId(db: Db, sessionId: number, id: number) {
  return one<ReflectionRow>(
    db,
    sql`SELECT ${COLS} FROM ${FROM} WHERE r.session_id = ${sessionId} AND r.id = ${id}`,
  );
}

export async function lockMember(db: Db, sessionId: number, memberId: number): Promise<void> {
  await db.execute(
    sql`SELECT 1 FROM study_attendance WHERE session_id = ${sessionId} AND member_id = ${memberId} FOR UPDATE`,
  );
}

export async function lockOne(db: Db, id: number): Promise<void> {
  await db.execute(sql`SELECT id FROM study_reflections WHERE id = ${id} FOR UPDATE`);
}

/** The member's row at a session: expected there, and the unit it was counted in. */
export function expected(db: Db, sessionId: number, memberId: number) {
  return one<{ member_id: number; member_name: string; member_org_id: number }>(
    db,
    sql`SELECT member_id, member_name, member_org_id FROM study_attendance
         WHERE session_id = ${sessionId} AND member_id = ${memberId}`,
  );
}

export async function insert(
  db: Db,
  r: {
    sessionId: number;
    memberId: number;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    text: string | null;
    by: number;
  },
): Promise<number> {
  const row = await one<{ id: number }>(
    db,
    sql`INSERT INTO study_reflections (session_id, member_id, version, name, mime, size, sha256, text, text_chars, submitted_by)
        SELECT ${r.sessionId}, ${r.memberId}, coalesce(max(x.version), 0) + 1, ${r.name}, ${r.mime}, ${r.size},
               ${r.sha256}, ${r.text}, ${r.text?.length ?? 0}, ${r.by}
          FROM study_reflections x WHERE x.session_id = ${r.sessionId} AND x.member_id = ${r.memberId}
        RETURNING id`,
  );
  if (!row) throw new Error('insert reflection returned nothing');
  return row.id;
}

export async function mark(
  db: Db,
  id: number,
  m: { grade: ReflectionGrade; score: number | null; comment: string | null; by: number },
): Promise<void> {
  await db.execute(sql`UPDATE study_reflections SET grade = ${m.grade}, score = ${m.score}::numeric,
      comment = ${m.comment}, marked_by = ${m.by}, marked_at = now() WHERE id = ${id}`);
}
