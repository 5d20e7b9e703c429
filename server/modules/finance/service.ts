// Party finance (docs/finance.md): the path of party fees up the tree. Each unit collects what its
// members pay and what the units below remit, keeps its share (rule finance.kept_shares, by kind
// of unit, the version in force each month) and remits the rest; domain/finance/remittance.ts
// computes it in whole đồng, month by month, so `collected = kept + remitted` at every unit.
import { monthsBetween } from '../../../domain/finance/remittance.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import { authorize } from '../../auth/authorize.ts';
import { unitInScope } from '../../auth/scope.ts';
import type { Deps } from '../../deps.ts';
import { checkRange, remittanceOf, subtreeFlows } from './flow.ts';
import { type FeeRemittance, presentRemittance } from './presenter.ts';

/** GET /api/finance/fees/remittance: the unit's totals over the months and one line per unit below. */
export async function remittance(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; from: string; to: string },
): Promise<FeeRemittance> {
  const actor = authorize(ctx, 'finance.read');
  checkRange(f.from, f.to);
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const months = monthsBetween(f.from, f.to);
  const flows = await subtreeFlows(db, ctx, unit.id, months);
  return presentRemittance(remittanceOf(flows, unit.id, months));
}
