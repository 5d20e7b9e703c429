// Rules of schemes and thematic reports (đề án, báo cáo chuyên đề): the assignment (lead unit, task
// force, deadline), the scheme's page, the portfolio, the planned deadline of each stage, and who may
// do what to a scheme. Stage moves: stages/; versions and the diff: versions/; consultation rounds:
// consultation/; comments and the response table: comments/; measures → tasks: measures/;
// reminders of consultation deadlines: reminders/. docs/proposals.md.
import { todayVn } from '../../../domain/dates.ts';
import { STAGE_LABELS, STAGES, type TEAM_ROLES } from '../../../domain/proposals/labels.ts';
import type {
  createProposalBody,
  portfolioQuery,
  stagePlanBody,
  teamBody,
  updateProposalBody,
} from '../../../domain/proposals/schemas.ts';
import { isAdopted, stageLines } from '../../../domain/proposals/stages.ts';
import type { Action } from '../../../domain/roles.ts';
import { compareNames } from '../../../domain/text.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize, may, requireSecrecyWithin } from '../../auth/authorize.ts';
import { grant, revoke } from '../../auth/grants.ts';
import { activeUnitInScope, scopeUnitIds, unitInScope } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { presentRound } from './consultation/presenter.ts';
import * as cq from './consultation/queries.ts';
import { presentMeasure } from './measures/presenter.ts';
import * as mq from './measures/queries.ts';
import {
  type Plan,
  type ProposalCan,
  type ProposalDetail,
  type ProposalJson,
  type ProposalPortfolio,
  planOf,
  presentEvent,
  presentLine,
  presentProposal,
  presentTeamMember,
} from './presenter.ts';
import * as q from './queries.ts';
import { presentVersion } from './versions/presenter.ts';
import * as vq from './versions/queries.ts';

const NOT_FOUND = 'Đề án, báo cáo';
/** The portfolio lists at most this many schemes (a term's portfolio is tens: 54 for Tổ 12386). */
const PORTFOLIO_LIMIT = 1000;

export type Right = 'read' | 'manage' | 'comment' | 'dispose' | 'conclude';

const ACTION: Record<Right, Action> = {
  read: 'proposal.read',
  manage: 'proposal.manage',
  comment: 'proposal.comment',
  dispose: 'proposal.manage',
  conclude: 'proposal.conclude',
};

const REFUSAL: Record<Exclude<Right, 'read'>, string> = {
  manage: 'Chỉ đơn vị chủ trì (và cấp trên của đơn vị) hoặc thành viên tổ biên tập mới làm được việc này.',
  comment: 'Bạn không có trong đợt lấy ý kiến nào đang mở của đề án này.',
  dispose: 'Chỉ đơn vị chủ trì hoặc tổ biên tập mới tiếp thu, giải trình ý kiến góp ý.',
  conclude: 'Chỉ lãnh đạo của đơn vị chủ trì hoặc cấp trên mới ghi kết luận và ban hành.',
};

const ADOPTED = 'Đề án đã ban hành: không nhận thêm góp ý, không sửa việc tiếp thu, giải trình.';

/** What the account may do: the role (domain/roles.ts), its relation to the scheme, the stage. */
function canOf(actor: Actor, row: q.ProposalRow, rel: Awaited<ReturnType<typeof q.relation>>): ProposalCan {
  const lead = rel.inScope || rel.team;
  const manage = may(actor, 'proposal.manage') && lead;
  const open = !isAdopted(row.stage);
  return {
    manage,
    comment: open && may(actor, 'proposal.comment') && (manage || rel.consulted),
    dispose: open && manage,
    conclude: may(actor, 'proposal.conclude') && lead,
  };
}

/**
 * The scheme an account acts on: its role may do it (403), it sees the scheme (404), it has the
 * right on this scheme (403), and the scheme is still open to comments when they are the point (422).
 * Locked for the transaction when asked, so changes to one scheme queue.
 */
export async function proposalFor(
  db: Db,
  ctx: RequestCtx,
  id: number,
  need: { right: Right; lock?: boolean },
): Promise<{ actor: Actor; row: q.ProposalRow; can: ProposalCan; consulted: boolean }> {
  const actor = authorize(ctx, ACTION[need.right]);
  const seen = await q.visibleById(db, actor, id);
  if (!seen) throw notFound(NOT_FOUND);
  let row = seen;
  if (need.lock) {
    await q.lock(db, id);
    row = (await q.byId(db, id)) as q.ProposalRow;
  }
  const rel = await q.relation(db, actor, id, row.org_id);
  const can = canOf(actor, row, rel);
  if (need.right !== 'read' && !can[need.right]) {
    const related =
      need.right === 'comment' ? rel.inScope || rel.team || rel.consulted : rel.inScope || rel.team;
    if ((need.right === 'comment' || need.right === 'dispose') && related && isAdopted(row.stage)) {
      throw new RuleError('proposal_adopted', ADOPTED);
    }
    throw forbidden(REFUSAL[need.right]);
  }
  return { actor, row, can, consulted: rel.consulted && !(rel.inScope || rel.team) };
}

