// The two writes of a member's rating for a period (a year or a quarter), shared by the rating sheet
// (PUT /api/members/{id}/ratings, POST …/ratings/decision) and the individual review (Mẫu 2A/2B/2C,
// /api/reviews/members/{id}): one row per member and period, so the review's decided grade is the
// member's rating. The callers have authorised the account and locked the member's record.
import { isUnder } from '../../../../domain/access.ts';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import { periodOf, type Quarter } from '../../../../domain/inspections/reviews.ts';
import {
  atMost,
  RATING_CATEGORIES,
  RATING_LABELS,
  type RatingCategory,
  ratingCategory,
  scoresProblem,
} from '../../../../domain/members/rating.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { taskFiguresOf } from '../../tasks/service.ts';
import * as q from '../queries.ts';
import {
  type MemberRating,
  presentRating,
  type RatingAttendance,
  type RatingDiscipline,
} from './presenter.ts';
import * as rq from './queries.ts';

type Period = { memberId: number; year: number; quarter?: number | undefined };

/** A member's chi bộ meetings of a year or quarter, as the meetings area counts them. */
export type AttendanceOfYear = (db: Db, ctx: RequestCtx, f: Period) => Promise<RatingAttendance>;
/** A member's discipline of a year or quarter and the highest category it allows (the inspections area). */
export type DisciplineOfYear = (db: Db, ctx: RequestCtx, f: Period) => Promise<RatingDiscipline>;

/** Set once by server/integrations.ts through the service's register functions. */
export const feeds: { attendance: AttendanceOfYear | null; discipline: DisciplineOfYear | null } = {
  attendance: null,
  discipline: null,
};

const label = (year: number, quarter: number) => periodOf(year, quarter as Quarter).label;

/**
 * Scores a member's period: the category from the scores and whether every task of the period was
 * done on time (the task tracker, for a member with an account; else the given flag), capped by the
 * discipline of the period (the inspections area's rule).
 */
export async function scoreIn(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  m: q.MemberRow,
  input: {
    year: number;
    quarter: number;
    generalScore: number;
    resultScore: number;
    allTasksOnTime?: boolean | undefined;
    selfReview?: string | null | undefined;
  },
): Promise<MemberRating> {
  const problem = scoresProblem(input.generalScore, input.resultScore);
  if (problem) throw new RuleError('rating_scores', problem);
  const period = periodOf(input.year, input.quarter as Quarter);
  // Tasks are assigned to accounts: a member without one has no task record to judge by, and one
  // without tasks in the period neither; the chi bộ's flag is used then.
  const fromTasks =
    m.user_id === null
      ? null
      : (
          await taskFiguresOf(tx, ctx, {
            userId: m.user_id,
            from: period.from,
            to: period.to,
            today: todayVn(),
          })
        ).allOnTime;
  const allOnTime = fromTasks ?? input.allTasksOnTime ?? false;
  const scored = ratingCategory(input.generalScore + input.resultScore, allOnTime);
  const d = feeds.discipline
    ? await feeds.discipline(tx, ctx, { memberId: m.id, year: input.year, quarter: input.quarter })
    : null;
  const category = d?.maxCategory ? atMost(scored, d.maxCategory) : scored;
  const before = await rq.ofYear(tx, m.id, input.year, input.quarter);
  await rq.upsertScores(tx, {
    memberId: m.id,
    year: input.year,
    quarter: input.quarter,
    orgId: m.org_id,
    general: input.generalScore,
    result: input.resultScore,
    allOnTime,
    category,
    selfReview: input.selfReview,
  });
  const after = presentRating((await rq.ofYear(tx, m.id, input.year, input.quarter)) as rq.RatingRow);
  await q.addHistory(tx, m.id, actor, 'rating', {
    rating: { from: before ? presentRating(before) : null, to: after },
  });
  await recordAudit(tx, ctx, {
    action: 'member.rating',
    entity: 'member',
    entityId: m.id,
    orgId: m.org_id,
    after,
  });
  return after;
}

/**
 * Records the chi bộ's grade (level cell: the proposal) or the grade decided by the committee one
 * level up (level committee: an account whose own unit is above the member's unit; the account and its
 * unit are recorded). «Xuất sắc» needs every task on time; discipline caps the grade.
 */
export async function decideIn(
  tx: Db,
  ctx: RequestCtx,
  actor: Actor,
  m: q.MemberRow,
  input: {
    year: number;
    quarter: number;
    level: 'cell' | 'committee';
    category: RatingCategory;
    decidedOn: string;
  },
): Promise<MemberRating> {
  const before = await rq.ofYear(tx, m.id, input.year, input.quarter);
  const period = label(input.year, input.quarter);
  if (!before || before.category === null)
    throw new RuleError('rating_missing', `Chưa chấm điểm ${period} cho đảng viên «${m.full_name}».`);
  if (input.level === 'committee') {
    if (!before.cell_category)
      throw new RuleError('rating_cell_first', 'Chi bộ phải xếp loại trước khi cấp ủy cấp trên quyết định.');
    const unit = await unitInScope(tx, null, m.org_id);
    if (unit.path === actor.orgPath || !isUnder(unit.path, actor.orgPath))
      throw new RuleError(
        'decider_not_above',
        `Xếp loại của đảng viên «${m.full_name}» do cấp ủy cấp trên của «${unit.name}» quyết định; tài khoản này không thuộc cấp trên.`,
      );
  }
  if (input.category === 'xuat_sac' && !before.all_tasks_on_time)
    throw new RuleError(
      'rating_requires_tasks_on_time',
      'Chỉ xếp loại «Hoàn thành xuất sắc nhiệm vụ» khi mọi nhiệm vụ được giao đều hoàn thành đúng hạn.',
    );
  if (input.decidedOn > todayVn())
    throw new RuleError('date_in_future', 'Ngày quyết định không được ở tương lai.');
  const d = feeds.discipline
    ? await feeds.discipline(tx, ctx, { memberId: m.id, year: input.year, quarter: input.quarter })
    : null;
  if (
    d?.maxCategory &&
    RATING_CATEGORIES.indexOf(input.category) < RATING_CATEGORIES.indexOf(d.maxCategory)
  ) {
    const first = d.decisions[0];
    throw new RuleError(
      'rating_discipline',
      `Đảng viên «${m.full_name}» bị kỷ luật trong ${period}${first ? ` (${first.formLabel}, ngày ${formatDateVi(first.decidedOn)})` : ''}: xếp loại cao nhất là «${RATING_LABELS[d.maxCategory]}» (${d.source}).`,
    );
  }
  await rq.setDecision(tx, {
    memberId: m.id,
    year: input.year,
    quarter: input.quarter,
    level: input.level,
    category: input.category,
    on: input.decidedOn,
    by: actor.userId,
    orgId: input.level === 'committee' ? actor.orgId : null,
  });
  const after = presentRating((await rq.ofYear(tx, m.id, input.year, input.quarter)) as rq.RatingRow);
  await q.addHistory(tx, m.id, actor, 'rating_decision', {
    rating: { from: presentRating(before), to: after },
  });
  await recordAudit(tx, ctx, {
    action: 'member.rating_decision',
    entity: 'member',
    entityId: m.id,
    orgId: m.org_id,
    after,
  });
  return after;
}
