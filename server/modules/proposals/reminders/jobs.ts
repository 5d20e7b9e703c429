// The daily consultation reminder job, defined from server/jobs-registry.ts: the system runs it.
import { todayVn } from '../../../../domain/dates.ts';
import { systemCtx } from '../../../auth/actor.ts';
import type { Deps } from '../../../deps.ts';
import { runProposalReminders } from './service.ts';

export const PROPOSAL_REMINDER_QUEUE = 'proposals.reminders';

export function defineProposalJobs(deps: Deps): void {
  deps.jobs.define(
    PROPOSAL_REMINDER_QUEUE,
    async (data: { today?: string }) => {
      await runProposalReminders(deps, systemCtx('job:proposals.reminders'), {
        today: data?.today ?? todayVn(),
      });
    },
    { cron: '15 6 * * *', retryLimit: 2 },
  );
}
