// Rules of tasks: creation (also inside another area's transaction: createTaskInTx), the task page,
// progress reports, edits, and who may act on a task. Extensions and transfers: moves/; lists and
// roll-ups: lists/; files: files/; deadline reminders: reminders/.
import { isUnder } from '../../../domain/access.ts';
import { formatDateVi } from '../../../domain/dates.ts';
import type { createTaskBody, editTaskBody } from '../../../domain/programs/schemas.ts';
import { type TaskSourceKind, updateProblem } from '../../../domain/tasks.ts';
import { sortByName } from '../../../domain/text.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, authorizeWho, may, requireSecrecyWithin } from '../../auth/authorize.ts';
import { grant, revoke } from '../../auth/grants.ts';
import { activeUnitInScope } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import { clockOf } from './clock.ts';
import { presentFile } from './files/presenter.ts';
import { notifyHolder, taskLink } from './notices.ts';
import {
  presentAssignee,
  presentEvent,
  presentTask,
  type TaskAssignees,
  type TaskDetail,
  type TaskJson,
} from './presenter.ts';
import { type ProgramItemLookup, programItem, programOfTask, setProgramItemLookup } from './program-items.ts';
import * as q from './queries.ts';

const NOT_FOUND = 'Nhiệm vụ';

/** What another area passes to create a task inside its own transaction. */
export interface TaskInput {
  title: string;
  description?: string | null | undefined;
  /** The lead unit (đơn vị chủ trì), which holds the task. */
  orgId: number;
  assigneeId?: number | null | undefined;
  coordinatingOrgIds?: readonly number[] | undefined;
  dueOn: string;
  /** The working regulation's version and article the due date was counted from, when it was. */
  rule?: { workRuleId: number; article: string } | undefined;
  startsOn?: string | null | undefined;
  secrecy?: number | undefined;
  source?:
    | { kind: TaskSourceKind; id?: number | null | undefined; ref?: string | null | undefined }
    | undefined;
}

/** @trusted called once by server/integrations.ts: the programmes area answers for its items. */
export function registerProgramItems(lookup: ProgramItemLookup): void {
  setProgramItemLookup(lookup);
}

/** The person doing the task must be an active account of the lead unit or of a unit below it. */
async function assigneeIn(tx: Db, userId: number, lead: { name: string; path: string }): Promise<number> {
  const user = await q.account(tx, userId);
  if (!user || user.disabled || !isUnder(user.org_path, lead.path)) {
    throw new RuleError(
      'assignee_not_in_unit',
      `Người thực hiện phải là tài khoản đang hoạt động của «${lead.name}» hoặc đơn vị trực thuộc.`,
    );
  }
  return user.id;
}

