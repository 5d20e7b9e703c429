// Extensions and transfers of a task: each needs a reason and is counted; a transfer decides the
// bounced flag from the task's whole transfer history and leaves the unit that passed it on able to
// see what became of it.
import { isUnder } from '../../../domain/access.ts';
import { extensionProblem, isBounced, transferProblem } from '../../../domain/tasks.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as orgQueries from '../orgs/queries.ts';
import { presentTask } from './presenter.ts';
import * as q from './queries.ts';
import { actorOf, clockOf, forChange, notifyHolder } from './service.ts';

export async function extend(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { dueOn: string; reason: string },
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const { row, may } = await forChange(tx, actor, id);
    if (!may.manage) throw forbidden('Chỉ đơn vị giao hoặc đơn vị đang chủ trì nhiệm vụ mới gia hạn được.');
    const clock = await clockOf(tx);
    const before = presentTask(row, clock);
    const problem = extensionProblem(row.due_on, input.dueOn, before.done);
    if (problem) throw new RuleError('extension_refused', problem);
    await q.extend(tx, id, input.dueOn);
    await q.insertEvent(tx, {
      taskId: id,
      kind: 'extend',
      actorId: actor.userId,
      oldDueOn: row.due_on,
      newDueOn: input.dueOn,
      reason: input.reason,
    });
    const after = presentTask((await q.byId(tx, id)) as q.TaskRow, clock);
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
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const { row, may } = await forChange(tx, actor, id);
    if (!may.manage) throw forbidden('Chỉ đơn vị giao hoặc đơn vị đang chủ trì nhiệm vụ mới chuyển được.');
    const clock = await clockOf(tx);
    const before = presentTask(row, clock);
    const problem = transferProblem(row.owner_org_id, input.orgId, before.done);
    if (problem) throw new RuleError('transfer_refused', problem);
    const target = await transferTarget(tx, actor, row, input.orgId);
    const history = (await q.transfers(tx, id)).map((t) => ({
      fromOrgId: t.from_org_id,
      toOrgId: t.to_org_id,
    }));
    const bounced = isBounced([...history, { fromOrgId: row.owner_org_id, toOrgId: target.id }]);
    await q.transfer(tx, id, target.id, bounced);
    await q.insertEvent(tx, {
      taskId: id,
      kind: 'transfer',
      actorId: actor.userId,
      fromOrgId: row.owner_org_id,
      toOrgId: target.id,
      reason: input.reason,
    });
    // The unit that passed it on keeps sight of what became of it.
    await q.grant(tx, id, { orgId: row.owner_org_id }, 'transferred_from');
    const after = presentTask((await q.byId(tx, id)) as q.TaskRow, clock);
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
async function transferTarget(tx: Db, actor: Actor, row: q.TaskRow, orgId: number) {
  const inScope = await orgQueries.byIdInScope(tx, actor, orgId);
  let target = inScope;
  if (!target && row.assigner_org_id) {
    const assigner = await orgQueries.byId(tx, row.assigner_org_id);
    const candidate = await orgQueries.byId(tx, orgId);
    if (assigner && candidate && isUnder(candidate.path, assigner.path)) target = candidate;
  }
  if (!target) throw notFound('Đơn vị');
  if (!target.active) throw new RuleError('org_inactive', `Đơn vị «${target.name}» đã ngừng hoạt động.`);
  return target;
}
