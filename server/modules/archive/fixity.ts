// Fixity: every stored file is read again and hashed; a file whose content no longer matches the
// hash it is stored under is corrupt, a hash some row references but the store lacks is missing, and
// a stored file no row references is unreferenced (left by a crash between storing and committing,
// or by a failed upload). Run weekly by the job `archive.fixity` and by `vanphong archive fixity`;
// the last report is shown to admins. With `sweep`, unreferenced files older than a day are deleted.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { FILE_COLUMNS, isReferenced } from '../../files/references.ts';
import { recordAudit } from '../audit/service.ts';
import { may, type Who } from './access.ts';

export const FIXITY_QUEUE = 'archive.fixity';
/** Sunday 02:00, Vietnam time. */
export const FIXITY_CRON = '0 2 * * 0';
const SWEEP_AFTER_MS = 24 * 3600_000;

/**
 * Every (hash, referencing row) from the registry of file columns (server/files/references.ts):
 * "document:<id>" for a document's files, "<table>:<id>" otherwise.
 */
function referenceRows() {
  return sql.join(
    FILE_COLUMNS.map((c) => {
      const t = sql.raw(`"${c.table}"`);
      const col = sql.raw(`"${c.column}"`);
      return c.table === 'document_files'
        ? sql`SELECT ${col} AS sha256, 'document:' || document_id AS ref FROM ${t} WHERE ${col} IS NOT NULL`
        : sql`SELECT ${col} AS sha256, ${`${c.table}:`} || id AS ref FROM ${t} WHERE ${col} IS NOT NULL`;
    }),
    sql` UNION ALL `,
  );
}

export interface FixityProblem {
  sha256: string;
  /** Rows that reference it, e.g. "document:12" (a document's file), "task_files:3". */
  refs: string[];
  size?: number;
  actual?: string;
}

export interface FixityReport {
  id: number;
  trigger: string;
  store: string;
  startedAt: string | null;
  finishedAt: string | null;
  referenced: number;
  checked: number;
  bytes: number;
  missing: FixityProblem[];
  corrupt: FixityProblem[];
  unreferenced: { sha256: string; size: number; modifiedAt: string }[];
  swept: number;
  ok: boolean;
  seconds: number | null;
}

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
  const started = new Date();
  const db = deps.database.db;
  const refRows = await rows<{ sha256: string; refs: string[] }>(
    db,
    sql`SELECT sha256, array_agg(ref ORDER BY ref) AS refs FROM (${referenceRows()}) r GROUP BY sha256`,
  );
  const refs = new Map(refRows.map((r) => [r.sha256, (r.refs ?? []).slice(0, 20)]));
  const seen = new Set<string>();
  const corrupt: FixityProblem[] = [];
  const unreferenced: FixityReport['unreferenced'] = [];
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
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_fixity_runs (trigger, store, started_at, referenced, checked, bytes, missing, corrupt, unreferenced, swept, ok)
          VALUES (${opts.trigger}, ${deps.files.label}, ${started.toISOString()}::timestamptz, ${refs.size}, ${checked}, ${bytes},
                  ${JSON.stringify(missing)}::jsonb, ${JSON.stringify(corrupt)}::jsonb, ${JSON.stringify(unreferenced.slice(0, 1000))}::jsonb,
                  ${swept}, ${ok})
          RETURNING id`,
    )) as { id: number };
    await recordAudit(tx, ctx, {
      action: 'archive.fixity',
      entity: 'archive_fixity_run',
      entityId: Number(row.id),
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
    return (await reportById(tx, Number(row.id))) as FixityReport;
  });
}

interface RunRow {
  id: number;
  trigger: string;
  store: string;
  started_at: string;
  finished_at: string;
  referenced: number;
  checked: number;
  bytes: number;
  missing: FixityProblem[];
  corrupt: FixityProblem[];
  unreferenced: FixityReport['unreferenced'];
  swept: number;
  ok: boolean;
}

function present(r: RunRow): FixityReport {
  const startedAt = toIso(r.started_at);
  const finishedAt = toIso(r.finished_at);
  return {
    id: Number(r.id),
    trigger: r.trigger,
    store: r.store,
    startedAt,
    finishedAt,
    referenced: r.referenced,
    checked: r.checked,
    bytes: Number(r.bytes),
    missing: r.missing,
    corrupt: r.corrupt,
    unreferenced: r.unreferenced,
    swept: r.swept,
    ok: r.ok,
    seconds:
      startedAt && finishedAt
        ? Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 100) / 10
        : null,
  };
}

async function reportById(db: Db, id: number) {
  const r = await one<RunRow>(db, sql`SELECT * FROM archive_fixity_runs WHERE id = ${id}`);
  return r ? present(r) : null;
}

/** The newest report, and whether a check is queued or running now. */
export async function lastReport(db: Db, who: Who) {
  may(who, 'archive.fixity');
  const r = await one<RunRow>(db, sql`SELECT * FROM archive_fixity_runs ORDER BY id DESC LIMIT 1`);
  const history = await rows<{ id: number; finished_at: string; ok: boolean; checked: number }>(
    db,
    sql`SELECT id, finished_at, ok, checked FROM archive_fixity_runs ORDER BY id DESC LIMIT 10`,
  );
  return {
    report: r ? present(r) : null,
    history: history.map((h) => ({
      id: Number(h.id),
      finishedAt: toIso(h.finished_at),
      ok: h.ok,
      checked: h.checked,
    })),
    schedule: 'Chủ nhật hằng tuần, 02:00',
  };
}

/** Queues a check now (the admin's button); the server's worker runs it. */
export async function requestFixity(deps: Deps, ctx: RequestCtx) {
  may(ctx.actor, 'archive.fixity');
  return transact(deps, async (tx) => {
    const id = await deps.jobs.send(
      FIXITY_QUEUE,
      { trigger: `admin:${ctx.actor?.username ?? 'system'}` },
      {
        tx,
        singletonKey: 'fixity',
      },
    );
    await recordAudit(tx, ctx, {
      action: 'archive.fixity_request',
      entity: 'archive_fixity_run',
      after: { jobId: id },
    });
    return { queued: id !== null };
  });
}
