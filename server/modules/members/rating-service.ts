// Annual quality rating (xếp loại chất lượng): scores out of 100 per member and per organisation,
// the category from the thresholds of domain/members/rating.ts, the self-review, the chi bộ's and
// the committee's decisions, and statistics by unit.
import { sql } from 'drizzle-orm';
import { todayVn } from '../../../domain/dates.ts';
import {
  RATING_CATEGORIES,
  RATING_LABELS,
  type RatingCategory,
  ratingCategory,
  scoresProblem,
} from '../../../domain/members/rating.ts';
import type {
  orgRatingBody,
  ratingBody,
  ratingDecisionBody,
  selfReviewBody,
} from '../../../domain/members/schemas.ts';
import type { z } from '../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { allTasksOnTime } from '../tasks/on-time.ts';
import { memberVisible, orgIn, unitIds } from './access.ts';
import * as q from './queries.ts';
import * as rq from './rating-queries.ts';
import { actorOf, managed, visible } from './service.ts';

/**
 * Whether every task of the member's account (tasks are assigned to accounts) due in `year` was done
 * on time, from the tasks area. Null when the member has no account or no such task: the rating then
 * uses the explicit `allTasksOnTime` flag of its input.
 */
export async function allTasksOnTimeFromTasks(
  db: Db,
  member: { id: number; userId: number | null },
  year: number,
): Promise<boolean | null> {
  // Tasks are assigned to accounts: a member without an account has no task record to judge by.
  if (member.userId === null) return null;
  return allTasksOnTime(db, member.userId, year, todayVn());
}

function present(r: rq.RatingRow) {
  const general = r.general_score === null ? null : Number(r.general_score);
  const result = r.result_score === null ? null : Number(r.result_score);
  const final = r.committee_category ?? r.cell_category ?? r.category;
  return {
    memberId: r.member_id,
    year: r.year,
    generalScore: general,
    resultScore: result,
    total: general === null || result === null ? null : general + result,
    allTasksOnTime: r.all_tasks_on_time,
    category: r.category,
    categoryLabel: r.category ? RATING_LABELS[r.category] : null,
    selfReview: r.self_review,
    cellCategory: r.cell_category,
    cellDecidedOn: r.cell_decided_on,
    committeeCategory: r.committee_category,
    committeeDecidedOn: r.committee_decided_on,
    finalCategory: final,
    finalLabel: final ? RATING_LABELS[final] : null,
    orgId: r.org_id,
  };
}

export async function ofMember(db: Db, actor: Actor, memberId: number) {
  await visible(db, actor, memberId);
  return { items: (await rq.ofMember(db, memberId)).map(present) };
}

export async function rate(deps: Deps, ctx: RequestCtx, memberId: number, input: z.infer<typeof ratingBody>) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    const problem = scoresProblem(input.generalScore, input.resultScore);
    if (problem) throw new RuleError('rating_scores', problem);
    const fromTasks = await allTasksOnTimeFromTasks(tx, { id: m.id, userId: m.user_id }, input.year);
    const allOnTime = fromTasks ?? input.allTasksOnTime ?? false;
    const category = ratingCategory(input.generalScore + input.resultScore, allOnTime);
    const before = await rq.one_(tx, memberId, input.year);
    await rq.upsertScores(tx, {
      memberId,
      year: input.year,
      orgId: m.org_id,
      general: input.generalScore,
      result: input.resultScore,
      allOnTime,
      category,
      selfReview: input.selfReview,
    });
    const after = present((await rq.one_(tx, memberId, input.year)) as rq.RatingRow);
    await q.addHistory(tx, memberId, actor, 'rating', {
      rating: { from: before ? present(before) : null, to: after },
    });
    await recordAudit(tx, ctx, {
      action: 'member.rating',
      entity: 'member',
      entityId: memberId,
      orgId: m.org_id,
      after,
    });
    return after;
  });
}

