// JSON shapes of tasks. The state, overdue and stalled flags are the domain rules applied to the row
// on the day of the request.
import { isStalled, TASK_STATE_LABELS, type TaskState, taskState } from '../../../domain/tasks.ts';
import { toIso } from '../../db/sql.ts';
import type { EventRow, FileRow, TaskRow } from './queries.ts';

export interface Clock {
  today: string;
  stalledDays: number;
}

export interface TaskJson {
  id: number;
  title: string;
  description: string | null;
  orgId: number;
  orgName: string;
  assignerOrgId: number | null;
  assignerOrgName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  secrecy: number;
  startsOn: string | null;
  dueOn: string;
  originalDueOn: string;
  progress: number;
  doneOn: string | null;
  product: string | null;
  source: { kind: TaskRow['source_kind']; id: number | null; ref: string | null };
  programItemId: number | null;
  programId: number | null;
  transferCount: number;
  extensionCount: number;
  bounced: boolean;
  state: TaskState;
  stateLabel: string;
  done: boolean;
  overdue: boolean;
  stalled: boolean;
  lastReportAt: string | null;
  createdAt: string | null;
}

export function presentTask(r: TaskRow, clock: Clock): TaskJson {
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
    progress: r.progress,
    doneOn: r.done_on,
    product: r.product,
    source: {
      kind: r.source_kind,
      id: r.source_id == null ? null : Number(r.source_id),
      ref: r.source_ref,
    },
    programItemId: r.program_item_id,
    programId: r.program_id,
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

export function presentEvent(e: EventRow) {
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

export function presentFile(f: FileRow) {
  return {
    id: Number(f.id),
    eventId: f.event_id == null ? null : Number(f.event_id),
    name: f.name,
    mime: f.mime,
    size: Number(f.size),
    sha256: f.sha256,
    createdByName: f.created_by_name,
    createdAt: toIso(f.created_at),
    url: `/api/tasks/${f.task_id}/files/${Number(f.id)}`,
  };
}
