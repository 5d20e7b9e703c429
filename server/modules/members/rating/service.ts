// Annual quality rating (xếp loại chất lượng): scores out of 100 per member and per organisation,
// the category from the thresholds of domain/members/rating.ts, the self-review, the chi bộ's and
// the committee's decisions, and statistics by unit. Whether every task was done on time comes from
// the tasks area (its service), for members linked to an account; the member's attendance at chi bộ
// meetings of each year from the meetings area (through a hook wired in server/integrations.ts, since
// the meetings area already reads the rolls through this area). A member disciplined in the year is
// rated no higher than the rule allows: the inspections area answers through a hook as well.
import { todayVn } from '../../../../domain/dates.ts';
import { ratingCategory, scoresProblem } from '../../../../domain/members/rating.ts';
import type {
  orgRatingBody,
  ratingBody,
  ratingDecisionBody,
  selfReviewBody,
} from '../../../../domain/members/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, may } from '../../../auth/authorize.ts';
import { scopeUnitIds, unitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import * as q from '../queries.ts';
import { managed, NOT_FOUND, visible } from '../record.ts';
import {
  type MemberRating,
  type OrgRating,
  presentRating,
  presentSheet,
  type RatingSheet,
} from './presenter.ts';
import * as rq from './queries.ts';
import { type AttendanceOfYear, type DisciplineOfYear, decideIn, feeds, scoreIn } from './scoring.ts';

export type { AttendanceOfYear, DisciplineOfYear };

/** @trusted called once by server/integrations.ts: the meetings area answers for attendance. */
export function registerAttendanceOfYear(fn: AttendanceOfYear): void {
  feeds.attendance = fn;
}

/** @trusted called once by server/integrations.ts: the inspections area answers for discipline. */
export function registerDisciplineOfYear(fn: DisciplineOfYear): void {
  feeds.discipline = fn;
}

export async function ofMember(deps: Deps, ctx: RequestCtx, memberId: number) {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  await visible(db, actor, memberId);
  const items = (await rq.ofMember(db, memberId)).map(presentRating);
  // Attendance is part of what the rating weighs: this year, last year and every year rated.
  const thisYear = Number(todayVn().slice(0, 4));
  const years = [...new Set([thisYear, thisYear - 1, ...items.map((i) => i.year)])].sort((a, b) => b - a);
  const feed = feeds.attendance;
  const attendance =
    feed && may(actor, 'meeting.read')
      ? await Promise.all(years.map((year) => feed(db, ctx, { memberId, year })))
      : [];
  const dfeed = feeds.discipline;
  const discipline =
    dfeed && may(actor, 'discipline.read')
      ? await Promise.all(years.map((year) => dfeed(db, ctx, { memberId, year })))
      : [];
  return { items, attendance, discipline };
}

export async function rate(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof ratingBody>,
): Promise<MemberRating> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) =>
    scoreIn(tx, ctx, actor, await managed(tx, actor, memberId), { ...input, quarter: 0 }),
  );
}

/** The member's own self-review (kiểm điểm), or staff entering it for them. */
export async function selfReview(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof selfReviewBody>,
): Promise<MemberRating> {
  const actor = authorize(ctx, 'member.self_review');
  return transact(deps, async (tx) => {
    const m = await visible(tx, actor, memberId);
    const own = m.user_id === actor.userId;
    if (!own && !(await q.managedForUpdate(tx, actor, memberId))) throw notFound(NOT_FOUND);
    await rq.upsertSelfReview(tx, memberId, input.year, m.org_id, input.selfReview);
    const after = presentRating((await rq.ofYear(tx, memberId, input.year)) as rq.RatingRow);
    await q.addHistory(tx, memberId, actor, 'self_review', { selfReview: { from: null, to: input.year } });
    await recordAudit(tx, ctx, {
      action: 'member.self_review',
      entity: 'member',
      entityId: memberId,
      orgId: m.org_id,
      after: { year: input.year },
    });
    return after;
  });
}

export async function decide(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof ratingDecisionBody>,
): Promise<MemberRating> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) =>
    decideIn(tx, ctx, actor, await managed(tx, actor, memberId), { ...input, quarter: 0 }),
  );
}

/** The members of a unit's subtree with their rating of a year, and the counts by child unit. */
export async function sheet(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number; quarter?: number | undefined },
): Promise<RatingSheet> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const where = q.readableIn(actor, await scopeUnitIds(db, actor, unit.id));
  const [list, counts, orgs] = await Promise.all([
    rq.sheet(db, where, f.year),
    rq.stats(db, where, unit.id, f.year),
    rq.orgRatings(db, unit.id, f.year, f.quarter ?? 0),
  ]);
  return presentSheet(unit, f.year, list, counts, orgs);
}

export async function rateOrg(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: z.infer<typeof orgRatingBody> & { quarter?: number | undefined },
): Promise<OrgRating> {
  const actor = authorize(ctx, 'member.manage');
  return transact(deps, async (tx) => {
    const unit = await unitInScope(tx, actor, orgId);
    const problem = scoresProblem(input.generalScore, input.resultScore);
    if (problem) throw new RuleError('rating_scores', problem);
    const allOnTime = input.allTasksOnTime ?? false;
    const category = ratingCategory(input.generalScore + input.resultScore, allOnTime);
    if (input.committeeCategory === 'xuat_sac' && !allOnTime)
      throw new RuleError(
        'rating_requires_tasks_on_time',
        'Chỉ xếp loại «Hoàn thành xuất sắc nhiệm vụ» khi mọi nhiệm vụ được giao đều hoàn thành đúng hạn.',
      );
    const after: OrgRating = {
      orgId: unit.id,
      year: input.year,
      generalScore: input.generalScore,
      resultScore: input.resultScore,
      allTasksOnTime: allOnTime,
      category,
      selfReview: input.selfReview || null,
      committeeCategory: input.committeeCategory ?? null,
    };
    await rq.upsertOrgRating(tx, {
      orgId: unit.id,
      year: input.year,
      quarter: input.quarter ?? 0,
      general: input.generalScore,
      result: input.resultScore,
      allOnTime,
      category,
      selfReview: after.selfReview,
      committeeCategory: after.committeeCategory,
    });
    await recordAudit(tx, ctx, {
      action: 'org.rating',
      entity: 'org',
      entityId: unit.id,
      orgId: unit.id,
      after,
    });
    return after;
  });
}
