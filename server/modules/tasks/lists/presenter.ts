// JSON shapes of the task lists and roll-ups.
import { z } from '../../../../domain/validation.ts';
import { TaskJson } from '../presenter.ts';
import type { CountRow, DirectiveRow } from './queries.ts';

const int = z.number().int();

export const TaskList = z
  .object({ items: z.array(TaskJson), nextCursor: z.string().nullable() })
  .openapi('TaskList');
export type TaskList = z.infer<typeof TaskList>;

const counts = {
  total: int,
  done: int,
  doneOnTime: int,
  overdue: int,
  stalled: int,
  bounced: int,
};

export function presentCounts(r: CountRow | undefined) {
  return {
    total: r?.total ?? 0,
    done: r?.done ?? 0,
    doneOnTime: r?.done_on_time ?? 0,
    overdue: r?.overdue ?? 0,
    stalled: r?.stalled ?? 0,
    bounced: r?.bounced ?? 0,
  };
}

export const TaskSummaryRow = z
  .object({ orgId: int, name: z.string(), active: z.boolean(), ...counts })
  .openapi('TaskSummaryRow');
export type TaskSummaryRow = z.infer<typeof TaskSummaryRow>;

/** One row per child unit (an array, not an object). */
export const TaskSummary = z.array(TaskSummaryRow).openapi('TaskSummary');

export const TaskTotals = z.object({ orgId: int, name: z.string(), ...counts }).openapi('TaskTotals');
export type TaskTotals = z.infer<typeof TaskTotals>;

export const TaskTrend = z
  .object({
    orgId: int,
    months: z.array(
      z.object({
        month: z.string(),
        total: int,
        doneOnTime: int,
        doneLate: int,
        overdue: int,
        open: int,
      }),
    ),
  })
  .openapi('TaskTrend');
export type TaskTrend = z.infer<typeof TaskTrend>;

export const TaskDirective = z
  .object({
    ref: z.string(),
    documentId: int.nullable(),
    ...counts,
    units: int,
    firstDueOn: z.string(),
    lastDueOn: z.string(),
  })
  .openapi('TaskDirective');

export const TaskDirectives = z.object({ items: z.array(TaskDirective) }).openapi('TaskDirectives');
export type TaskDirectives = z.infer<typeof TaskDirectives>;

export function presentDirective(r: DirectiveRow): TaskDirectives['items'][number] {
  return {
    ref: r.ref,
    documentId: r.document_id === null ? null : Number(r.document_id),
    ...presentCounts(r),
    units: r.units,
    firstDueOn: r.first_due,
    lastDueOn: r.last_due,
  };
}

/** A task of a programme item, for the programmes' review report (not a route's answer). */
export interface TaskLine {
  id: number;
  programItemId: number;
  orgId: number;
  orgName: string;
  progress: number;
  dueOn: string;
  doneOn: string | null;
  product: string | null;
}
