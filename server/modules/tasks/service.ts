// Rules of tasks: creation (also inside another module's transaction: createTaskInTx), progress
// reports, edits, grants and notices. Extensions and transfers: moves.ts.

import { isUnder } from '../../../domain/access.ts';
import { todayVn } from '../../../domain/dates.ts';
import type { createTaskBody, editTaskBody } from '../../../domain/programs/schemas.ts';
import { type TaskSourceKind, updateProblem } from '../../../domain/tasks.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { notify } from '../notifications/service.ts';
import * as orgQueries from '../orgs/queries.ts';
import { getSettings } from '../settings/service.ts';
import * as userQueries from '../users/queries.ts';
import { type Clock, presentEvent, presentFile, presentTask, type TaskJson } from './presenter.ts';
import * as q from './queries.ts';
import { authority } from './scope.ts';

const NOT_FOUND = 'Nhiệm vụ';

/** What another module passes to create a task inside its own transaction. */
export interface TaskInput {
  title: string;
  description?: string | null | undefined;
  /** The lead unit (đơn vị chủ trì), which holds the task. */
  orgId: number;
  assigneeId?: number | null | undefined;
  coordinatingOrgIds?: readonly number[] | undefined;
  dueOn: string;
  startsOn?: string | null | undefined;
  secrecy?: number | undefined;
  source?:
    | { kind: TaskSourceKind; id?: number | null | undefined; ref?: string | null | undefined }
    | undefined;
}

export function actorOf(ctx: RequestCtx): Actor {
  if (!ctx.actor) throw new Error('task changes need an actor');
  return ctx.actor;
}

export async function clockOf(db: Db): Promise<Clock> {
  return { today: todayVn(), stalledDays: (await getSettings(db)).stalledDays };
}

export function taskLink(id: number): string {
  return `/chuong-trinh/nhiem-vu/${id}`;
}

