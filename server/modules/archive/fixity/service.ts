// Fixity: every stored file is read again and hashed; a file whose content no longer matches the
// hash it is stored under is corrupt, a hash some row references but the store lacks is missing, and
// a stored file no row references is unreferenced (left by a crash between storing and committing,
// or by a failed upload). Run weekly by the job `archive.fixity` and by `vanphong archive fixity`
// (both as the system); the last report is shown to admins. With `sweep`, unreferenced files older
// than a day are deleted.
import { createHash } from 'node:crypto';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho } from '../../../auth/authorize.ts';
import { type Deps, transact } from '../../../deps.ts';
import { isReferenced } from '../../../files/references.ts';
import { recordAudit } from '../../audit/service.ts';
import {
  type ArchiveFixityOverview,
  type ArchiveFixityQueued,
  type FixityReport,
  presentOverview,
  presentRun,
} from './presenter.ts';
import * as q from './queries.ts';

export type { FixityReport };

export const FIXITY_QUEUE = 'archive.fixity';
/** Sunday 02:00, Vietnam time. */
export const FIXITY_CRON = '0 2 * * 0';
const SWEEP_AFTER_MS = 24 * 3600_000;

async function hashOf(deps: Deps, sha: string): Promise<{ hash: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of deps.files.read(sha)) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { hash: h.digest('hex'), size };
}

export async function runFixity(
  deps: Deps,
  ctx: RequestCtx,
  opts: {
    trigger: string;
    sweep?: boolean;
    onProgress?: (done: number, total: number, bytes: number) => void;
  },
): Promise<FixityReport> {
  authorizeWho(ctx, 'archive.fixity');
  const started = new Date();
  const db = deps.database.db;
  const refs = await q.referencedHashes(db);
  const seen = new Set<string>();
  const corrupt: q.FixityProblem[] = [];
  const unreferenced: q.UnreferencedFile[] = [];
  let checked = 0;
  let bytes = 0;
  const total = refs.size;
  for await (const sha of deps.files.list()) {
    seen.add(sha);
    const r = refs.get(sha);
    if (!r) {
      const [size, modifiedAt] = await Promise.all([deps.files.size(sha), deps.files.modifiedAt(sha)]);
      unreferenced.push({ sha256: sha, size, modifiedAt: modifiedAt.toISOString() });
      continue;
    }
    try {
      const { hash, size } = await hashOf(deps, sha);
      bytes += size;
      if (hash !== sha) corrupt.push({ sha256: sha, refs: r, size, actual: hash });
    } catch (err) {
      corrupt.push({
        sha256: sha,
        refs: r,
        actual: `unreadable: ${String((err as Error).message ?? err).slice(0, 200)}`,
      });
    }
    checked++;
    opts.onProgress?.(checked, total, bytes);
  }
  const missing = [...refs].filter(([sha]) => !seen.has(sha)).map(([sha256, r]) => ({ sha256, refs: r }));
  let swept = 0;
  if (opts.sweep) {
    const cutoff = Date.now() - SWEEP_AFTER_MS;
    for (const u of unreferenced) {
      if (new Date(u.modifiedAt).getTime() > cutoff) continue;
      // Checked again: a row may have appeared since the list was read.
      if (await isReferenced(db, u.sha256)) continue;
      await deps.files.remove(u.sha256);
      swept++;
    }
  }
  const ok = missing.length === 0 && corrupt.length === 0;
  return transact(deps, async (tx) => {
    const id = await q.insertRun(tx, {
      trigger: opts.trigger,
      store: deps.files.label,
      startedAt: started.toISOString(),
      referenced: refs.size,
      checked,
      bytes,
      missing,
      corrupt,
      unreferenced: unreferenced.slice(0, 1000),
      swept,
      ok,
    });
    await recordAudit(tx, ctx, {
      action: 'archive.fixity',
      entity: 'archive_fixity_run',
      entityId: id,
      after: {
        trigger: opts.trigger,
        checked,
        missing: missing.length,
        corrupt: corrupt.length,
        unreferenced: unreferenced.length,
        swept,
        ok,
      },
    });
    return presentRun((await q.runById(tx, id)) as q.RunRow);
  });
}

/** The newest report, and the last ten runs. */
export async function lastReport(deps: Deps, ctx: RequestCtx): Promise<ArchiveFixityOverview> {
  authorizeWho(ctx, 'archive.fixity');
  const db = deps.database.db;
  return presentOverview(await q.lastRun(db), await q.recentRuns(db));
}

/** Queues a check now (the admin's button); the server's worker runs it. */
export async function requestFixity(deps: Deps, ctx: RequestCtx): Promise<ArchiveFixityQueued> {
  const who = authorizeWho(ctx, 'archive.fixity');
  return transact(deps, async (tx) => {
    const id = await deps.jobs.send(
      FIXITY_QUEUE,
      { trigger: `admin:${who?.username ?? 'system'}` },
      { tx, singletonKey: 'fixity' },
    );
    await recordAudit(tx, ctx, {
      action: 'archive.fixity_request',
      entity: 'archive_fixity_run',
      after: { jobId: id },
    });
    return { queued: id !== null };
  });
}
