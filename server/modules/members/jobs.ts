// Background work of the members area: the daily reminder that a probationary member's recognition
// as a full member is due (admission/service.ts, remindProbation), run with the system's authority.
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { remindProbation } from './admission/service.ts';

export const PROBATION_QUEUE = 'members.probation-reminders';

export function defineMemberJobs(deps: Deps): void {
  deps.jobs.define(
    PROBATION_QUEUE,
    async () => {
      await remindProbation(deps, systemCtx(`job:${PROBATION_QUEUE}`));
    },
    { cron: '0 7 * * *', retryLimit: 2 },
  );
}
