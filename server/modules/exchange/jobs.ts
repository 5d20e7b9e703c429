// The exchange's background work: one delivery try per package (queued with it, re-queued with a
// growing delay after a failure) and a sweep every minute for any pending package whose job was lost.
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { DELIVER_QUEUE, SWEEP_QUEUE } from './outbox/queue.ts';
import { deliverDue, deliverOne } from './outbox/service.ts';

export function defineExchangeJobs(deps: Deps): void {
  deps.jobs.define<{ id: number }>(
    DELIVER_QUEUE,
    async (data) => {
      await deliverOne(deps, systemCtx(`job:${DELIVER_QUEUE}`), data.id);
    },
    { retryLimit: 0, expireInSeconds: 30 * 60 },
  );
  deps.jobs.define<Record<string, never>>(
    SWEEP_QUEUE,
    async () => {
      await deliverDue(deps, systemCtx(`job:${SWEEP_QUEUE}`));
    },
    { retryLimit: 0, expireInSeconds: 30 * 60, cron: '* * * * *' },
  );
}
