// SQL of a task's files: one file, and a new one (linked to a report of the same task, if named).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';
import type { FileRow } from '../queries.ts';

export function file(db: Db, taskId: number, fileId: number) {
  return one<FileRow>(
    db,
    sql`SELECT f.id, f.task_id, f.event_id, f.name, f.mime, f.size, f.sha256, u.full_name AS created_by_name,
               f.created_at
          FROM task_files f LEFT JOIN users u ON u.id = f.created_by
         WHERE f.task_id = ${taskId} AND f.id = ${fileId}`,
  );
}

export async function insertFile(
  db: Db,
  f: {
    taskId: number;
    eventId: number | null;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    by: number;
  },
): Promise<number> {
  const row = await one<{ id: string | number }>(
    db,
    sql`INSERT INTO task_files (task_id, event_id, name, mime, size, sha256, created_by)
        SELECT ${f.taskId}, e.id, ${f.name}, ${f.mime}, ${f.size}, ${f.sha256}, ${f.by}
          FROM (SELECT ${f.eventId}::bigint AS wanted) w
          LEFT JOIN task_events e ON e.id = w.wanted AND e.task_id = ${f.taskId}
        RETURNING id`,
  );
  return Number(row?.id);
}
