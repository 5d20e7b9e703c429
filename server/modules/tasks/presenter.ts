// JSON shapes of tasks. The state, overdue and stalled flags are the domain rules applied to the row
// on the day of the request (the clock).
import { isStalled, TASK_SOURCE_KINDS, TASK_STATE_LABELS, taskState } from '../../../domain/tasks.ts';
import { z } from '../../../domain/validation.ts';
import { toIso } from '../../db/sql.ts';
import type { Clock } from './clock.ts';
import { TaskFile } from './files/presenter.ts';
import type { AssigneeRow, EventRow, TaskRow } from './queries.ts';

const int = z.number().int();

export const TaskStateEnum = z.enum(['done_on_time', 'done_late', 'open_in_time', 'open_overdue']);

export const TaskJson = z
  .object({
    id: int,
    title: z.string(),
    description: z.string().nullable(),
    orgId: int,
    orgName: z.string(),
    assignerOrgId: int.nullable(),
    assignerOrgName: z.string().nullable(),
    assigneeId: int.nullable(),
    assigneeName: z.string().nullable(),
    secrecy: int,
    startsOn: z.string().nullable(),
    dueOn: z.string(),
    originalDueOn: z.string(),
    /** The working regulation's article the due date was counted from (null: typed by hand). */
    ruleArticle: z.string().nullable(),
    progress: int,
    doneOn: z.string().nullable(),
    product: z.string().nullable(),
    source: z.object({ kind: z.enum(TASK_SOURCE_KINDS), id: int.nullable(), ref: z.string().nullable() }),
    programItemId: int.nullable(),
    programId: int.nullable(),
    transferCount: int,
    extensionCount: int,
    bounced: z.boolean(),
    state: TaskStateEnum,
    stateLabel: z.string(),
    done: z.boolean(),
    overdue: z.boolean(),
    stalled: z.boolean(),
    lastReportAt: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('Task');
export type TaskJson = z.infer<typeof TaskJson>;

/** `programId`: the programme of the task's item, when it comes from one. */
export function presentTask(r: TaskRow, clock: Clock, programId: number | null = null): TaskJson {
  const state = taskState({ progress: r.progress, dueOn: r.due_on, doneOn: r.done_on }, clock.today);
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    orgId: r.owner_org_id,
    orgName: r.org_name,
    assignerOrgId: r.assigner_org_id,
    assignerOrgName: r.assigner_org_name,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    secrecy: r.secrecy,
    startsOn: r.starts_on,
    dueOn: r.due_on,
    originalDueOn: r.original_due_on,
    ruleArticle: r.rule_article,
    progress: r.progress,
    doneOn: r.done_on,
    product: r.product,
    source: {
      kind: r.source_kind,
      id: r.source_id == null ? null : Number(r.source_id),
      ref: r.source_ref,
    },
    programItemId: r.program_item_id,
    programId,
    transferCount: r.transfer_count,
    extensionCount: r.extension_count,
    bounced: r.bounced,
    state,
    stateLabel: TASK_STATE_LABELS[state],
    done: r.progress >= 100,
    overdue: state === 'open_overdue',
    stalled: isStalled(
      { progress: r.progress, lastReportOn: r.last_report_on },
      clock.today,
      clock.stalledDays,
    ),
    lastReportAt: toIso(r.last_report_at),
    createdAt: toIso(r.created_at),
  };
}

export const TaskEvent = z
  .object({
    id: int,
    kind: z.enum(['create', 'update', 'extend', 'transfer', 'edit']),
    at: z.string().nullable(),
    actorId: int.nullable(),
    actorName: z.string().nullable(),
    progress: int.nullable(),
    note: z.string().nullable(),
    fromOrgId: int.nullable(),
    fromOrgName: z.string().nullable(),
    toOrgId: int.nullable(),
    toOrgName: z.string().nullable(),
    oldDueOn: z.string().nullable(),
    newDueOn: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('TaskEvent');
export type TaskEvent = z.infer<typeof TaskEvent>;

export function presentEvent(e: EventRow): TaskEvent {
  return {
    id: Number(e.id),
    kind: e.kind,
    at: toIso(e.at),
    actorId: e.actor_id,
    actorName: e.actor_name,
    progress: e.progress,
    note: e.note,
    fromOrgId: e.from_org_id,
    fromOrgName: e.from_org_name,
    toOrgId: e.to_org_id,
    toOrgName: e.to_org_name,
    oldDueOn: e.old_due_on,
    newDueOn: e.new_due_on,
    reason: e.reason,
  };
}

/** The task page: the task, its coordinating units, history, files and what the reader may do. */
export const TaskDetail = TaskJson.extend({
  coordinators: z.array(z.object({ orgId: int, name: z.string() })),
  events: z.array(TaskEvent),
  files: z.array(TaskFile),
  can: z.object({ report: z.boolean(), manage: z.boolean() }),
}).openapi('TaskDetail');
export type TaskDetail = z.infer<typeof TaskDetail>;

/** After a progress report: the task and the report's id (files may be attached to it). */
export const TaskReported = TaskJson.extend({ eventId: int }).openapi('TaskReported');

/** After an edit: the task and its coordinating units. */
export const TaskEdited = TaskJson.extend({ coordinatingOrgIds: z.array(int) }).openapi('TaskEdited');

export const TaskAssignees = z
  .object({
    items: z.array(
      z.object({ id: int, fullName: z.string(), orgId: int, orgName: z.string(), role: z.string() }),
    ),
  })
  .openapi('TaskAssignees');
export type TaskAssignees = z.infer<typeof TaskAssignees>;

export function presentAssignee(u: AssigneeRow): TaskAssignees['items'][number] {
  return { id: u.id, fullName: u.full_name, orgId: u.org_id, orgName: u.org_name, role: u.role };
}