/** The scheme's page for an account that sees it (after a change, inside the change's transaction). */
export async function detailOf(
  db: Db,
  ctx: RequestCtx,
  found: { row: q.ProposalRow; can: ProposalCan },
): Promise<ProposalDetail> {
  authorize(ctx, 'proposal.read');
  const id = Number(found.row.id);
  const today = todayVn();
  const [planRows, events, team, versions, rounds, targets, measures, counts] = await Promise.all([
    q.plan(db, id),
    q.events(db, id),
    q.team(db, id),
    vq.list(db, id),
    cq.rounds(db, id),
    cq.targets(db, id),
    mq.list(db, id),
    q.commentCounts(db, id),
  ]);
  const plan = planOf(planRows);
  const moves = events.map((e) => ({ to: e.to_stage, on: e.on }));
  return {
    ...presentProposal(found.row, plan, today),
    stages: stageLines(found.row.stage, plan, moves, today),
    events: events.map(presentEvent),
    team: team.map(presentTeamMember),
    versions: versions.map(presentVersion),
    rounds: rounds.map((r) => presentRound(r, targets, today)),
    measures: measures.map(presentMeasure),
    comments: counts,
    can: found.can,
  };
}

export async function detail(deps: Deps, ctx: RequestCtx, id: number): Promise<ProposalDetail> {
  authorize(ctx, 'proposal.read');
  const db = deps.database.db;
  return detailOf(db, ctx, await proposalFor(db, ctx, id, { right: 'read' }));
}

export async function create(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof createProposalBody>,
): Promise<ProposalJson> {
  const actor = authorize(ctx, 'proposal.manage');
  const secrecy = input.secrecy ?? 0;
  requireSecrecyWithin(actor, secrecy);
  return transact(deps, async (tx) => {
    const lead = await activeUnitInScope(tx, actor, input.orgId);
    const id = await q.insert(tx, {
      orgId: lead.id,
      secrecy,
      kind: input.kind,
      title: input.title,
      summary: input.summary || null,
      dueOn: input.dueOn,
      by: actor.userId,
    });
    // The assignment is the first move: into the outline, by whoever assigned it.
    await q.insertEvent(tx, {
      proposalId: id,
      from: null,
      to: 'outline',
      note: `Giao ${lead.name} chủ trì`,
      actorId: actor.userId,
    });
    const out = presentProposal((await q.byId(tx, id)) as q.ProposalRow, {}, todayVn());
    await recordAudit(tx, ctx, {
      action: 'proposal.create',
      entity: q.ENTITY,
      entityId: id,
      orgId: lead.id,
      after: out,
    });
    return out;
  });
}

export async function update(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof updateProposalBody>,
): Promise<ProposalDetail> {
  authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const found = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    const { row } = found;
    const before = presentProposal(row, {}, todayVn());
    await q.update(tx, id, {
      title: input.title ?? row.title,
      summary: input.summary === undefined ? row.summary : input.summary || null,
      dueOn: input.dueOn ?? row.due_on,
    });
    const after = await detailOf(tx, ctx, { ...found, row: (await q.byId(tx, id)) as q.ProposalRow });
    await recordAudit(tx, ctx, {
      action: 'proposal.edit',
      entity: q.ENTITY,
      entityId: id,
      orgId: row.org_id,
      before,
      after,
    });
    return after;
  });
}

export async function setPlan(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof stagePlanBody>,
): Promise<ProposalDetail> {
  authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const found = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    const stages = input.plan.map((p) => p.stage);
    const dup = stages.find((s, i) => stages.indexOf(s) !== i);
    if (dup) throw new RuleError('plan_duplicate', `Bước «${STAGE_LABELS[dup]}» được nêu hai lần.`);
    const before = planOf(await q.plan(tx, id));
    const after: Plan = { ...before };
    for (const p of input.plan) {
      if (p.dueOn === null) delete after[p.stage];
      else after[p.stage] = p.dueOn;
    }
    // Deadlines follow the chain: a later stage may not be due before an earlier one.
    let last: { stage: (typeof STAGES)[number]; dueOn: string } | undefined;
    for (const s of STAGES) {
      const due = after[s];
      if (!due) continue;
      if (last && due < last.dueOn) {
        throw new RuleError(
          'plan_out_of_order',
          `Thời hạn bước «${STAGE_LABELS[s]}» trước thời hạn bước «${STAGE_LABELS[last.stage]}».`,
        );
      }
      last = { stage: s, dueOn: due };
    }
    await q.setPlan(tx, id, input.plan);
    await recordAudit(tx, ctx, {
      action: 'proposal.plan',
      entity: q.ENTITY,
      entityId: id,
      orgId: found.row.org_id,
      before,
      after,
    });
    return detailOf(tx, ctx, found);
  });
}

