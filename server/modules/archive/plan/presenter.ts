// JSON shapes of the retention schedule and of a unit's plan years.
import { retentionLabel } from '../../../../domain/archive/schedule.ts';
import { z } from '../../../../domain/validation.ts';
import type { PlanYearRow, ScheduleRow } from './queries.ts';

const int = z.number().int();

export const ArchiveScheduleRow = z
  .object({
    id: int,
    rowCode: z.string(),
    group: z.string(),
    title: z.string(),
    /** null: permanent (vĩnh viễn). */
    retentionYears: int.nullable(),
    retentionLabel: z.string(),
    note: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('ArchiveScheduleRow');
export type ArchiveScheduleRow = z.infer<typeof ArchiveScheduleRow>;

export function presentSchedule(r: ScheduleRow): ArchiveScheduleRow {
  return {
    id: r.id,
    rowCode: r.code,
    group: r.grp,
    title: r.title,
    retentionYears: r.retention_years,
    retentionLabel: retentionLabel(r.retention_years),
    note: r.note,
    active: r.active,
  };
}

export const ArchiveSchedule = z.object({ items: z.array(ArchiveScheduleRow) }).openapi('ArchiveSchedule');

export const ArchivePlanYears = z
  .object({
    items: z.array(z.object({ year: int, files: int, open: int, closed: int })),
  })
  .openapi('ArchivePlanYears');
export type ArchivePlanYears = z.infer<typeof ArchivePlanYears>;

export function presentPlanYears(list: PlanYearRow[]): ArchivePlanYears {
  return { items: list.map((r) => ({ year: r.year, files: r.files, open: r.open, closed: r.closed })) };
}
