// SQL of the deadline reminders: the open tasks that may need a notice, in batches, and the key of
// the last notice each received.
import { sql } from 'drizzle-orm';
import { addDays, REMINDER_DAYS_BEFORE } from '../../../../domain/tasks.ts';
import type { Db } from '../../../db/client.ts';
import { array, rows, run } from '../../../db/sql.ts';

export interface Candidate {
  id: number;
  title: string;
  owner_org_id: number;
  org_name: string;
  assignee_id: number | null;
  due_on: string;
  progress: number;
  last_reminder: string | null;
}

/** Open tasks due within the reminder window that have not had their overdue notice, after an id. */
export function candidates(db: Db, today: string, afterId: number, limit: number) {
  return rows<Candidate>(
    db,
    sql`SELECT t.id, t.title, t.owner_org_id, o.name AS org_name, t.assignee_id, t.due_on::text AS due_on,
               t.progress, t.last_reminder
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE t.progress < 100 AND t.due_on <= ${addDays(today, REMINDER_DAYS_BEFORE)}::date
           AND t.last_reminder IS DISTINCT FROM ('overdue:' || t.due_on::text)
           AND t.id > ${afterId}
         ORDER BY t.id LIMIT ${limit}`,
  );
}

export async function setReminders(db: Db, ids: readonly number[], keys: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return run(
    db,
    sql`UPDATE tasks t SET last_reminder = v.key
          FROM unnest(${array(ids)}::integer[], ${array(keys)}::text[]) AS v(id, key)
         WHERE t.id = v.id`,
  );
}
