// Consultation rounds (lấy ý kiến): a version is sent to chosen units or people, each with its own
// deadline. Opening a round grants each of them access to the scheme (server/auth/grants.ts), so they
// can read the version and comment, tells them so, and moves a scheme still being drafted into the
// consultation stage. Reminders of the deadlines are the daily job of reminders/.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import type { openRoundBody } from '../../../../domain/proposals/schemas.ts';
import { isAdopted, isBefore } from '../../../../domain/proposals/stages.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { grant } from '../../../auth/grants.ts';
import { activeUnit } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { notify } from '../../notifications/service.ts';
import { proposalLink } from '../presenter.ts';
import * as pq from '../queries.ts';
import { proposalFor } from '../service.ts';
import * as vq from '../versions/queries.ts';
import { type ProposalRound, presentRound } from './presenter.ts';
import * as q from './queries.ts';

/** A deadline counted from the unit's working regulation: the date, the version kept, the article. */
export interface RuleDue {
  dueOn: string;
  workRuleId: number;
  article: string;
}
type RuleDueFinder = (
  tx: Db,
  ctx: RequestCtx,
  orgId: number,
  docType: string,
  on: string,
) => Promise<RuleDue | null>;
let ruleDue: RuleDueFinder = async () => null;

/** @trusted registration at start (server/integrations.ts): the rules area counts the deadline. */
export function registerConsultationDue(fn: RuleDueFinder): void {
  ruleDue = fn;
}

async function roundJson(db: Db, proposalId: number, roundId: number): Promise<ProposalRound> {
  const r = await q.round(db, proposalId, roundId);
  if (!r) throw notFound('Đợt lấy ý kiến');
  return presentRound(r, await q.targets(db, proposalId), todayVn());
}

export async function openRound(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof openRoundBody>,
): Promise<ProposalRound> {
  const actor = authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const { row } = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    if (isAdopted(row.stage)) {
      throw new RuleError('proposal_adopted', 'Đề án đã ban hành: không lấy ý kiến thêm.');
    }
    const version = await vq.byNumber(tx, id, input.version);
    if (!version) {
      throw new RuleError(
        'version_missing',
        `Đề án chưa có dự thảo lần ${input.version}: hãy tải dự thảo lên trước.`,
      );
    }
    const orgIds = input.targets.map((t) => t.orgId).filter((x): x is number => x != null);
    const userIds = input.targets.map((t) => t.userId).filter((x): x is number => x != null);
    if (new Set(orgIds).size !== orgIds.length || new Set(userIds).size !== userIds.length) {
      throw new RuleError(
        'target_duplicate',
        'Một đơn vị hoặc một người được chọn hai lần trong đợt lấy ý kiến.',
      );
    }
    // Any active unit may be consulted: a board asks the wards, the departments, the other boards.
    const units = new Map<number, string>();
    for (const o of orgIds) units.set(o, (await activeUnit(tx, o)).name);
    const people = new Map((await q.accounts(tx, userIds)).map((u) => [Number(u.id), u]));
    const missing = userIds.find((u) => !people.has(u));
    if (missing)
      throw new RuleError('account_inactive', `Tài khoản số ${missing} không tồn tại hoặc đã bị khóa.`);

    // No deadline typed: the working regulation's time to answer, in working days from today.
    const fromRule = input.dueOn
      ? null
      : await ruleDue(tx, ctx, row.org_id, row.kind === 'scheme' ? 'ĐA' : 'BC', todayVn());
    const roundDue = input.dueOn ?? fromRule?.dueOn;
    if (!roundDue)
      throw new RuleError(
        'due_missing',
        'Chưa có hạn góp ý: nhập hạn, hoặc ban hành quy chế làm việc có quy định thời hạn lấy ý kiến.',
      );
    const roundId = await q.insertRound(tx, {
      proposalId: id,
      versionId: version.id,
      dueOn: roundDue,
      note: input.note || null,
      by: actor.userId,
      workRuleId: fromRule?.workRuleId ?? null,
      ruleArticle: fromRule?.article ?? null,
    });
    const of = { entity: pq.ENTITY, entityId: id };
    for (const t of input.targets) {
      const dueOn = t.dueOn ?? roundDue;
      await q.insertTarget(tx, { roundId, orgId: t.orgId ?? null, userId: t.userId ?? null, dueOn });
      if (t.orgId != null) await grant(tx, { ...of, orgId: t.orgId, reason: 'consulted' });
      else if (t.userId != null) await grant(tx, { ...of, userId: t.userId, reason: 'consulted' });
      const notice = {
        kind: 'proposal.consult',
        title: `Xin ý kiến góp ý: ${row.title}`,
        body: `Dự thảo lần ${input.version} — hạn góp ý ${formatDateVi(dueOn)} — ${row.org_name}`,
        link: proposalLink(id),
        entity: pq.ENTITY,
        entityId: id,
        dedupeKey: `proposal:${id}:round:${roundId}`,
      };
      if (t.userId != null) await notify(tx, { userIds: [t.userId] }, notice);
      else if (t.orgId != null) await notify(tx, { orgId: t.orgId, roles: ['leader', 'clerk'] }, notice);
    }
    const out = await roundJson(tx, id, roundId);
    if (isBefore(row.stage, 'consultation')) {
      await pq.setStage(tx, id, { stage: 'consultation' });
      await pq.insertEvent(tx, {
        proposalId: id,
        from: row.stage,
        to: 'consultation',
        note: `Mở đợt lấy ý kiến lần ${out.number}`,
        actorId: actor.userId,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'proposal.round',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      after: { ...out, units: [...units.values()] },
    });
    return out;
  });
}

export async function closeRound(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  roundId: number,
): Promise<ProposalRound> {
  const actor = authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const { row } = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    const before = await roundJson(tx, id, roundId);
    if (!before.open) throw new RuleError('round_closed', `Đợt lấy ý kiến lần ${before.number} đã kết thúc.`);
    await q.closeRound(tx, roundId, actor.userId);
    const after = await roundJson(tx, id, roundId);
    await recordAudit(tx, ctx, {
      action: 'proposal.round_close',
      entity: pq.ENTITY,
      entityId: id,
      orgId: row.org_id,
      before,
      after,
    });
    return after;
  });
}

/** Ends the open rounds of a scheme that moves past consultation (inside the move's transaction). */
export async function closeOpenRoundsInTx(tx: Db, ctx: RequestCtx, proposalId: number): Promise<number> {
  const actor = authorize(ctx, 'proposal.manage');
  let closed = 0;
  for (const roundId of await q.openRoundIds(tx, proposalId))
    closed += await q.closeRound(tx, roundId, actor.userId);
  return closed;
}

/** Opinions due in [from, today) that came late or never (the dashboard of the working rules). */
export async function lateOpinions(db: Db, ctx: RequestCtx, from: string, today: string) {
  const actor = authorize(ctx, 'workrules.late');
  return (await q.lateOpinions(db, actor, from, today)).map((r) => ({
    proposalId: Number(r.proposal_id),
    title: r.title,
    round: r.round,
    orgId: r.org_id,
    orgName: r.org_name,
    consultee: r.consultee,
    dueOn: r.due_on,
    doneOn: r.answered_on,
    closedOn: r.closed_on,
    article: r.rule_article,
  }));
}