/** The member's own self-review (kiểm điểm), or staff entering it for them. */
export async function selfReview(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof selfReviewBody>,
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const m = await visible(tx, actor, memberId);
    const own = m.user_id === actor.userId;
    if (!own && !(await q.managedForUpdate(tx, actor, memberId))) throw notFound('Đảng viên');
    await rq.upsertSelfReview(tx, memberId, input.year, m.org_id, input.selfReview);
    const after = present((await rq.one_(tx, memberId, input.year)) as rq.RatingRow);
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
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    const before = await rq.one_(tx, memberId, input.year);
    if (!before || before.category === null)
      throw new RuleError(
        'rating_missing',
        `Chưa chấm điểm năm ${input.year} cho đảng viên «${m.full_name}».`,
      );
    if (input.level === 'committee' && !before.cell_category)
      throw new RuleError('rating_cell_first', 'Chi bộ phải xếp loại trước khi cấp ủy cấp trên quyết định.');
    if (input.category === 'xuat_sac' && !before.all_tasks_on_time)
      throw new RuleError(
        'rating_requires_tasks_on_time',
        'Chỉ xếp loại «Hoàn thành xuất sắc nhiệm vụ» khi mọi nhiệm vụ được giao đều hoàn thành đúng hạn.',
      );
    if (input.decidedOn > todayVn())
      throw new RuleError('date_in_future', 'Ngày quyết định không được ở tương lai.');
    await rq.setDecision(tx, memberId, input.year, input.level, input.category, input.decidedOn);
    const after = present((await rq.one_(tx, memberId, input.year)) as rq.RatingRow);
    await q.addHistory(tx, memberId, actor, 'rating_decision', {
      rating: { from: present(before), to: after },
    });
    await recordAudit(tx, ctx, {
      action: 'member.rating_decision',
      entity: 'member',
      entityId: memberId,
      orgId: m.org_id,
      after,
    });
    return after;
  });
}

async function unit(db: Db, actor: Actor, orgId: number) {
  const u = await q.unitInScope(db, actor, orgId);
  if (!u) throw notFound('Đơn vị');
  return u;
}

export async function sheet(db: Db, actor: Actor, f: { orgId: number; year: number }) {
  const u = await unit(db, actor, f.orgId);
  const where = sql`${memberVisible(actor)} AND ${orgIn(await unitIds(db, actor, u.id))}`;
  const [list, counts, orgs] = await Promise.all([
    rq.sheet(db, where, f.year),
    rq.stats(db, where, u.id, f.year),
    rq.orgRatings(db, u.id, f.year),
  ]);
  const byUnit = new Map<
    number,
    { orgId: number; orgName: string; total: number; unrated: number } & Record<RatingCategory, number>
  >();
  for (const c of counts) {
    const row =
      byUnit.get(c.unit_id) ??
      ({
        orgId: c.unit_id,
        orgName: c.unit_name,
        total: 0,
        unrated: 0,
        xuat_sac: 0,
        tot: 0,
        hoan_thanh: 0,
        khong_hoan_thanh: 0,
      } as const);
    const next = { ...row, total: row.total + c.n };
    if (c.category && (RATING_CATEGORIES as readonly string[]).includes(c.category))
      next[c.category as RatingCategory] += c.n;
    else next.unrated += c.n;
    byUnit.set(c.unit_id, next);
  }
  return {
    orgId: u.id,
    orgName: u.name,
    year: f.year,
    items: list.map((r) => ({
      memberId: r.id,
      fullName: r.full_name,
      orgName: r.org_name,
      rating: r.year === null || r.member_id === null ? null : present(r),
    })),
    stats: [...byUnit.values()],
    orgRatings: orgs.map((o) => ({
      orgId: o.org_id,
      orgName: o.org_name,
      year: o.year,
      generalScore: Number(o.general_score),
      resultScore: Number(o.result_score),
      total: Number(o.general_score) + Number(o.result_score),
      allTasksOnTime: o.all_tasks_on_time,
      category: o.category,
      committeeCategory: o.committee_category,
      finalLabel: RATING_LABELS[o.committee_category ?? o.category],
      selfReview: o.self_review,
    })),
  };
}

export async function rateOrg(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: z.infer<typeof orgRatingBody>,
) {
  const actor = actorOf(ctx);
  return transact(deps, async (tx) => {
    const u = await unit(tx, actor, orgId);
    const problem = scoresProblem(input.generalScore, input.resultScore);
    if (problem) throw new RuleError('rating_scores', problem);
    const allOnTime = input.allTasksOnTime ?? false;
    const category = ratingCategory(input.generalScore + input.resultScore, allOnTime);
    if (input.committeeCategory === 'xuat_sac' && !allOnTime)
      throw new RuleError(
        'rating_requires_tasks_on_time',
        'Chỉ xếp loại «Hoàn thành xuất sắc nhiệm vụ» khi mọi nhiệm vụ được giao đều hoàn thành đúng hạn.',
      );
    await rq.upsertOrgRating(tx, {
      orgId: u.id,
      year: input.year,
      general: input.generalScore,
      result: input.resultScore,
      allOnTime,
      category,
      selfReview: input.selfReview || null,
      committeeCategory: input.committeeCategory ?? null,
    });
    const after = { orgId: u.id, ...input, category };
    await recordAudit(tx, ctx, { action: 'org.rating', entity: 'org', entityId: u.id, orgId: u.id, after });
    return after;
  });
}
