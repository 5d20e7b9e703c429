// JSON shapes of fixity reports.
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { RunRow } from './queries.ts';

const int = z.number().int();

const FixityProblem = z.object({
  sha256: z.string(),
  /** Rows that reference it, e.g. "document:12", "task_files:3". */
  refs: z.array(z.string()),
  size: int.optional(),
  /** The hash the content has now, or why it could not be read. */
  actual: z.string().optional(),
});

export const ArchiveFixityReport = z
  .object({
    id: int,
    trigger: z.string(),
    store: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    referenced: int,
    checked: int,
    bytes: int,
    missing: z.array(FixityProblem),
    corrupt: z.array(FixityProblem),
    unreferenced: z.array(z.object({ sha256: z.string(), size: int, modifiedAt: z.string() })),
    swept: int,
    ok: z.boolean(),
    seconds: z.number().nullable(),
  })
  .openapi('ArchiveFixityReport');
export type FixityReport = z.infer<typeof ArchiveFixityReport>;

export function presentRun(r: RunRow): FixityReport {
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

export const ArchiveFixityOverview = z
  .object({
    // `.or(z.null())`, not `.nullable()`: on a named schema the latter makes the component itself nullable.
    report: ArchiveFixityReport.or(z.null()),
    history: z.array(z.object({ id: int, finishedAt: z.string().nullable(), ok: z.boolean(), checked: int })),
    /** When the weekly check runs. */
    schedule: z.string(),
  })
  .openapi('ArchiveFixityOverview');
export type ArchiveFixityOverview = z.infer<typeof ArchiveFixityOverview>;

export function presentOverview(
  last: RunRow | undefined,
  history: { id: number; finished_at: string; ok: boolean; checked: number }[],
): ArchiveFixityOverview {
  return {
    report: last ? presentRun(last) : null,
    history: history.map((h) => ({
      id: Number(h.id),
      finishedAt: toIso(h.finished_at),
      ok: h.ok,
      checked: h.checked,
    })),
    schedule: 'Chủ nhật hằng tuần, 02:00',
  };
}

export const ArchiveFixityQueued = z.object({ queued: z.boolean() }).openapi('ArchiveFixityQueued');
export type ArchiveFixityQueued = z.infer<typeof ArchiveFixityQueued>;
