// The scheme's measures (giải pháp, nhiệm vụ thực hiện): each with the unit that leads it and a
// deadline. Once the scheme is issued they become tasks through the tasks area (createTaskInTx, source
// kind 'proposal'), in the transaction that issues it or, for a measure added later, at once; the
// tasks area then follows them like any task (reports, extensions, transfers, roll-ups).
import type { addMeasureBody } from '../../../../domain/proposals/schemas.ts';
import { isAdopted } from '../../../../domain/proposals/stages.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { NotFoundError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { createTaskInTx } from '../../tasks/service.ts';
import * as pq from '../queries.ts';
import { proposalFor } from '../service.ts';
import { type ProposalMeasure, type ProposalMeasureTasks, presentMeasure } from './presenter.ts';
import * as q from './queries.ts';

/** A measure's lead unit must be one the account may give tasks to: an active unit of its scope. */
async function leadUnit(tx: Db, ctx: RequestCtx, orgId: number, title: string) {
  const actor = authorize(ctx, 'proposal.manage');
  try {
    return await activeUnitInScope(tx, actor, orgId);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    throw new RuleError(
      'measure_out_of_scope',
      `Giải pháp «${title}»: đơn vị chủ trì thực hiện không thuộc phạm vi bạn được giao nhiệm vụ.`,
    );
  }
}

/**
 * Creates the tasks of the measures that have none yet, inside the caller's transaction (the issue of
 * the scheme, or a measure added after it). Returns how many were created.
 */
export async function tasksFromMeasuresInTx(tx: Db, ctx: RequestCtx, row: pq.ProposalRow): Promise<number> {
  authorize(ctx, 'proposal.manage');
  let created = 0;
  for (const m of await q.list(tx, Number(row.id))) {
    if (m.task_id !== null) continue;
    await leadUnit(tx, ctx, m.lead_org_id, m.title);
    const task = await createTaskInTx(tx, ctx, {
      title: m.title,
      description: `Thực hiện ${row.kind === 'scheme' ? 'Đề án' : 'Báo cáo chuyên đề'} «${row.title}».`,
      orgId: m.lead_org_id,
      dueOn: m.due_on,
      secrecy: row.secrecy,
      source: { kind: 'proposal', id: Number(row.id), ref: row.issued_ref },
    });
    await q.setTask(tx, m.id, task.id);
    created++;
  }
  return created;
}

export async function add(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof addMeasureBody>,
): Promise<ProposalMeasure> {
  const actor = authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const { row } = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    await leadUnit(tx, ctx, input.leadOrgId, input.title);
    const mid = await q.insert(tx, { proposalId: id, ...input, by: actor.userId });
    // Added after the issue: it is a task at once.
    if (isAdopted(row.stage)) await tasksFromMeasuresInTx(tx, ctx, row);
    const out = presentMeasure((await q.byId(tx, id, mid)) as q.MeasureRow);
    await recordAudit(tx, ctx, {
      action: 'proposal.measure',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      after: out,
    });
    return out;
  });
}

export async function remove(deps: Deps, ctx: RequestCtx, id: number, measureId: number): Promise<void> {
  authorize(ctx, 'proposal.manage');
  await transact(deps, async (tx) => {
    const { row } = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    const m = await q.byId(tx, id, measureId);
    if (!m) throw notFound('Giải pháp');
    if (m.task_id !== null) {
      throw new RuleError(
        'measure_has_task',
        'Giải pháp đã thành nhiệm vụ: theo dõi, điều chỉnh ở nhiệm vụ đó.',
      );
    }
    await q.remove(tx, id, measureId);
    await recordAudit(tx, ctx, {
      action: 'proposal.measure_remove',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      before: presentMeasure(m),
    });
  });
}

/** After the issue: tasks for the measures that have none yet (safe to repeat). */
export async function createTasks(deps: Deps, ctx: RequestCtx, id: number): Promise<ProposalMeasureTasks> {
  authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const { row } = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    if (!isAdopted(row.stage)) {
      throw new RuleError(
        'proposal_not_adopted',
        'Đề án chưa ban hành: các giải pháp chưa giao thành nhiệm vụ.',
      );
    }
    const created = await tasksFromMeasuresInTx(tx, ctx, row);
    const measures = (await q.list(tx, id)).map(presentMeasure);
    await recordAudit(tx, ctx, {
      action: 'proposal.measure_tasks',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      after: { created, measures },
    });
    return { created, measures };
  });
}
