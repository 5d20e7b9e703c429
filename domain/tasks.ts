// Rules of task tracking (docs/domain.md, programmes and tasks): the four states of the Government's task
// tracking (Quyết định 42/2014/QĐ-TTg), stalled, bounced ("đùn đẩy"), deadline reminders, and the
// checks on transfers and extensions. Pure: the server stores what these functions decide and its
// roll-up SQL counts the same states (docs/programs.md says where each rule lives).

import { type Actor as AccessActor, type AccessRecord, canSee, isUnder, type OrgNode } from './access.ts';

export const TASK_SOURCE_KINDS = [
  'program_item',
  'document',
  'meeting',
  'proposal',
  'intel_issue',
  'adhoc',
] as const;
export type TaskSourceKind = (typeof TASK_SOURCE_KINDS)[number];

export const TASK_SOURCE_LABELS: Record<TaskSourceKind, string> = {
  program_item: 'Chương trình công tác',
  document: 'Ý kiến chỉ đạo trên văn bản',
  meeting: 'Kết luận hội nghị, cuộc họp',
  proposal: 'Giải pháp của đề án đã ban hành',
  intel_issue: 'Chỉ đạo xử lý vụ việc, điểm nóng',
  adhoc: 'Giao trực tiếp',
};

/** A task with no progress report for this many days is stalled (setting `stalledDays`). */
export const DEFAULT_STALLED_DAYS = 14;
/** The first deadline reminder goes out this many days before the deadline. */
export const REMINDER_DAYS_BEFORE = 3;
/**
 * An overdue notice goes out only while the deadline passed at most this many days ago (a missed
 * daily run is caught up); tasks entered after the fact with an old deadline are not announced as
 * overdue to everyone at once.
 */
export const OVERDUE_NOTICE_DAYS = 7;
/** Progress that means done. */
export const DONE = 100;

/** The four states of Quyết định 42/2014/QĐ-TTg. */
export type TaskState = 'done_on_time' | 'done_late' | 'open_in_time' | 'open_overdue';

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_in_time: 'Đang thực hiện, trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
};

/** Short forms for tags in lists. */
export const TASK_STATE_SHORT: Record<TaskState, string> = {
  done_on_time: 'Xong đúng hạn',
  done_late: 'Xong quá hạn',
  open_in_time: 'Trong hạn',
  open_overdue: 'Quá hạn',
};

export const TASK_STATE_COLORS: Record<TaskState, string> = {
  done_on_time: 'green',
  done_late: 'gold',
  open_in_time: 'blue',
  open_overdue: 'red',
};

const DAY_MS = 86_400_000;

function utc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whole days from a to b (b − a), both `YYYY-MM-DD`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

