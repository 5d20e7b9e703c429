// The archives area's queues, in every process (server, CLI, tests): OCR of digitised documents, and
// the weekly fixity check (cron). Both run as the system.
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { DIGITISE_QUEUE, runDigitiseItem } from './digitise/service.ts';
import { FIXITY_CRON, FIXITY_QUEUE, runFixity } from './fixity/service.ts';

export function defineArchiveJobs(deps: Deps): void {
  deps.jobs.define<{ itemId: number }>(
    DIGITISE_QUEUE,
    (data) => runDigitiseItem(deps, systemCtx(`job:${DIGITISE_QUEUE}`), data.itemId),
    { retryLimit: 2, expireInSeconds: 30 * 60 },
  );
  deps.jobs.define<{ trigger?: string }>(
    FIXITY_QUEUE,
    async (data) => {
      await runFixity(deps, systemCtx(`job:${FIXITY_QUEUE}`), { trigger: data?.trigger ?? 'weekly' });
    },
    { retryLimit: 1, expireInSeconds: 6 * 3600, cron: FIXITY_CRON },
  );
}
