// SQL of the minutes, the resolution and its tasks, the report up, the previous resolution of a unit
// (the carry-over) and the quality score.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';

export async function setMinutes(
  db: Db,
  id: number,
  m: { startsAt: string; endsAt: string | null; discussion: string | null; conclusion: string | null },
): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET starts_at = ${m.startsAt}::timestamptz, ends_at = ${m.endsAt}::timestamptz,
          minutes_discussion = ${m.discussion}, minutes_conclusion = ${m.conclusion}, minutes_at = now(),
          status = CASE WHEN status IN ('planned', 'notified') THEN 'held' ELSE status END, updated_at = now()
        WHERE id = ${id}::integer`,
  );
}

export interface TaskLineRow {
  id: number;
  position: number;
  title: string;
  owner_member_id: number | null;
  owner_name: string;
  due_on: string;
  task_id: number | null;
}

export function tasksOf(db: Db, meetingId: number) {
  return rows<TaskLineRow>(
    db,
    sql`SELECT id, position, title, owner_member_id, owner_name, due_on::text AS due_on, task_id FROM meeting_tasks
         WHERE meeting_id = ${meetingId}::integer ORDER BY position`,
  );
}

export async function setDraft(
  db: Db,
  id: number,
  d: { results: string; directions: string | null },
  tasks: readonly { title: string; ownerMemberId: number | null; ownerName: string; dueOn: string }[],
): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET resolution_results = ${d.results}, resolution_directions = ${d.directions}, updated_at = now()
         WHERE id = ${id}::integer`,
  );
  await run(db, sql`DELETE FROM meeting_tasks WHERE meeting_id = ${id}::integer`);
  let position = 0;
  for (const t of tasks) {
    await run(
      db,
      sql`INSERT INTO meeting_tasks (meeting_id, position, title, owner_member_id, owner_name, due_on)
          VALUES (${id}, ${++position}, ${t.title}, ${t.ownerMemberId}, ${t.ownerName}, ${t.dueOn}::date)`,
    );
  }
}

export async function markIssued(
  db: Db,
  id: number,
  r: { number: number; symbol: string; documentId: number; on: string },
): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET resolution_number = ${r.number}, resolution_symbol = ${r.symbol},
          resolution_document_id = ${r.documentId}, resolution_on = ${r.on}::date, resolved_at = now(),
          status = 'resolved', updated_at = now()
        WHERE id = ${id}::integer`,
  );
}

export async function setTaskId(db: Db, lineId: number, taskId: number): Promise<void> {
  await run(db, sql`UPDATE meeting_tasks SET task_id = ${taskId} WHERE id = ${lineId}::integer`);
}

export async function markReported(db: Db, id: number, note: string | null): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET reported_at = now(), report_note = ${note}, status = 'reported', updated_at = now()
         WHERE id = ${id}::integer`,
  );
}

/**
 * The unit's latest meeting before the given one (by day, time, id) whose resolution was issued: its
 * unfinished tasks come back on the next agenda.
 */
export function previousResolved(
  db: Db,
  orgId: number,
  before: { on: string; startsAt: string; id: number },
) {
  return one<{ id: number; title: string; meeting_on: string; resolution_symbol: string | null }>(
    db,
    sql`SELECT id, title, meeting_on::text AS meeting_on, resolution_symbol FROM meetings
         WHERE org_id = ${orgId}::integer AND resolution_symbol IS NOT NULL AND status <> 'cancelled'
           AND (meeting_on, starts_at, id) < (${before.on}::date, ${before.startsAt}::timestamptz, ${before.id}::integer)
         ORDER BY meeting_on DESC, starts_at DESC, id DESC LIMIT 1`,
  );
}

export async function setQuality(
  db: Db,
  id: number,
  q: { scores: Record<string, number>; total: number; grade: string },
): Promise<void> {
  await run(
    db,
    sql`UPDATE meetings SET quality_scores = ${JSON.stringify(q.scores)}::jsonb, quality_total = ${q.total},
          quality_grade = ${q.grade}, quality_at = now(), updated_at = now()
        WHERE id = ${id}::integer`,
  );
}