export function addDays(iso: string, days: number): string {
  return new Date(utc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface TaskClock {
  progress: number;
  dueOn: string;
  /** The day progress reached 100, when done. */
  doneOn?: string | null;
}

export function isDone(t: Pick<TaskClock, 'progress'>): boolean {
  return t.progress >= DONE;
}

/**
 * State on `today`. On time is judged against the deadline in force (an approved extension moves
 * it); extensions are counted separately, so a task that keeps being extended still shows.
 */
export function taskState(t: TaskClock, today: string): TaskState {
  if (isDone(t)) return t.doneOn && t.doneOn > t.dueOn ? 'done_late' : 'done_on_time';
  return today > t.dueOn ? 'open_overdue' : 'open_in_time';
}

export function isOverdue(t: TaskClock, today: string): boolean {
  return taskState(t, today) === 'open_overdue';
}

/** Open and without a progress report for `stalledDays` days or more (the day of the report excluded). */
export function isStalled(
  t: { progress: number; lastReportOn: string },
  today: string,
  stalledDays = DEFAULT_STALLED_DAYS,
): boolean {
  return !isDone(t) && daysBetween(t.lastReportOn, today) >= stalledDays;
}

/** The first day on which a task last reported on `lastReportOn` counts as stalled. */
export function stalledCutoff(today: string, stalledDays = DEFAULT_STALLED_DAYS): string {
  return addDays(today, -stalledDays);
}

export interface Transfer {
  fromOrgId: number;
  toOrgId: number;
}

/**
 * Bounced (đùn đẩy): transferred twice or more, or back to a unit that already passed it on.
 * `transfers` in the order they happened.
 */
export function isBounced(transfers: readonly Transfer[]): boolean {
  if (transfers.length >= 2) return true;
  const passedOn = new Set<number>();
  for (const t of transfers) {
    passedOn.add(t.fromOrgId);
    if (passedOn.has(t.toOrgId)) return true;
  }
  return false;
}

/** Why a transfer is refused, or null. The reason itself is required by the schema. */
export function transferProblem(currentOrgId: number, targetOrgId: number, done: boolean): string | null {
  if (done) return 'Nhiệm vụ đã hoàn thành, không chuyển đơn vị được nữa.';
  if (currentOrgId === targetOrgId) return 'Nhiệm vụ đang do chính đơn vị này chủ trì; hãy chọn đơn vị khác.';
  return null;
}

/** Why an extension is refused, or null. */
export function extensionProblem(currentDueOn: string, newDueOn: string, done: boolean): string | null {
  if (done) return 'Nhiệm vụ đã hoàn thành, không gia hạn được nữa.';
  if (newDueOn <= currentDueOn) return 'Hạn mới phải sau hạn hiện tại.';
  return null;
}

/** Why a progress report is refused, or null (the 0–100 range is checked by the schema). */
export function updateProblem(done: boolean): string | null {
  return done ? 'Nhiệm vụ đã hoàn thành; không cập nhật tiến độ được nữa.' : null;
}

export type ReminderKind = 'due-3' | 'due-0' | 'overdue';

/**
 * The reminder a task should have received by `today`: within REMINDER_DAYS_BEFORE days of its
 * deadline, on the day, or once overdue. A missed day (server down) is caught up the next day; the
 * key includes the deadline, so an extension brings fresh reminders.
 */
export function reminderFor(
  t: TaskClock,
  today: string,
): { kind: ReminderKind; key: string; silent: boolean } | null {
  if (isDone(t)) return null;
  const left = daysBetween(today, t.dueOn);
  const kind: ReminderKind | null =
    left < 0 ? 'overdue' : left === 0 ? 'due-0' : left <= REMINDER_DAYS_BEFORE ? 'due-3' : null;
  // Silent: recorded as sent, without a notice (long overdue when first seen).
  return kind ? { kind, key: `${kind}:${t.dueOn}`, silent: left < -OVERDUE_NOTICE_DAYS } : null;
}

export function reminderTitle(kind: ReminderKind, title: string, daysLeft: number): string {
  if (kind === 'overdue') return `Nhiệm vụ quá hạn ${-daysLeft} ngày: ${title}`;
  if (kind === 'due-0') return `Nhiệm vụ đến hạn hôm nay: ${title}`;
  return `Nhiệm vụ còn ${daysLeft} ngày đến hạn: ${title}`;
}

// ---- Roll-ups: what the summary by unit counts --------------------------------------------------------

export interface RollUpUnit extends OrgNode {
  parentId: number | null;
  active: boolean;
}

export interface RollUpTask extends AccessRecord {
  progress: number;
  dueOn: string;
  doneOn: string | null;
  bounced: boolean;
  /** The Vietnamese day of the last progress report (or of creation, or of arrival at the holder). */
  lastReportOn: string;
}

export interface RollUpCounts {
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  stalled: number;
  bounced: number;
}

/** The counts of a set of tasks on `today`: the same states as the lists' status filters. */
export function countTasks(
  tasks: readonly RollUpTask[],
  today: string,
  stalledDays = DEFAULT_STALLED_DAYS,
): RollUpCounts {
  const c: RollUpCounts = { total: 0, done: 0, doneOnTime: 0, overdue: 0, stalled: 0, bounced: 0 };
  for (const t of tasks) {
    const state = taskState(t, today);
    c.total++;
    if (isDone(t)) c.done++;
    if (state === 'done_on_time') c.doneOnTime++;
    if (state === 'open_overdue') c.overdue++;
    if (isStalled(t, today, stalledDays)) c.stalled++;
    if (t.bounced) c.bounced++;
  }
  return c;
}

/** The tasks held anywhere in a unit's subtree (by the unit that holds each now) that the actor sees. */
function seenUnder(
  actor: AccessActor,
  scope: ReadonlySet<number>,
  units: ReadonlyMap<number, RollUpUnit>,
  path: string,
  tasks: readonly RollUpTask[],
): RollUpTask[] {
  return tasks.filter((t) => {
    const holder = units.get(t.ownerOrgId);
    return holder !== undefined && isUnder(holder.path, path) && canSee(actor, scope, t);
  });
}

/**
 * A unit's roll-up for an actor (GET /api/tasks/summary): one row per child unit, counting the tasks
 * held anywhere in the child's subtree that the actor may see (canSee, the access rule). A child that
 * stopped (merged, dissolved) is listed only while it holds such tasks. The unit itself must lie in
 * the actor's scope (the server answers 404 otherwise). Rows in no particular order.
 */
export function rollUp(
  actor: AccessActor,
  scope: ReadonlySet<number>,
  units: readonly RollUpUnit[],
  targetId: number,
  tasks: readonly RollUpTask[],
  today: string,
  stalledDays = DEFAULT_STALLED_DAYS,
): (RollUpCounts & { orgId: number; active: boolean })[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return units
    .filter((c) => c.parentId === targetId)
    .map((c) => ({
      orgId: c.id,
      active: c.active,
      ...countTasks(seenUnder(actor, scope, byId, c.path, tasks), today, stalledDays),
    }))
    .filter((r) => r.active || r.total > 0);
}

/** The unit's own totals over its whole subtree (GET /api/tasks/totals), by the same rule. */
export function rollUpTotals(
  actor: AccessActor,
  scope: ReadonlySet<number>,
  units: readonly RollUpUnit[],
  targetId: number,
  tasks: readonly RollUpTask[],
  today: string,
  stalledDays = DEFAULT_STALLED_DAYS,
): RollUpCounts {
  const byId = new Map(units.map((u) => [u.id, u]));
  const target = byId.get(targetId);
  if (!target) return countTasks([], today, stalledDays);
  return countTasks(seenUnder(actor, scope, byId, target.path, tasks), today, stalledDays);
}
