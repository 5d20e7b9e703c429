// The money's path over a subtree and a range of months, shared by the remittance, the
// reconciliation, the reports and the dashboard: the units (tree order), what their members paid
// (from the members area's fee sums), the shares kept in force each month (rule
// finance.kept_shares), and the flows of domain/finance/remittance.ts.
import {
  type FlowUnit,
  type KeptShares,
  type Month,
  monthFlows,
  monthSpan,
  rangeRemittance,
} from '../../../domain/finance/remittance.ts';
import type { OrgKind } from '../../../domain/orgs.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { RuleError } from '../../http/errors.ts';
import { paidByUnitMonth } from '../members/fees/service.ts';
import { ruleInForce } from '../rules/service.ts';
import * as q from './queries.ts';

/** The longest range a request may ask for, in months. */
export const MAX_MONTHS = 60;

export function checkRange(from: Month, to: Month): void {
  if (to < from) throw new RuleError('range_reversed', 'Tháng kết thúc phải từ tháng bắt đầu trở đi.');
  if (monthSpan(from, to) > MAX_MONTHS)
    throw new RuleError('range_too_long', `Chỉ xem được tối đa ${MAX_MONTHS} tháng mỗi lần.`);
}

export interface SubtreeFlows {
  units: q.UnitRow[];
  flowUnits: FlowUnit[];
  paid: Map<Month, Map<number, { amount: number; payers: number }>>;
  ownOf: (m: Month) => Map<number, number>;
  sharesOf: (m: Month) => KeptShares;
  /** Rule versions used, per month. */
  versions: Map<Month, number>;
}

export async function subtreeFlows(
  db: Db,
  ctx: RequestCtx,
  rootId: number,
  months: readonly Month[],
): Promise<SubtreeFlows> {
  const units = await q.subtreeUnits(db, rootId);
  const flowUnits = units.map((u) => ({
    id: Number(u.id),
    parentId: u.parent_id === null ? null : Number(u.parent_id),
    kind: u.kind as OrgKind,
  }));
  const first = months[0];
  const last = months.at(-1);
  const paid =
    first && last
      ? await paidByUnitMonth(
          db,
          flowUnits.map((u) => u.id),
          first,
          last,
        )
      : new Map();
  const shares = new Map<Month, KeptShares>();
  const versions = new Map<Month, number>();
  for (const m of months) {
    const rule = await ruleInForce(db, ctx, 'finance.kept_shares', `${m}-01`);
    shares.set(m, rule.value);
    versions.set(m, rule.versionId);
  }
  const ownOf = (m: Month) =>
    new Map([...(paid.get(m)?.entries() ?? [])].map(([id, v]) => [id, v.amount] as [number, number]));
  const sharesOf = (m: Month) => shares.get(m) as KeptShares;
  return { units, flowUnits, paid, ownOf, sharesOf, versions };
}

export function remittanceOf(s: SubtreeFlows, rootId: number, months: readonly Month[]) {
  return rangeRemittance(s.flowUnits, rootId, months, s.ownOf, s.sharesOf);
}

export function flowsOfMonth(s: SubtreeFlows, rootId: number, m: Month) {
  return monthFlows(s.flowUnits, rootId, s.ownOf(m), s.sharesOf(m));
}
