// Congresses (đại hội, docs/congresses.md): a unit's congress for a term with its timetable (each step
// with the deadline the committee above set, and the day it was done) and the elections held at it.
// Elections are in elections/, the tellers' entries in tally/, signed result packages in offline/.

import type {
  createCongressBody,
  milestoneBody,
  milestoneDoneBody,
} from '../../../domain/congresses/schemas.ts';
import { todayVn } from '../../../domain/dates.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, may } from '../../auth/authorize.ts';
import { activeUnitInScope } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { presentDelegate } from './delegates/presenter.ts';
import * as dq from './delegates/queries.ts';
import { presentSummary } from './elections/presenter.ts';
import * as eq from './elections/queries.ts';
import { type CongressDetail, presentCongress, presentMilestone } from './presenter.ts';
import * as q from './queries.ts';

async function visibleCongress(db: Db, actor: Actor, id: number, lock = false): Promise<q.CongressRow> {
  const row = await q.byId(db, id, q.congressVisible(actor), lock);
  if (!row) throw notFound('Đại hội');
  return row;
}

async function detailOf(db: Db, actor: Actor, row: q.CongressRow): Promise<CongressDetail> {
  const today = todayVn();
  const [milestones, elections, delegates] = await Promise.all([
    q.milestones(db, row.id),
    eq.list(db, eq.electionVisible(actor), { congressId: Number(row.id) }),
    dq.list(db, Number(row.id)),
  ]);
  return {
    ...presentCongress(row),
    milestones: milestones.map((m) => presentMilestone(m, today)),
    elections: elections.map(presentSummary),
    delegates: delegates.map(presentDelegate),
    can: { manage: may(actor, 'congress.manage') },
  };
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createCongressBody>,
): Promise<CongressDetail> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, input.orgId);
    const id = await q.insert(tx, {
      orgId: unit.id,
      title: input.title,
      term: input.term,
      heldOn: input.heldOn,
      by: actor.userId,
    });
    for (const m of input.milestones ?? []) await q.insertMilestone(tx, { congressId: id, ...m });
    await recordAudit(tx, ctx, {
      action: 'congress.create',
      entity: 'congress',
      entityId: id,
      orgId: unit.id,
      after: input,
    });
    return detailOf(tx, actor, await visibleCongress(tx, actor, id));
  });
}

export async function list(deps: Deps, ctx: RequestCtx, f: { orgId?: number | undefined }) {
  const actor = authorize(ctx, 'congress.read');
  const rows = await q.list(deps.database.db, q.congressVisible(actor), f.orgId);
  return { items: rows.map(presentCongress) };
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<CongressDetail> {
  const actor = authorize(ctx, 'congress.read');
  const db = deps.database.db;
  return detailOf(db, actor, await visibleCongress(db, actor, id));
}

export async function addMilestone(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof milestoneBody>,
): Promise<CongressDetail> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleCongress(tx, actor, id, true);
    const mid = await q.insertMilestone(tx, { congressId: row.id, ...input });
    await recordAudit(tx, ctx, {
      action: 'congress.milestone',
      entity: 'congress',
      entityId: row.id,
      orgId: row.org_id,
      after: { id: mid, ...input },
    });
    return detailOf(tx, actor, row);
  });
}

export async function setMilestoneDone(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  milestoneId: number,
  input: z.infer<typeof milestoneDoneBody>,
): Promise<CongressDetail> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleCongress(tx, actor, id, true);
    if ((await q.setMilestoneDone(tx, row.id, milestoneId, input.doneOn)) === 0)
      throw notFound('Bước trong lịch trình');
    await recordAudit(tx, ctx, {
      action: 'congress.milestone_done',
      entity: 'congress',
      entityId: row.id,
      orgId: row.org_id,
      after: { milestoneId, ...input },
    });
    return detailOf(tx, actor, row);
  });
}
