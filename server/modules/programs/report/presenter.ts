// JSON shape of what a sơ kết / tổng kết report says about a programme over a period: per content,
// each item and what became of its tasks, and the same counts per unit. The Word draft
// (report-docx.ts) is built from the same data.
import { REPORT_KINDS } from '../../../../domain/programs/labels.ts';
import { z } from '../../../../domain/validation.ts';
import { ProgramJson } from '../presenter.ts';

const int = z.number().int();

/** The four states of a task (domain/tasks.ts). */
const TaskState = z.enum(['done_on_time', 'done_late', 'open_in_time', 'open_overdue']);

export const ProgramCounts = z
  .object({ total: int, doneOnTime: int, doneLate: int, openInTime: int, overdue: int })
  .openapi('ProgramCounts');
export type Counts = z.infer<typeof ProgramCounts>;

export const ProgramProgress = z
  .object({
    program: ProgramJson,
    kind: z.enum(REPORT_KINDS),
    kindLabel: z.string(),
    from: z.string(),
    to: z.string(),
    today: z.string(),
    org: z.object({ id: int, name: z.string(), shortCode: z.string() }),
    superior: z.object({ id: int, name: z.string() }).nullable(),
    totals: ProgramCounts,
    contents: z.array(
      z.object({
        itemId: int,
        number: z.string(),
        title: z.string(),
        counts: ProgramCounts,
        items: z.array(
          z.object({
            itemId: int,
            number: z.string(),
            depth: int,
            title: z.string(),
            leadOrgName: z.string().nullable(),
            dueOn: z.string().nullable(),
            product: z.string().nullable(),
            tasks: z.array(
              z.object({
                id: int,
                orgName: z.string(),
                progress: int,
                dueOn: z.string(),
                doneOn: z.string().nullable(),
                product: z.string().nullable(),
                state: TaskState,
                stateLabel: z.string(),
              }),
            ),
          }),
        ),
      }),
    ),
    units: z.array(ProgramCounts.extend({ orgId: int, orgName: z.string() })),
  })
  .openapi('ProgramProgress');
export type ProgressReport = z.infer<typeof ProgramProgress>;
