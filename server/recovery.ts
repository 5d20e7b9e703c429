// What a start does after an unclean stop (kill -9, power cut): temp files of uploads in flight are
// deleted, stored files whose row never committed are removed, and files whose text extraction was
// interrupted are queued again.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rows } from './db/sql.ts';
import type { Deps } from './deps.ts';
import { sweepIntents } from './files/references.ts';

export async function recoverAfterCrash(
  deps: Deps,
): Promise<{ tempFiles: number; orphanFiles: number; requeued: number }> {
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
  let requeued = 0;
  if (deps.jobs.started) {
    const pending = await rows<{ id: number }>(
      deps.database.db,
      sql`SELECT f.id FROM document_files f WHERE f.extraction IN ('pending', 'ocr_pending')
           AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = 'documents.extract'
                            AND j.state IN ('created', 'retry', 'active') AND (j.data->>'fileId')::bigint = f.id)`,
    );
    for (const f of pending) {
      await deps.jobs.send('documents.extract', { fileId: Number(f.id) });
      requeued++;
    }
  }
  if (tempFiles || orphanFiles || requeued)
    deps.log.warn({ tempFiles, orphanFiles, requeued }, 'recovered after an unclean stop');
  return { tempFiles, orphanFiles, requeued };
}
