// Awards (thi đua, khen thưởng; docs/rewards.md): emulation movements with their criteria; proposals
// (hồ sơ đề nghị) from a unit for one of its members or units, checked at once against the criteria
// in force (the rule «rewards.criteria», kept with the proposal) and against discipline — each
// criterion not met is named and the proposal is kept as refused; the council's vote; the decision
// with its number, which enters the award in the registry (registry/). The ratings come from the
// members area (its service: the decided grade when there is one), the discipline decisions — on a
// member, or on the unit proposed — from the inspections area (its service).
import { isUnder } from '../../../domain/access.ts';
import type { RatingCategory } from '../../../domain/members/rating.ts';
import {
  checkAward,
  type Failure,
  orgDisciplineInForce,
  yearsCounted,
} from '../../../domain/rewards/criteria.ts';
import type {
  awardDecisionBody,
  councilBody,
  movementBody,
  proposalBody,
  proposalListQuery,
} from '../../../domain/rewards/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import { authorize } from '../../auth/authorize.ts';
import { activeUnitInScope, unitInScope } from '../../auth/scope.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError, ValidationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { decisionsBetween } from '../inspections/discipline/service.ts';
import { orgDecisionsUpTo } from '../inspections/org-discipline/service.ts';
import { ofMember, sheet } from '../members/rating/service.ts';
import { get as getMember } from '../members/service.ts';
import { ruleInForce } from '../rules/service.ts';
import { presentMovement, presentProposal, type RewardMovement, type RewardProposal } from './presenter.ts';
import * as q from './queries.ts';

export async function createMovement(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof movementBody>,
): Promise<RewardMovement> {
  const actor = authorize(ctx, 'reward.propose');
  if (input.endsOn < input.startsOn) throw new ValidationError('Đến ngày: không được trước ngày bắt đầu.');
  const id = await transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, actor, input.orgId);
    const unitIds = [...new Set(input.unitIds ?? [])];
    for (const orgId of unitIds) {
      const taking = await unitInScope(tx, actor, orgId);
      if (!isUnder(taking.path, unit.path)) {
        throw new RuleError(
          'outside_unit',
          `«${taking.name}» không thuộc «${unit.name}», không tham gia phong trào.`,
        );
      }
    }
    const id = await q.insertMovement(tx, { ...input, orgId: unit.id, by: actor.userId });
    await q.insertMovementUnits(tx, id, unitIds);
    await recordAudit(tx, ctx, {
      action: 'reward.movement.create',
      entity: q.MOVEMENT_ENTITY,
      entityId: id,
      orgId: unit.id,
      after: input,
    });
    return id;
  });
  const [row] = await q.movements(deps.database.db, actor, { id });
  return presentMovement(row as q.MovementRow);
}

export async function listMovements(deps: Deps, ctx: RequestCtx) {
  const actor = authorize(ctx, 'reward.read');
  return { items: (await q.movements(deps.database.db, actor, {})).map(presentMovement) };
}

async function visibleProposal(db: Db, actor: Actor, id: number, lock = false): Promise<q.ProposalRow> {
  const row = await q.proposal(db, id, actor);
  if (!row) throw notFound('Hồ sơ đề nghị khen thưởng');
  return lock ? ((await q.proposal(db, id, null, true)) as q.ProposalRow) : row;
}

export async function getProposal(deps: Deps, ctx: RequestCtx, id: number): Promise<RewardProposal> {
  const actor = authorize(ctx, 'reward.read');
  return presentProposal(await visibleProposal(deps.database.db, actor, id));
}

export async function listProposals(deps: Deps, ctx: RequestCtx, f: z.infer<typeof proposalListQuery>) {
  const actor = authorize(ctx, 'reward.read');
  const db = deps.database.db;
  const within = f.orgId ? await unitInScope(db, actor, f.orgId) : null;
  const found = await q.proposals(db, actor, {
    withinPath: within?.path ?? null,
    year: f.year,
    status: f.status,
    memberId: f.memberId,
    limit: f.limit,
  });
  return { items: found.map(presentProposal) };
}

/** The final grades of a member's years (the members area's rating). */
async function memberGrades(deps: Deps, ctx: RequestCtx, memberId: number) {
  const { items } = await ofMember(deps, ctx, memberId);
  return new Map<number, RatingCategory | null>(items.map((i) => [i.year, i.finalCategory]));
}

/** The final grades of a unit's years (the committee's grade, else the computed one). */
async function unitGrades(deps: Deps, ctx: RequestCtx, orgId: number, from: number, to: number) {
  const out = new Map<number, RatingCategory | null>();
  for (let year = from; year <= to; year++) {
    const s = await sheet(deps, ctx, { orgId, year });
    const own = s.orgRatings.find((r) => r.orgId === orgId);
    out.set(year, own ? (own.committeeCategory ?? own.category) : null);
  }
  return out;
}