/**
 * The task force, replaced as a whole. Members with an account see the scheme and work on it (a grant
 * to each); the list keeps the order head, deputies, secretary, members, each by given name.
 */
export async function setTeam(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof teamBody>,
): Promise<ProposalDetail> {
  authorize(ctx, 'proposal.manage');
  return transact(deps, async (tx) => {
    const found = await proposalFor(tx, ctx, id, { right: 'manage', lock: true });
    const userIds = input.members.map((m) => m.userId).filter((u): u is number => u != null);
    if (new Set(userIds).size !== userIds.length) {
      throw new RuleError('team_duplicate', 'Một tài khoản được nêu hai lần trong tổ biên tập.');
    }
    const accounts = new Map((await q.activeAccounts(tx, userIds)).map((a) => [Number(a.id), a]));
    const missing = userIds.find((u) => !accounts.has(u));
    if (missing)
      throw new RuleError('account_inactive', `Tài khoản số ${missing} không tồn tại hoặc đã bị khóa.`);
    if (input.members.filter((m) => m.role === 'head').length > 1) {
      throw new RuleError('team_two_heads', 'Tổ biên tập chỉ có một tổ trưởng.');
    }
    const order = (r: (typeof TEAM_ROLES)[number]) => ['head', 'deputy', 'secretary', 'member'].indexOf(r);
    const members = [...input.members]
      .sort((a, b) => order(a.role) - order(b.role) || compareNames(a.fullName, b.fullName))
      .map((m) => ({ userId: m.userId ?? null, fullName: m.fullName, role: m.role, duty: m.duty || null }));
    const before = (await q.team(tx, id)).map(presentTeamMember);
    await q.replaceTeam(tx, id, members);
    const of = { entity: q.ENTITY, entityId: id };
    await revoke(tx, { ...of, reason: 'task_force' });
    for (const u of userIds) await grant(tx, { ...of, userId: u, reason: 'task_force' });
    // One grant per person and record: those consulted in person keep theirs.
    for (const u of await cq.consultedUserIds(tx, id))
      await grant(tx, { ...of, userId: u, reason: 'consulted' });
    const after = await detailOf(tx, ctx, found);
    await recordAudit(tx, ctx, {
      action: 'proposal.team',
      entity: q.ENTITY,
      entityId: id,
      orgId: found.row.org_id,
      before,
      after: after.team,
    });
    return after;
  });
}

/**
 * The portfolio: every scheme the account sees (within a unit's subtree when asked) with its stage,
 * lead unit, days late and open comments, and the count of schemes at each stage.
 */
export async function portfolio(
  deps: Deps,
  ctx: RequestCtx,
  f: z.infer<typeof portfolioQuery>,
): Promise<ProposalPortfolio> {
  const actor = authorize(ctx, 'proposal.read');
  const db = deps.database.db;
  let ownerIds: number[] | undefined;
  if (f.orgId) {
    await unitInScope(db, actor, f.orgId);
    ownerIds = await scopeUnitIds(db, null, f.orgId);
  }
  const today = todayVn();
  const found = await q.portfolio(
    db,
    actor,
    { ownerIds, kind: f.kind, q: f.q || undefined },
    PORTFOLIO_LIMIT + 1,
  );
  const all = found.slice(0, PORTFOLIO_LIMIT).map((r) => presentLine(r, today));
  const items = all.filter(
    (p) => (!f.stage || p.stage === f.stage) && (f.lateOnly !== 'true' || p.daysLate > 0),
  );
  return {
    today,
    items,
    byStage: STAGES.map((s) => ({
      stage: s,
      label: STAGE_LABELS[s],
      count: all.filter((p) => p.stage === s).length,
    })),
    total: all.length,
    late: all.filter((p) => p.daysLate > 0).length,
    openComments: all.reduce((n, p) => n + p.openComments, 0),
    truncated: found.length > PORTFOLIO_LIMIT,
  };
}