/** An active unit in the actor's scope, else 404 (its existence does not leak). */
async function unitInScope(tx: Db, actor: Actor, orgId: number) {
  const org = await orgQueries.byIdInScope(tx, actor, orgId);
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

async function activeUnit(tx: Db, orgId: number) {
  const org = await orgQueries.byId(tx, orgId);
  if (!org) throw notFound('Đơn vị');
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

/** The person doing the task must work in the lead unit or below it. */
async function assigneeIn(tx: Db, userId: number, lead: orgQueries.OrgRow): Promise<number> {
  const user = await userQueries.byId(tx, userId);
  if (!user || user.disabled_at !== null || !isUnder(user.org_path, lead.path)) {
    throw new RuleError(
      'assignee_not_in_unit',
      `Người thực hiện phải là tài khoản đang hoạt động của «${lead.name}» hoặc đơn vị trực thuộc.`,
    );
  }
  return user.id;
}

async function coordinatingUnits(tx: Db, ids: readonly number[] | undefined, leadId: number) {
  const unique = [...new Set(ids ?? [])];
  for (const id of unique) {
    const org = await activeUnit(tx, id);
    if (id === leadId) {
      throw new RuleError(
        'coordinator_is_lead',
        `«${org.name}» đã là đơn vị chủ trì, không thể đồng thời là đơn vị phối hợp.`,
      );
    }
  }
  return unique;
}

export async function notifyHolder(tx: Db, task: TaskJson, title: string, key: string): Promise<void> {
  const notice = { kind: 'task', title, link: taskLink(task.id), entity: 'task', entityId: task.id };
  const body = `Hạn ${task.dueOn.split('-').reverse().join('/')} — ${task.orgName}`;
  if (task.assigneeId) {
    const n = await notify(tx, { userIds: [task.assigneeId] }, { ...notice, body, dedupeKey: key });
    if (n > 0) return;
  }
  await notify(tx, { orgId: task.orgId, roles: ['leader'] }, { ...notice, body, dedupeKey: key });
}

/**
 * Creates a task inside the caller's transaction: checks, history, grants (coordinating units, the
 * assignee, the assigning unit), audit and the notice to whoever must do it. Used by POST /api/tasks,
 * by programme approval, and by the documents area when a leader's direction assigns a lead unit.
 */
export async function createTaskInTx(tx: Db, ctx: RequestCtx, input: TaskInput): Promise<TaskJson> {
  const actor = actorOf(ctx);
  const lead = await unitInScope(tx, actor, input.orgId);
  if (input.startsOn && input.dueOn < input.startsOn) {
    throw new RuleError(
      'due_before_start',
      `Thời hạn ${fmt(input.dueOn)} trước ngày bắt đầu ${fmt(input.startsOn)}.`,
    );
  }
  const secrecy = input.secrecy ?? 0;
  if (secrecy > actor.clearance) {
    throw new RuleError(
      'secrecy_above_clearance',
      'Không thể giao nhiệm vụ có độ mật cao hơn mức bạn được tiếp cận.',
    );
  }
  const assigneeId = input.assigneeId ? await assigneeIn(tx, input.assigneeId, lead) : null;
  const coordinators = await coordinatingUnits(tx, input.coordinatingOrgIds, lead.id);
  const source = input.source ?? { kind: 'adhoc' as const };
  let programItemId: number | null = null;
  if (source.kind === 'program_item') {
    const item = source.id ? await q.programItemOf(tx, source.id) : undefined;
    if (!item)
      throw new RuleError(
        'source_missing',
        'Nhiệm vụ từ chương trình công tác phải chỉ rõ mục chương trình.',
      );
    programItemId = item.id;
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
    programItemId,
    createdBy: actor.userId,
  });
  await q.insertEvent(tx, {
    taskId: id,
    kind: 'create',
    actorId: actor.userId,
    toOrgId: lead.id,
    newDueOn: input.dueOn,
  });
  await q.setCoordinators(tx, id, coordinators);
  await q.grant(tx, id, { orgId: actor.orgId }, 'assigner');
  if (assigneeId) await q.grant(tx, id, { userId: assigneeId }, 'assignee');
  const out = presentTask((await q.byId(tx, id)) as q.TaskRow, await clockOf(tx));
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

function fmt(iso: string): string {
  return iso.split('-').reverse().join('/');
}

export async function create(deps: Deps, ctx: RequestCtx, input: z.infer<typeof createTaskBody>) {
  return transact(deps, (tx) => createTaskInTx(tx, ctx, input));
}

/** The task for a change: visible (else 404), locked, with what the actor may do to it. */
export async function forChange(tx: Db, actor: Actor, id: number) {
  const row = await q.visibleById(tx, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  await q.lock(tx, id);
  const locked = (await q.byId(tx, id)) as q.TaskRow;
  return { row: locked, may: await authority(tx, actor, locked) };
}

export async function detail(db: Db, actor: Actor, id: number) {
  const row = await q.visibleById(db, actor, id);
  if (!row) throw notFound(NOT_FOUND);
  const [events, coordinators, files, may, clock] = await Promise.all([
    q.events(db, id),
    q.coordinators(db, id),
    q.files(db, id),
    authority(db, actor, row),
    clockOf(db),
  ]);
  return {
    ...presentTask(row, clock),
    coordinators: coordinators.map((c) => ({ orgId: c.org_id, name: c.name })),
    events: events.map(presentEvent),
    files: files.map(presentFile),
    can: { report: may.report, manage: may.manage },
  };
}

export async function report(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { progress: number; note?: string | undefined; product?: string | undefined },
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const { row, may } = await forChange(tx, actor, id);
    if (!may.report) {
      throw forbidden('Chỉ người được giao hoặc đơn vị đang chủ trì nhiệm vụ mới báo cáo tiến độ.');
    }
    const clock = await clockOf(tx);
    const before = presentTask(row, clock);
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
    const after = presentTask((await q.byId(tx, id)) as q.TaskRow, clock);
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
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const { row, may } = await forChange(tx, actor, id);
    if (!may.manage) throw forbidden('Chỉ đơn vị giao hoặc đơn vị đang chủ trì nhiệm vụ mới sửa được.');
    const clock = await clockOf(tx);
    const before = {
      ...presentTask(row, clock),
      coordinatingOrgIds: (await q.coordinators(tx, id)).map((c) => c.org_id),
    };
    const lead = await activeUnit(tx, row.owner_org_id);
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
      await q.revokeAssignee(tx, id);
      if (assigneeId) await q.grant(tx, id, { userId: assigneeId }, 'assignee');
    }
    let coordinatingOrgIds = before.coordinatingOrgIds;
    if (input.coordinatingOrgIds) {
      coordinatingOrgIds = await coordinatingUnits(tx, input.coordinatingOrgIds, row.owner_org_id);
      await q.setCoordinators(tx, id, coordinatingOrgIds);
    }
    await q.insertEvent(tx, { taskId: id, kind: 'edit', actorId: actor.userId, note: changedFields(input) });
    const after = { ...presentTask((await q.byId(tx, id)) as q.TaskRow, clock), coordinatingOrgIds };
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
