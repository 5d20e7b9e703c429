// Exemptions and reductions of party fees (docs/finance.md): recorded per member with a period of
// whole months and a reason, checked against the rule finance.fee_relief in force on the first
// month (the levels 30/50/70% or an exemption, at most 12 months), never overlapping another. The
// month sheet's amount due follows from them (members/fees/service.ts).

import type { reliefBody } from '../../../../../domain/finance/schemas.ts';
import { reliefProblem } from '../../../../../domain/members/fee-relief.ts';
import type { z } from '../../../../../domain/validation.ts';
import type { RequestCtx } from '../../../../auth/actor.ts';
import { authorize } from '../../../../auth/authorize.ts';
import { scopeUnitIds, unitInScope } from '../../../../auth/scope.ts';
import { type Deps, transact } from '../../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../../http/errors.ts';
import { recordAudit } from '../../../audit/service.ts';
import { ruleInForce } from '../../../rules/service.ts';
import * as q from '../../queries.ts';
import { NOT_FOUND } from '../../record.ts';
import { type FeeRelief, type FeeReliefList, presentRelief } from './presenter.ts';
import * as rq from './queries.ts';

function monthText(m: string): string {
  return `${m.slice(5, 7)}/${m.slice(0, 4)}`;
}

export async function recordRelief(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof reliefBody>,
): Promise<FeeRelief> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    if ((await q.managedCount(tx, actor, [input.memberId])) !== 1) throw notFound(NOT_FOUND);
    const rule = await ruleInForce(tx, ctx, 'finance.fee_relief', `${input.from}-01`);
    const problem = reliefProblem(input, rule.value);
    if (problem) throw new RuleError('relief_not_allowed', problem);
    await rq.lockMember(tx, input.memberId);
    const clash = await rq.overlapping(tx, input.memberId, `${input.from}-01`, `${input.to}-01`);
    if (clash)
      throw new ConflictError(
        'relief_overlaps',
        `Đảng viên đã được miễn, giảm từ tháng ${monthText(clash.from_month)} đến tháng ${monthText(clash.to_month)}; hai lần miễn, giảm không được trùng tháng.`,
      );
    const id = await rq.insert(tx, {
      memberId: input.memberId,
      percent: input.percent,
      from: `${input.from}-01`,
      to: `${input.to}-01`,
      reason: input.reason,
      note: input.note || null,
      ruleVersionId: rule.versionId,
      by: actor.userId,
    });
    const row = await rq.byId(tx, id);
    if (!row) throw new Error('relief vanished');
    await recordAudit(tx, ctx, {
      action: 'member.fee_relief',
      entity: 'member',
      entityId: input.memberId,
      orgId: Number(row.org_id),
      after: { reliefId: id, ...input, ruleVersionId: rule.versionId },
    });
    return presentRelief(row);
  });
}

export async function listReliefs(deps: Deps, ctx: RequestCtx, f: { orgId: number }): Promise<FeeReliefList> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const where = q.readableIn(actor, await scopeUnitIds(db, actor, unit.id));
  return { items: (await rq.listFor(db, where)).map(presentRelief) };
}
