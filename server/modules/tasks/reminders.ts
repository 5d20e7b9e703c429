// Deadline reminders: a daily job (06:00 Vietnam time) and the same function callable directly. Each
// open task gets one notice 3 days before its deadline (or as soon as it falls within 3 days), one on
// the day and one once overdue (if it became overdue within OVERDUE_NOTICE_DAYS: old deadlines entered
// after the fact are recorded silently); the assignee receives it, or the leaders of the holding unit when no
// one is assigned. The key of the last reminder is kept on the task, so a run only touches tasks that
// need a new notice, and an extension (new deadline) brings fresh ones.
import { sql } from 'drizzle-orm';
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import {
  addDays,
  daysBetween,
  REMINDER_DAYS_BEFORE,
  reminderFor,
  reminderTitle,
} from '../../../domain/tasks.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Deps } from '../../deps.ts';
import { notify } from '../notifications/service.ts';
import * as q from './queries.ts';
import { taskLink } from './service.ts';

export const REMINDER_QUEUE = 'tasks.reminders';
const BATCH = 500;

interface Candidate {
  id: number;
  title: string;
  owner_org_id: number;
  org_name: string;
  assignee_id: number | null;
  due_on: string;
  progress: number;
  last_reminder: string | null;
}

function candidates(db: Db, today: string, afterId: number) {
  return rows<Candidate>(
    db,
    sql`SELECT t.id, t.title, t.owner_org_id, o.name AS org_name, t.assignee_id, t.due_on::text AS due_on,
               t.progress, t.last_reminder
          FROM tasks t JOIN orgs o ON o.id = t.owner_org_id
         WHERE t.progress < 100 AND t.due_on <= ${addDays(today, REMINDER_DAYS_BEFORE)}::date
           AND t.last_reminder IS DISTINCT FROM ('overdue:' || t.due_on::text)
           AND t.id > ${afterId}
         ORDER BY t.id LIMIT ${BATCH}`,
  );
}

export interface ReminderRun {
  today: string;
  tasks: number;
  notices: number;
}

/** Sends the reminders due on `today` (default: today in Vietnam). Safe to run any number of times. */
export async function runTaskReminders(deps: Deps, today: string = todayVn()): Promise<ReminderRun> {
  let afterId = 0;
  let tasks = 0;
  let notices = 0;
  for (;;) {
    const batch = await candidates(deps.database.db, today, afterId);
    if (batch.length === 0) break;
    afterId = batch[batch.length - 1]?.id ?? afterId;
    // One transaction per batch: the notices and the keys that record them commit together.
    await deps.database.db.transaction(async (tx) => {
      const ids: number[] = [];
      const keys: string[] = [];
      for (const t of batch) {
        const r = reminderFor({ progress: t.progress, dueOn: t.due_on }, today);
        if (!r || r.key === t.last_reminder) continue;
        ids.push(t.id);
        keys.push(r.key);
        if (r.silent) continue;
        const notice = {
          kind: `task.${r.kind}`,
          title: reminderTitle(r.kind, t.title, daysBetween(today, t.due_on)),
          body: `Hạn ${formatDateVi(t.due_on)} — ${t.org_name}`,
          link: taskLink(t.id),
          entity: 'task',
          entityId: t.id,
          dedupeKey: `task:${t.id}:${r.key}`,
        };
        let sent = t.assignee_id ? await notify(tx, { userIds: [t.assignee_id] }, notice) : 0;
        if (sent === 0) sent = await notify(tx, { orgId: t.owner_org_id, roles: ['leader'] }, notice);
        notices += sent;
      }
      tasks += await q.setReminders(tx, ids, keys);
    });
  }
  deps.log.info({ today, tasks, notices }, 'task reminders sent');
  return { today, tasks, notices };
}

/** The daily reminder job; called from server/jobs-registry.ts. */
export function defineTaskJobs(deps: Deps): void {
  deps.jobs.define(
    REMINDER_QUEUE,
    async (data: { today?: string }) => {
      await runTaskReminders(deps, data?.today ?? todayVn());
    },
    { cron: '0 6 * * *', retryLimit: 2 },
  );
}
