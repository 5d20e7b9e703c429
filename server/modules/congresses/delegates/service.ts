// Delegates of a congress (đại biểu chính thức, dự khuyết) and their credentials check (thẩm tra tư
// cách): the member must be on the roll of the unit or of a unit below it (a đảng bộ's congress
// takes its delegates from its chi bộ) on the congress day (422 `delegate_not_member`) and a
// full member (422 `delegate_probationary`); discipline decided in the months before the congress
// (the rule congresses.delegate_discipline_months, through the inspections area's service) is kept
// as a finding for the credentials committee. docs/congresses.md.
import { credentialProblems, monthsBefore } from '../../../../domain/congresses/credentials.ts';
import type { delegateBody } from '../../../../domain/congresses/schemas.ts';
import { formatDateVi } from '../../../../domain/dates.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { decisionsBetween } from '../../inspections/discipline/service.ts';
import { type RollMember, rollOn } from '../../members/transfers/service.ts';
import { ruleInForce } from '../../rules/service.ts';
import * as cq from '../queries.ts';
import { type DelegateJson, presentDelegate } from './presenter.ts';
import * as q from './queries.ts';

export async function add(
  deps: Deps,
  ctx: RequestCtx,
  congressId: number,
  input: z.infer<typeof delegateBody>,
): Promise<{ items: DelegateJson[] }> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const congress = await cq.byId(tx, congressId, cq.congressVisible(actor), true);
    if (!congress) throw notFound('Đại hội');
    let member: RollMember | undefined;
    for (const unit of await q.unitAndBelow(tx, Number(congress.org_id))) {
      const roll = await rollOn(tx, ctx, { orgId: unit, on: congress.held_on });
      member = roll.find((m) => m.memberId === input.memberId);
      if (member) break;
    }
    if (!member)
      throw new RuleError(
        'delegate_not_member',
        `Đảng viên này không có tên trong danh sách của ${congress.org_name} hay các chi bộ trực thuộc vào ngày đại hội ${formatDateVi(congress.held_on)}.`,
      );
    if (!member.official)
      throw new RuleError(
        'delegate_probationary',
        `${member.fullName} là đảng viên dự bị vào ngày đại hội: không có quyền ứng cử, bầu cử (Điều lệ Đảng, Điều 5).`,
      );
    const rule = await ruleInForce(tx, ctx, 'congresses.delegate_discipline_months', congress.held_on);
    const disciplines = await decisionsBetween(tx, ctx, {
      memberId: member.memberId,
      from: monthsBefore(congress.held_on, rule.value),
      to: congress.held_on,
    });
    const problems = credentialProblems(
      { onRoll: true, official: true, disciplines, months: rule.value },
      formatDateVi,
    );
    const id = await q.insert(tx, {
      congressId: Number(congress.id),
      memberId: member.memberId,
      fullName: member.fullName,
      kind: input.kind,
      problems,
      ruleVersionId: rule.versionId,
      by: actor.userId,
    });
    if (id === null)
      throw new ConflictError('delegate_exists', `${member.fullName} đã có trong danh sách đại biểu.`);
    await recordAudit(tx, ctx, {
      action: 'congress.delegate',
      entity: 'congress',
      entityId: congress.id,
      orgId: congress.org_id,
      after: { memberId: member.memberId, kind: input.kind, problems },
    });
    return { items: (await q.list(tx, Number(congress.id))).map(presentDelegate) };
  });
}

export async function remove(
  deps: Deps,
  ctx: RequestCtx,
  congressId: number,
  delegateId: number,
): Promise<{ items: DelegateJson[] }> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const congress = await cq.byId(tx, congressId, cq.congressVisible(actor), true);
    if (!congress) throw notFound('Đại hội');
    if ((await q.remove(tx, Number(congress.id), delegateId)) === 0) throw notFound('Đại biểu');
    await recordAudit(tx, ctx, {
      action: 'congress.delegate_remove',
      entity: 'congress',
      entityId: congress.id,
      orgId: congress.org_id,
      after: { delegateId },
    });
    return { items: (await q.list(tx, Number(congress.id))).map(presentDelegate) };
  });
}