export async function propose(
  deps: Deps,
  ctx: RequestCtx,
  input: z.infer<typeof proposalBody>,
): Promise<RewardProposal> {
  const actor = authorize(ctx, 'reward.propose');
  if (!input.memberId === !input.subjectOrgId) {
    throw new ValidationError('Đối tượng: chọn một đảng viên hoặc một tập thể.');
  }
  const db = deps.database.db;
  const proposer = await activeUnitInScope(db, actor, input.orgId);
  const rule = await ruleInForce(db, ctx, 'rewards.criteria', `${input.year}-12-31`);
  const [from, to] = yearsCounted(input.kind, input.year, rule.value);
  let subjectName: string;
  let failures: Failure[];
  if (input.memberId) {
    const m = await getMember(deps, ctx, input.memberId);
    const home = await q.org(db, m.orgId);
    if (!home || !isUnder(home.path, proposer.path)) {
      throw new RuleError('outside_unit', `Đảng viên ${m.fullName} không thuộc «${proposer.name}».`);
    }
    subjectName = m.fullName;
    const discipline = await decisionsBetween(db, ctx, {
      memberId: m.id,
      from: `${from}-01-01`,
      to: `${to}-12-31`,
    });
    failures = checkAward(
      {
        kind: input.kind,
        year: input.year,
        subject: 'member',
        ratings: await memberGrades(deps, ctx, m.id),
        discipline,
        partyAgeYears: m.partyAgeYears,
      },
      rule.value,
    );
  } else {
    const unit = await unitInScope(db, actor, input.subjectOrgId as number);
    if (!isUnder(unit.path, proposer.path)) {
      throw new RuleError('outside_unit', `«${unit.name}» không thuộc «${proposer.name}».`);
    }
    subjectName = unit.name;
    // The unit's own discipline (not its members'): in force in the years counted, for the years the
    // rule «rewards.org_discipline_years» in force at the end of the award's year gives each form.
    const term = await ruleInForce(db, ctx, 'rewards.org_discipline_years', `${input.year}-12-31`);
    const decided = await orgDecisionsUpTo(db, ctx, { orgId: unit.id, to: `${to}-12-31` });
    failures = checkAward(
      {
        kind: input.kind,
        year: input.year,
        subject: 'org',
        ratings: await unitGrades(deps, ctx, unit.id, from, to),
        discipline: orgDisciplineInForce(decided, from, to, term.value),
      },
      rule.value,
    );
  }
  const id = await transact(deps, async (tx) => {
    if (input.movementId) {
      const [mv] = await q.movements(tx, actor, { id: input.movementId });
      if (!mv) throw notFound('Phong trào thi đua');
    }
    const id = await q.insertProposal(tx, {
      orgId: proposer.id,
      movementId: input.movementId ?? null,
      kind: input.kind,
      year: input.year,
      memberId: input.memberId ?? null,
      subjectOrgId: input.subjectOrgId ?? null,
      subjectName,
      achievement: input.achievement,
      status: failures.length > 0 ? 'refused' : 'submitted',
      failures,
      ruleVersionId: rule.versionId,
      by: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'reward.propose',
      entity: q.PROPOSAL_ENTITY,
      entityId: id,
      orgId: proposer.id,
      after: { ...input, failures },
    });
    return id;
  });
  return getProposal(deps, ctx, id);
}

export async function council(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof councilBody>,
): Promise<RewardProposal> {
  const actor = authorize(ctx, 'reward.decide');
  if (input.votesFor + input.votesAgainst > input.members) {
    throw new ValidationError('Số phiếu: tổng số phiếu vượt số thành viên Hội đồng.');
  }
  await transact(deps, async (tx) => {
    const p = await visibleProposal(tx, actor, id, true);
    if (p.status === 'refused') {
      throw new RuleError('criteria_not_met', 'Hồ sơ không đủ tiêu chuẩn, không đưa ra Hội đồng.');
    }
    if (p.status !== 'submitted') throw new ConflictError('council_done', 'Hội đồng đã xét hồ sơ này.');
    // More than half of the council's members.
    const status = input.votesFor * 2 > input.members ? 'approved' : 'rejected';
    await q.setCouncil(tx, id, { ...input, status });
    await recordAudit(tx, ctx, {
      action: 'reward.council',
      entity: q.PROPOSAL_ENTITY,
      entityId: id,
      orgId: Number(p.org_id),
      after: { ...input, status },
    });
  });
  return getProposal(deps, ctx, id);
}

export async function decideAward(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: z.infer<typeof awardDecisionBody>,
): Promise<RewardProposal> {
  const actor = authorize(ctx, 'reward.decide');
  await transact(deps, async (tx) => {
    const p = await visibleProposal(tx, actor, id, true);
    if (p.status !== 'approved') {
      throw new RuleError('not_approved', 'Chỉ ra quyết định khen thưởng khi Hội đồng đã đề nghị.');
    }
    if (p.council_on && input.decidedOn < p.council_on) {
      throw new ValidationError('Ngày quyết định: không được trước ngày Hội đồng họp.');
    }
    const awardId = await q.decide(tx, p, input);
    await recordAudit(tx, ctx, {
      action: 'reward.decide',
      entity: 'reward_award',
      entityId: awardId,
      orgId: Number(p.org_id),
      after: { proposalId: id, ...input },
    });
  });
  return getProposal(deps, ctx, id);
}
