// What a start does after an unclean stop (kill -9, power cut): temp files of uploads in flight are
// deleted, stored files whose row never committed are removed, and jobs cut off mid-run are retried
// at once.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from './deps.ts';
import { sweepIntents } from './files/references.ts';

export async function recoverAfterCrash(
  deps: Deps,
  startedAt: Date = new Date(),
): Promise<{ tempFiles: number; orphanFiles: number; interrupted: number }> {
  const tmp = path.join(deps.config.dataDir, 'tmp');
  let tempFiles = 0;
  try {
    for (const name of await readdir(tmp)) {
      await rm(path.join(tmp, name), { force: true, recursive: true });
      tempFiles++;
    }
  } catch {
    // no tmp directory yet
  }
  const orphanFiles = await sweepIntents(deps.database.db, (sha) => deps.files.remove(sha));
  // Jobs are created in the transaction of the change that needs them, so none is lost; one cut off
  // mid-run is retried now rather than after its expiry.
  const interrupted = deps.jobs.started ? await deps.jobs.retryInterrupted(startedAt) : 0;
  if (tempFiles || orphanFiles || interrupted) {
    deps.log.warn({ tempFiles, orphanFiles, interrupted }, 'recovered after an unclean stop');
  }
  return { tempFiles, orphanFiles, interrupted };
}
