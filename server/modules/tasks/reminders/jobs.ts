// The daily reminder job, defined from server/jobs-registry.ts: the system runs the reminders.
import { todayVn } from '../../../../domain/dates.ts';
import { systemCtx } from '../../../auth/actor.ts';
import type { Deps } from '../../../deps.ts';
import { runTaskReminders } from './service.ts';

export const REMINDER_QUEUE = 'tasks.reminders';

export function defineTaskJobs(deps: Deps): void {
  deps.jobs.define(
    REMINDER_QUEUE,
    async (data: { today?: string }) => {
      await runTaskReminders(deps, systemCtx('job:tasks.reminders'), { today: data?.today ?? todayVn() });
    },
    { cron: '0 6 * * *', retryLimit: 2 },
  );
}
