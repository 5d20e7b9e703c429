// The documents area's background work: text extraction and OCR of uploaded files.
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { EXTRACT_QUEUE, runExtraction } from './files/service.ts';

export function defineDocumentJobs(deps: Deps): void {
  deps.jobs.define<{ fileId: number }>(
    EXTRACT_QUEUE,
    (data) => runExtraction(deps, systemCtx(`job:${EXTRACT_QUEUE}`), data.fileId),
    { retryLimit: 2, expireInSeconds: 30 * 60 },
  );
}