/** An existing unit that is still active (404, 422 `org_inactive`). */
async function activeOrg(tx: Db, orgId: number): Promise<q.UnitRow> {
  const org = await q.unitById(tx, orgId);
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

async function coordinatingUnits(tx: Db, ids: readonly number[] | undefined, leadId: number) {
  const unique = [...new Set(ids ?? [])];
  for (const id of unique) {
    const org = await activeOrg(tx, id);
    if (id === leadId) {
      throw new RuleError(
        'coordinator_is_lead',
        `«${org.name}» đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp.`,
      );
    }
  }
  return unique;
}

/**
 * The coordinating units and their grants. A unit has one grant per record whatever the reason, so
 * after the coordinating grants are taken back those of the assigning unit and of the units that
 * passed the task on are given again (a unit that was both keeps seeing the task).
 */
async function setCoordinating(
  tx: Db,
  task: { id: number; assignerOrgId: number | null },
  orgIds: readonly number[],
): Promise<void> {
  const of = { entity: q.ENTITY, entityId: task.id };
  await q.setCoordinators(tx, task.id, orgIds);
  await revoke(tx, { ...of, reason: 'coordinating' });
  for (const orgId of orgIds) await grant(tx, { ...of, orgId, reason: 'coordinating' });
  if (task.assignerOrgId) await grant(tx, { ...of, orgId: task.assignerOrgId, reason: 'assigner' });
  for (const t of await q.transfers(tx, task.id)) {
    await grant(tx, { ...of, orgId: t.from_org_id, reason: 'transferred_from' });
  }
}

/**
 * Creates a task inside the caller's transaction: checks, history, grants (the assigning unit, the
 * assignee, the coordinating units), audit and the notice to whoever must do it. Used by POST
 * /api/tasks, by programme approval, and by a document's direction (server/integrations.ts).
 */
export async function createTaskInTx(tx: Db, ctx: RequestCtx, input: TaskInput): Promise<TaskJson> {
  const actor = authorize(ctx, 'task.manage');
  const lead = await activeUnitInScope(tx, actor, input.orgId);
  if (input.startsOn && input.dueOn < input.startsOn) {
    throw new RuleError(
      'due_before_start',
      `Thời hạn ${formatDateVi(input.dueOn)} trước ngày bắt đầu ${formatDateVi(input.startsOn)}.`,
    );
  }
  const secrecy = input.secrecy ?? 0;
  requireSecrecyWithin(actor, secrecy);
  const assigneeId = input.assigneeId ? await assigneeIn(tx, input.assigneeId, lead) : null;
  const coordinators = await coordinatingUnits(tx, input.coordinatingOrgIds, lead.id);
  const source = input.source ?? { kind: 'adhoc' as const };
  let item: { id: number; programId: number } | undefined;
  if (source.kind === 'program_item') {
    item = source.id ? await programItem(tx, ctx, source.id) : undefined;
    if (!item) {
      throw new RuleError(
        'source_missing',
        'Nhiệm vụ từ chương trình công tác phải chỉ rõ mục chương trình.',
      );
    }
  }
  const id = await q.insert(tx, {
    title: input.title,
    description: input.description ?? null,
    ownerOrgId: lead.id,
    assignerOrgId: actor.orgId,
    assigneeId,
    secrecy,
    startsOn: input.startsOn ?? null,
    dueOn: input.dueOn,
    sourceKind: source.kind,
    sourceId: source.id ?? null,
    sourceRef: source.ref?.trim() || null,
    programItemId: item?.id ?? null,
    createdBy: actor.userId,
    workRuleId: input.rule?.workRuleId ?? null,
    ruleArticle: input.rule?.article ?? null,
  });
  await q.insertEvent(tx, {
    taskId: id,
    kind: 'create',
    actorId: actor.userId,
    toOrgId: lead.id,
    newDueOn: input.dueOn,
  });
  await grant(tx, { entity: q.ENTITY, entityId: id, orgId: actor.orgId, reason: 'assigner' });
  if (assigneeId) await grant(tx, { entity: q.ENTITY, entityId: id, userId: assigneeId, reason: 'assignee' });
  await setCoordinating(tx, { id, assignerOrgId: actor.orgId }, coordinators);
  const out = presentTask((await q.byId(tx, id)) as q.TaskRow, await clockOf(tx), item?.programId ?? null);
  await recordAudit(tx, ctx, {
    action: 'task.create',
    entity: 'task',
    entityId: id,
    orgId: lead.id,
    after: { ...out, coordinatingOrgIds: coordinators },
  });
  await notifyHolder(tx, out, `Nhiệm vụ mới: ${out.title}`, `task:${id}:new`);
  return out;
}

export async function create(deps: Deps, ctx: RequestCtx, input: z.infer<typeof createTaskBody>) {
  authorize(ctx, 'task.manage');
  return transact(deps, (tx) => createTaskInTx(tx, ctx, input));
}

/**
 * What the account may do to a task it sees: report progress (the person assigned, or a non-member
 * of the holding unit's scope) and manage it (extend, transfer, edit: the holding unit's or the
 * assigning unit's people). Seeing is the access rule; these are the finer rights on top.
 */
async function rightsOn(db: Db, actor: Actor, row: q.TaskRow): Promise<{ report: boolean; manage: boolean }> {
  const { holder, assigner } = await q.rightsFlags(db, actor, row.owner_org_id, row.assigner_org_id);
  const assignee = row.assignee_id !== null && row.assignee_id === actor.userId;
  return {
    // A member reports only on what is assigned to them personally.
    report: may(actor, 'task.report') && (assignee || (holder && actor.role !== 'member')),
    manage: may(actor, 'task.manage') && (holder || assigner),
  };
}

export interface Need {
  right: 'report' | 'manage';
  /** The message of the 403 when the account sees the task but may not do this to it. */
  refusal: string;
  /** Lock the row for the transaction (a change). */
  lock?: boolean;
}

/**
 * The task an account acts on: its role may do it (403), it sees the task (404), and it has the right
 * on this task (403 with `refusal`); locked when asked, so changes to one task are serialised.
 */
export async function taskFor(db: Db, ctx: RequestCtx, id: number, need: Need) {
  const actor = authorize(ctx, need.right === 'report' ? 'task.report' : 'task.manage');
  const seen = await q.visibleById(db, actor, id);
  if (!seen) throw notFound(NOT_FOUND);
  let row = seen;
  if (need.lock) {
    await q.lock(db, id);
    row = (await q.byId(db, id)) as q.TaskRow;
  }
  if (!(await rightsOn(db, actor, row))[need.right]) throw forbidden(need.refusal);
  return { actor, row };
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<TaskDetail> {
  const actor = authorize(ctx, 'task.read');
  const db = deps.database.db;
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  const [events, coordinators, files, rights, clock, programId] = await Promise.all([
    q.events(db, id),
    q.coordinators(db, id),
    q.files(db, id),
    rightsOn(db, actor, row),
    clockOf(db),
    programOfTask(db, ctx, row),
  ]);
  return {
    ...presentTask(row, clock, programId),
    coordinators: coordinators.map((c) => ({ orgId: c.org_id, name: c.name })),
    events: events.map(presentEvent),
    files: files.map(presentFile),
    can: rights,
  };
}

export async function report(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { progress: number; note?: string | undefined; product?: string | undefined },
) {
  const actor = authorize(ctx, 'task.report');
  return transact(deps, async (tx) => {
    const { row } = await taskFor(tx, ctx, id, {
      right: 'report',
      refusal: 'Chỉ người được giao hoặc đơn vị đang chủ trì nhiệm vụ mới báo cáo tiến độ.',
      lock: true,
    });
    const clock = await clockOf(tx);
    const programId = await programOfTask(tx, ctx, row);
    const before = presentTask(row, clock, programId);
    const problem = updateProblem(before.done);
    if (problem) throw new RuleError('task_done', problem);
    const done = input.progress >= 100;
    await q.setProgress(tx, id, {
      progress: input.progress,
      doneOn: done ? clock.today : null,
      product: input.product || null,
    });
    const eventId = await q.insertEvent(tx, {
      taskId: id,
      kind: 'update',
      actorId: actor.userId,
      progress: input.progress,
      note:
        [input.note, input.product ? `Sản phẩm: ${input.product}` : ''].filter(Boolean).join('\n') || null,
    });
    const after = presentTask((await q.byId(tx, id)) as q.TaskRow, clock, programId);
    await recordAudit(tx, ctx, {
      action: 'task.update',
      entity: 'task',
      entityId: id,
      orgId: row.owner_org_id,
      before,
      after,
    });
    if (done && row.assigner_org_id && row.assigner_org_id !== row.owner_org_id) {
      await notify(
        tx,
        { orgId: row.assigner_org_id, roles: ['leader'] },
        {
          kind: 'task.done',
          title: `Đã hoàn thành: ${row.title}`,
          body: row.org_name,
          link: taskLink(id),
          entity: 'task',
          entityId: id,
          dedupeKey: `task:${id}:done`,
        },
      );
    }
    return { ...after, eventId };
  });
}

export async function edit(deps: Deps, ctx: RequestCtx, id: number, input: z.infer<typeof editTaskBody>) {
  const actor = authorize(ctx, 'task.manage');
  return transact(deps, async (tx) => {
    const { row } = await taskFor(tx, ctx, id, {
      right: 'manage',
      refusal: 'Chỉ đơn vị giao hoặc đơn vị đang chủ trì nhiệm vụ mới sửa được.',
      lock: true,
    });
    const clock = await clockOf(tx);
    const programId = await programOfTask(tx, ctx, row);
    const before = {
      ...presentTask(row, clock, programId),
      coordinatingOrgIds: (await q.coordinators(tx, id)).map((c) => c.org_id),
    };
    const lead = await activeOrg(tx, row.owner_org_id);
    let assigneeId = row.assignee_id;
    if (input.assigneeId !== undefined) {
      assigneeId = input.assigneeId === null ? null : await assigneeIn(tx, input.assigneeId, lead);
    }
    await q.edit(tx, id, {
      title: input.title ?? row.title,
      description: input.description === undefined ? row.description : input.description || null,
      assigneeId,
    });
    if (assigneeId !== row.assignee_id) {
      await revoke(tx, { entity: q.ENTITY, entityId: id, reason: 'assignee' });
      if (assigneeId)
        await grant(tx, { entity: q.ENTITY, entityId: id, userId: assigneeId, reason: 'assignee' });
    }
    let coordinatingOrgIds = before.coordinatingOrgIds;
    if (input.coordinatingOrgIds) {
      coordinatingOrgIds = await coordinatingUnits(tx, input.coordinatingOrgIds, row.owner_org_id);
      await setCoordinating(tx, { id, assignerOrgId: row.assigner_org_id }, coordinatingOrgIds);
    }
    await q.insertEvent(tx, { taskId: id, kind: 'edit', actorId: actor.userId, note: changedFields(input) });
    const after = {
      ...presentTask((await q.byId(tx, id)) as q.TaskRow, clock, programId),
      coordinatingOrgIds,
    };
    await recordAudit(tx, ctx, {
      action: 'task.edit',
      entity: 'task',
      entityId: id,
      orgId: row.owner_org_id,
      before,
      after,
    });
    if (assigneeId && assigneeId !== row.assignee_id) {
      await notify(
        tx,
        { userIds: [assigneeId] },
        {
          kind: 'task',
          title: `Bạn được giao nhiệm vụ: ${after.title}`,
          link: taskLink(id),
          entity: 'task',
          entityId: id,
        },
      );
    }
    return after;
  });
}

function changedFields(input: z.infer<typeof editTaskBody>): string {
  const names: string[] = [];
  if (input.title !== undefined) names.push('tiêu đề');
  if (input.description !== undefined) names.push('nội dung');
  if (input.assigneeId !== undefined) names.push('người thực hiện');
  if (input.coordinatingOrgIds !== undefined) names.push('đơn vị phối hợp');
  return names.length ? `Sửa ${names.join(', ')}` : 'Không thay đổi';
}

/** People a task of a unit may be assigned to (the unit and below, within the actor's scope), by name. */
export async function assignees(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId: number; q?: string | undefined },
): Promise<TaskAssignees> {
  const actor = authorize(ctx, 'task.manage');
  const found = await q.assignable(deps.database.db, actor, input.orgId, input.q || undefined);
  return {
    items: sortByName(found, (u) => u.full_name)
      .slice(0, 100)
      .map(presentAssignee),
  };
}

/**
 * An account's tasks due in a period (a year or a quarter): the figures a member's review shows beside
 * the self-assessment, and whether every one was done on time (null when none was given). The caller
 * (the members area) has already decided that the account may read the member's record.
 */
export async function taskFiguresOf(
  db: Db,
  ctx: RequestCtx,
  input: { userId: number; from: string; to: string; today: string },
): Promise<{
  due: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  allOnTime: boolean | null;
}> {
  authorizeWho(ctx, 'member.read');
  const r = await q.figuresBetween(db, input.userId, input.from, input.to, input.today);
  const total = Number(r?.total ?? 0);
  const late = Number(r?.done_late ?? 0) + Number(r?.overdue ?? 0);
  return {
    due: Number(r?.due ?? 0),
    doneOnTime: Number(r?.on_time ?? 0),
    doneLate: Number(r?.done_late ?? 0),
    overdue: Number(r?.overdue ?? 0),
    allOnTime: total === 0 ? null : late === 0,
  };
}
