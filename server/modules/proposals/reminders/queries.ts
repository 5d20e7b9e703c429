// SQL of the consultation reminders: consulted units and people of open rounds who have not answered
// and whose deadline is near or past, in batches, and the key of the last reminder each received.
import { sql } from 'drizzle-orm';
import { addDays, REMINDER_DAYS_BEFORE } from '../../../../domain/tasks.ts';
import type { Db } from '../../../db/client.ts';
import { array, rows, run } from '../../../db/sql.ts';

export interface Candidate {
  id: number;
  proposal_id: number;
  title: string;
  lead_name: string;
  version: number;
  org_id: number | null;
  user_id: number | null;
  due_on: string;
  last_reminder: string | null;
}

export function candidates(db: Db, today: string, afterId: number, limit: number) {
  return rows<Candidate>(
    db,
    sql`SELECT t.id, p.id AS proposal_id, p.title, o.name AS lead_name, v.number AS version, t.org_id, t.user_id,
               t.due_on::text AS due_on, t.last_reminder
          FROM proposal_round_targets t
          JOIN proposal_rounds r ON r.id = t.round_id AND r.closed_at IS NULL
          JOIN proposal_versions v ON v.id = r.version_id
          JOIN proposals p ON p.id = r.proposal_id AND p.stage NOT IN ('issue', 'follow_up')
          JOIN orgs o ON o.id = p.org_id
         WHERE t.due_on <= ${addDays(today, REMINDER_DAYS_BEFORE)}::date
           AND t.last_reminder IS DISTINCT FROM ('overdue:' || t.due_on::text)
           AND NOT EXISTS (SELECT 1 FROM proposal_comments c WHERE c.target_id = t.id)
           AND t.id > ${afterId}
         ORDER BY t.id LIMIT ${limit}`,
  );
}

export async function setReminders(db: Db, ids: readonly number[], keys: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return run(
    db,
    sql`UPDATE proposal_round_targets t SET last_reminder = v.key
          FROM unnest(${array(ids)}::integer[], ${array(keys)}::text[]) AS v(id, key)
         WHERE t.id = v.id`,
  );
}
