// The daily reminder job of the reporting calendar, defined from server/jobs-registry.ts.
import { todayVn } from '../../../../domain/dates.ts';
import { systemCtx } from '../../../auth/actor.ts';
import type { Deps } from '../../../deps.ts';
import { runReminders } from './service.ts';

export const INTEL_REMINDER_QUEUE = 'intel.reminders';

export function defineIntelJobs(deps: Deps): void {
  deps.jobs.define(
    INTEL_REMINDER_QUEUE,
    async (data: { today?: string }) => {
      await runReminders(deps, systemCtx('job:intel.reminders'), { today: data?.today ?? todayVn() });
    },
    { cron: '0 7 * * *', retryLimit: 2 },
  );
}
