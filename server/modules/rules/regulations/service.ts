// Working regulations as versioned data (docs/rules.md): administrators and leaders add a version of
// their unit's regulation (audited); everyone reads the regulations of the units in scope. Other
// areas read the version in force for an item when it starts (regulationInForce) and keep its id;
// regulationVersion reads a kept version back, so a later version never changes a running item.
import { todayVn } from '../../../../domain/dates.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RegulationItem, regulationItems } from '../../../../domain/workdays/regulation.ts';
import { type RequestCtx, whoOf } from '../../../auth/actor.ts';
import { authorize, signedIn } from '../../../auth/authorize.ts';
import { orgInScope } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { presentRegulation, type Regulation, type RegulationList } from './presenter.ts';
import * as q from './queries.ts';

/** A version as other areas use it: its id to keep, its title, its source and its rules. */
export interface RegulationInForce {
  id: number;
  title: string;
  source: string;
  effectiveFrom: string;
  items: RegulationItem[];
}

const asInForce = (r: q.RegulationRow): RegulationInForce => ({
  id: Number(r.id),
  title: r.title,
  source: r.source,
  effectiveFrom: r.effective_from,
  items: r.items as RegulationItem[],
});

/** The unit's version in force on a day, or null when it has none (other areas, inside their checks). */
export async function regulationInForce(
  db: Db,
  ctx: RequestCtx,
  orgId: number,
  on: string,
): Promise<RegulationInForce | null> {
  whoOf(ctx);
  const row = await q.inForce(db, null, orgId, on);
  return row ? asInForce(row) : null;
}

/** A kept version by id (the one an item started under). */
export async function regulationVersion(
  db: Db,
  ctx: RequestCtx,
  id: number,
): Promise<RegulationInForce | null> {
  whoOf(ctx);
  const row = await q.byId(db, null, id);
  return row ? asInForce(row) : null;
}

/** A unit's versions, newest first, with the one in force on a day marked (404 outside scope). */
export async function listRegulations(
  deps: Deps,
  ctx: RequestCtx,
  query: { orgId?: number; on?: string },
): Promise<RegulationList> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const orgId = query.orgId ?? actor.orgId;
  if (!(await orgInScope(db, actor, orgId))) throw notFound('Đơn vị');
  const on = query.on ?? todayVn();
  const found = await q.ofOrg(db, actor, orgId);
  const current = found.find((r) => r.effective_from <= on);
  return { on, items: found.map((r) => presentRegulation(r, current ? Number(current.id) : null)) };
}

/** One version (404 outside scope). */
export async function getRegulation(deps: Deps, ctx: RequestCtx, id: number): Promise<Regulation> {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const row = await q.byId(db, actor, id);
  if (!row) throw notFound('Quy chế');
  const current = await q.inForce(db, actor, Number(row.org_id), todayVn());
  return presentRegulation(row, current ? Number(current.id) : null);
}

/** Adds a version of a unit's regulation (admins, leaders; the unit must be in scope). */
export async function addRegulation(
  deps: Deps,
  ctx: RequestCtx,
  input: {
    orgId: number;
    title: string;
    source: string;
    effectiveFrom: string;
    items: z.infer<typeof regulationItems>;
  },
): Promise<Regulation> {
  const actor = authorize(ctx, 'workrules.manage');
  return transact(deps, async (tx) => {
    if (!(await orgInScope(tx, actor, input.orgId))) throw notFound('Đơn vị');
    const id = await q.insert(tx, { ...input, by: actor.userId });
    const row = (await q.byId(tx, null, id)) as q.RegulationRow;
    await recordAudit(tx, ctx, {
      action: 'workrules.version',
      entity: 'work_regulation',
      entityId: id,
      orgId: input.orgId,
      after: {
        title: input.title,
        source: input.source,
        effectiveFrom: input.effectiveFrom,
        items: input.items,
      },
    });
    const current = await q.inForce(tx, null, input.orgId, todayVn());
    return presentRegulation(row, current ? Number(current.id) : null);
  });
}
