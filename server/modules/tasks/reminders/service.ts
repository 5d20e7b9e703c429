// Deadline reminders: a daily job (06:00 Vietnam time, jobs.ts) and the same function run on demand.
// Each open task gets one notice 3 days before its deadline (or as soon as it falls within 3 days),
// one on the day and one once overdue (if it became overdue within OVERDUE_NOTICE_DAYS: old deadlines
// entered after the fact are recorded silently); the assignee receives it, or the leaders of the
// holding unit when no one is assigned. The key of the last reminder is kept on the task, so a run
// only touches tasks that need a new notice, and an extension (new deadline) brings fresh ones.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { daysBetween, reminderFor, reminderTitle } from '../../../../domain/tasks.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho } from '../../../auth/authorize.ts';
import type { Deps } from '../../../deps.ts';
import { notify } from '../../notifications/service.ts';
import { taskLink } from '../notices.ts';
import type { TaskReminderRun } from './presenter.ts';
import * as q from './queries.ts';

const BATCH = 500;

/** Sends the reminders due on `today` (default: today in Vietnam). Safe to run any number of times. */
export async function runTaskReminders(
  deps: Deps,
  ctx: RequestCtx,
  input: { today?: string | undefined } = {},
): Promise<TaskReminderRun> {
  authorizeWho(ctx, 'settings.manage');
  const today = input.today ?? todayVn();
  let afterId = 0;
  let tasks = 0;
  let notices = 0;
  for (;;) {
    const batch = await q.candidates(deps.database.db, today, afterId, BATCH);
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
