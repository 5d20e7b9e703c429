// Extensions and transfers of a task: each needs a reason and is counted; a transfer decides the
// bounced flag from the task's whole transfer history and leaves the unit that passed it on able to
// see what became of it.
import { isUnder } from '../../../../domain/access.ts';
import { extensionProblem, isBounced, transferProblem } from '../../../../domain/tasks.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { grant } from '../../../auth/grants.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { clockOf } from '../clock.ts';
import { notifyHolder } from '../notices.ts';
import { presentTask, type TaskJson } from '../presenter.ts';
import { programOfTask } from '../program-items.ts';
import * as tq from '../queries.ts';
import { taskFor } from '../service.ts';
import * as q from './queries.ts';

export async function extend(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { dueOn: string; reason: string },
): Promise<TaskJson> {
  const actor = authorize(ctx, 'task.manage');
  return transact(deps, async (tx) => {
    const { row } = await taskFor(tx, ctx, id, {
      right: 'manage',
      refusal: 'Chỉ đơn vị giao hoặc đơn vị đang chủ trì nhiệm vụ mới gia hạn được.',
      lock: true,
    });
    const clock = await clockOf(tx);
    const programId = await programOfTask(tx, ctx, row);
    const before = presentTask(row, clock, programId);
    const problem = extensionProblem(row.due_on, input.dueOn, before.done);
    if (problem) throw new RuleError('extension_refused', problem);
    await q.extend(tx, id, input.dueOn);
    await tq.insertEvent(tx, {
      taskId: id,
      kind: 'extend',
      actorId: actor.userId,
      oldDueOn: row.due_on,
      newDueOn: input.dueOn,
      reason: input.reason,
    });
    const after = presentTask((await tq.byId(tx, id)) as tq.TaskRow, clock, programId);
    await recordAudit(tx, ctx, {
      action: 'task.extend',
      entity: 'task',
      entityId: id,
      orgId: row.owner_org_id,
      before,
      after: { ...after, reason: input.reason },
    });
    return after;
  });
}

export async function transfer(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { orgId: number; reason: string },
): Promise<TaskJson> {
  const actor = authorize(ctx, 'task.manage');
  return transact(deps, async (tx) => {
    const { row } = await taskFor(tx, ctx, id, {
      right: 'manage',
      refusal: 'Chỉ đơn vị giao hoặc đơn vị đang chủ trì nhiệm vụ mới chuyển được.',
      lock: true,
    });
    const clock = await clockOf(tx);
    const programId = await programOfTask(tx, ctx, row);
    const before = presentTask(row, clock, programId);
    const problem = transferProblem(row.owner_org_id, input.orgId, before.done);
    if (problem) throw new RuleError('transfer_refused', problem);
    const target = await transferTarget(tx, actor, row, input.orgId);
    const history = (await tq.transfers(tx, id)).map((t) => ({
      fromOrgId: t.from_org_id,
      toOrgId: t.to_org_id,
    }));
    const bounced = isBounced([...history, { fromOrgId: row.owner_org_id, toOrgId: target.id }]);
    await q.transfer(tx, id, target.id, bounced);
    await tq.insertEvent(tx, {
      taskId: id,
      kind: 'transfer',
      actorId: actor.userId,
      fromOrgId: row.owner_org_id,
      toOrgId: target.id,
      reason: input.reason,
    });
    // The unit that passed it on keeps sight of what became of it.
    await grant(tx, { entity: tq.ENTITY, entityId: id, orgId: row.owner_org_id, reason: 'transferred_from' });
    const after = presentTask((await tq.byId(tx, id)) as tq.TaskRow, clock, programId);
    await recordAudit(tx, ctx, {
      action: 'task.transfer',
      entity: 'task',
      entityId: id,
      orgId: target.id,
      before,
      after: { ...after, reason: input.reason },
    });
    await notifyHolder(
      tx,
      after,
      `Nhiệm vụ được chuyển đến: ${after.title}`,
      `task:${id}:transfer:${after.transferCount}`,
    );
    return after;
  });
}

/** Where a task may go: an active unit in the actor's scope, or anywhere under the unit that gave it. */
async function transferTarget(tx: Db, actor: Actor, row: tq.TaskRow, orgId: number) {
  const unit = await q.transferTarget(tx, actor, orgId, row.assigner_org_id);
  const allowed =
    unit && (unit.in_scope || (unit.assigner_path !== null && isUnder(unit.path, unit.assigner_path)));
  if (!unit || !allowed) throw notFound('Đơn vị');
  if (!unit.active) throw new RuleError('org_inactive', `Đơn vị «${unit.name}» đã ngừng hoạt động.`);
  return unit;
}
