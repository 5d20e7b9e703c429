// The archives area at start, in every process (server, CLI, tests): its queues — OCR of digitised
// documents, and the weekly fixity check (cron) — and the record guard the documents area consults.
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { registerRecordGuard } from '../documents/access.ts';
import { DIGITISE_QUEUE } from './digitise.ts';
import { runDigitiseItem } from './digitise-job.ts';
import { recordGuard } from './files.ts';
import { FIXITY_CRON, FIXITY_QUEUE, runFixity } from './fixity.ts';

export function defineArchiveJobs(deps: Deps): void {
  registerRecordGuard(recordGuard);
  deps.jobs.define<{ itemId: number }>(DIGITISE_QUEUE, (data) => runDigitiseItem(deps, data.itemId), {
    retryLimit: 2,
    expireInSeconds: 30 * 60,
  });
  deps.jobs.define<{ trigger?: string }>(
    FIXITY_QUEUE,
    async (data) => {
      await runFixity(deps, systemCtx(`job:${FIXITY_QUEUE}`), { trigger: data?.trigger ?? 'weekly' });
    },
    { retryLimit: 1, expireInSeconds: 6 * 3600, cron: FIXITY_CRON },
  );
}
