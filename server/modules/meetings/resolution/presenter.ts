// JSON shapes of the minutes, the resolution with its tasks, the report up and the carry-over (the
// unfinished tasks of the unit's previous resolution, brought back on the next agenda).
import { z } from '@hono/zod-openapi';
import type { TaskState } from '../../../../domain/tasks.ts';
import { toIso } from '../../../db/sql.ts';
import type { MeetingRow } from '../queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });

const TASK_STATES = [
  'done_on_time',
  'done_late',
  'open_in_time',
  'open_overdue',
] as const satisfies readonly TaskState[];

/** A task as the tasks area reports it now (null before the resolution is issued). */
const Progress = z.object({
  progress: int(),
  state: z.enum(TASK_STATES),
  stateLabel: z.string(),
  done: z.boolean(),
  dueOn: date(),
});

export const ResolutionTask = z
  .object({
    id: int(),
    position: int(),
    title: z.string(),
    ownerMemberId: int().nullable(),
    ownerName: z.string(),
    dueOn: date(),
    /** The task of the tracker, once the resolution is issued. */
    taskId: int().nullable(),
    tracked: Progress.or(z.null()),
  })
  .openapi('MeetingResolutionTask');
export type ResolutionTask = z.infer<typeof ResolutionTask>;

export const MeetingResolution = z
  .object({
    meetingId: int(),
    results: z.string().nullable(),
    directions: z.string().nullable(),
    number: int().nullable(),
    symbol: z.string().nullable(),
    /** The issued document of the chi bộ's outgoing register. */
    documentId: int().nullable(),
    issuedOn: date().nullable(),
    resolvedAt: z.string().nullable(),
    reportedAt: z.string().nullable(),
    reportNote: z.string().nullable(),
    tasks: z.array(ResolutionTask),
  })
  .openapi('MeetingResolution');
export type MeetingResolution = z.infer<typeof MeetingResolution>;

export const MeetingMinutes = z
  .object({
    meetingId: int(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    discussion: z.string().nullable(),
    conclusion: z.string().nullable(),
    recordedAt: z.string().nullable(),
  })
  .openapi('MeetingMinutes');
export type MeetingMinutes = z.infer<typeof MeetingMinutes>;

export const CarryOver = z
  .object({
    /** The unit's previous meeting with an issued resolution. */
    fromMeetingId: int(),
    fromTitle: z.string(),
    fromOn: date(),
    fromSymbol: z.string().nullable(),
    /** Its tasks not yet done, by deadline. */
    items: z.array(ResolutionTask),
  })
  .openapi('MeetingCarryOver');
export type CarryOver = z.infer<typeof CarryOver>;

export const CarryOverAnswer = z
  .object({ carryOver: CarryOver.or(z.null()) })
  .openapi('MeetingCarryOverAnswer');

export function presentMinutes(row: MeetingRow): MeetingMinutes {
  return {
    meetingId: Number(row.id),
    startsAt: toIso(row.starts_at) as string,
    endsAt: toIso(row.ends_at),
    discussion: row.minutes_discussion,
    conclusion: row.minutes_conclusion,
    recordedAt: toIso(row.minutes_at),
  };
}
