// Request bodies and queries of the programmes, tasks and schedule API (server routes and web forms
// validate with the same schemas).
import { resolutionInput } from '../resolution.ts';
import { TASK_SOURCE_KINDS } from '../tasks.ts';
import { id, idParam, isoDate, level, limitParam, optionalText, text, z } from '../validation.ts';
import { PROGRAM_KINDS, PROGRAM_STATUSES, REPORT_KINDS } from './labels.ts';

/** Ids of documents are bigint: accept any safe positive integer. */
const bigId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const orgIds = z.array(id).max(100);
/** Reason of a revision, an extension or a transfer. */
export const reason = text(1000);

export const createProgramBody = z.object({
  orgId: id,
  kind: z.enum(PROGRAM_KINDS),
  title: text(500),
  theme: optionalText(500),
  startsOn: isoDate,
  endsOn: isoDate,
  parentProgramId: id.optional(),
  secrecy: level.optional(),
  /** Kind `action` only: the resolution or directive the programme concretises. */
  resolution: resolutionInput.optional(),
});

export const updateProgramBody = z.object({
  title: text(500).optional(),
  theme: text(500, 0).nullable().optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  /** Required once the programme is approved: the change is then a recorded revision. */
  reason: reason.optional(),
});

export const approveProgramBody = z.object({
  /** Create a task for every item that has a lead unit and a deadline (default true). */
  createTasks: z.boolean().optional(),
});

/** A lower unit starts its programme from the superior's: items copied and linked, to be rewritten. */
export const cascadeProgramBody = z.object({
  orgId: id,
  title: text(500).optional(),
  copyItems: z.boolean().optional(),
});

export const createItemBody = z.object({
  title: text(1000),
  description: optionalText(5000),
  parentItemId: id.optional(),
  sourceItemId: id.optional(),
  leadOrgId: id.optional(),
  coordinatingOrgIds: orgIds.optional(),
  dueOn: isoDate.optional(),
  product: optionalText(200),
  reason: reason.optional(),
});

export const updateItemBody = z.object({
  title: text(1000).optional(),
  description: text(5000, 0).nullable().optional(),
  sourceItemId: id.nullable().optional(),
  leadOrgId: id.nullable().optional(),
  coordinatingOrgIds: orgIds.optional(),
  dueOn: isoDate.nullable().optional(),
  product: text(200, 0).nullable().optional(),
  position: z.number().int().min(1).max(10_000).optional(),
  reason: reason.optional(),
});

export const reasonQuery = z.object({ reason: reason.optional() });

export const programListQuery = z.object({
  orgId: idParam.optional(),
  kind: z.enum(PROGRAM_KINDS).optional(),
  status: z.enum(PROGRAM_STATUSES).optional(),
  year: z.coerce.number().int().min(1930).max(2200).optional(),
  parentProgramId: idParam.optional(),
  q: text(200, 0).optional(),
  /** Action programmes on one resolution: its symbol ("57-NQ/TW") or its title as written. */
  resolution: text(200).optional(),
});

export const reportQuery = z.object({
  kind: z.enum(REPORT_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const taskSource = z.object({
  kind: z.enum(TASK_SOURCE_KINDS),
  id: bigId.optional(),
  /** Symbol of the directive, e.g. "34-CT/TU": directive tracking groups by it. */
  ref: text(100).optional(),
});

export const createTaskBody = z.object({
  title: text(1000),
  description: optionalText(5000),
  orgId: id,
  assigneeId: id.optional(),
  coordinatingOrgIds: orgIds.optional(),
  dueOn: isoDate,
  startsOn: isoDate.optional(),
  secrecy: level.optional(),
  source: taskSource.optional(),
});

export const editTaskBody = z.object({
  title: text(1000).optional(),
  description: text(5000, 0).nullable().optional(),
  assigneeId: id.nullable().optional(),
  coordinatingOrgIds: orgIds.optional(),
});

export const taskUpdateBody = z.object({
  progress: z.number().int().min(0).max(100),
  note: optionalText(4000),
  /** What was produced (on completion): "Báo cáo số 12-BC/ĐU". */
  product: optionalText(500),
});

export const extendTaskBody = z.object({ dueOn: isoDate, reason });
export const transferTaskBody = z.object({ orgId: id, reason });

export const TASK_VIEWS = ['mine', 'unit', 'all'] as const;
export const TASK_STATUS_FILTERS = [
  'open',
  'done',
  'done_on_time',
  'done_late',
  'overdue',
  'stalled',
  'bounced',
  'extended',
] as const;
export type TaskStatusFilter = (typeof TASK_STATUS_FILTERS)[number];

export const taskListQuery = z.object({
  view: z.enum(TASK_VIEWS).optional(),
  orgId: idParam.optional(),
  status: z.enum(TASK_STATUS_FILTERS).optional(),
  ref: text(100).optional(),
  q: text(200, 0).optional(),
  programId: idParam.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  limit: limitParam,
  cursor: z.string().max(100).optional(),
});

export const summaryQuery = z.object({ orgId: idParam.optional() });
export const trendQuery = z.object({
  orgId: idParam.optional(),
  months: z.coerce.number().int().min(1).max(36).optional(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'phải là giờ dạng HH:mm' });

export const scheduleEventBody = z.object({
  orgId: id,
  date: isoDate,
  startTime: hhmm,
  endTime: hhmm.optional(),
  title: text(1000),
  place: optionalText(300),
  chairId: id.optional(),
  chairName: optionalText(200),
  participantIds: z.array(id).max(200).optional(),
  participants: optionalText(2000),
  preparingOrgId: id.optional(),
  note: optionalText(2000),
  secrecy: level.optional(),
});

export const scheduleWeekQuery = z.object({ orgId: idParam.optional(), week: isoDate.optional() });
