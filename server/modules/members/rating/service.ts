// Annual quality rating (xếp loại chất lượng): scores out of 100 per member and per organisation,
// the category from the thresholds of domain/members/rating.ts, the self-review, the chi bộ's and
// the committee's decisions, and statistics by unit. Whether every task was done on time comes from
// the tasks area (its service), for members linked to an account; the member's attendance at chi bộ
// meetings of each year from the meetings area (through a hook wired in server/integrations.ts, since
// the meetings area already reads the rolls through this area). A member disciplined in the year is
// rated no higher than the rule allows: the inspections area answers through a hook as well.
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import {
  atMost,
  RATING_CATEGORIES,
  RATING_LABELS,
  ratingCategory,
  scoresProblem,
} from '../../../../domain/members/rating.ts';
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
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { tasksAllOnTime } from '../../tasks/service.ts';
import * as q from '../queries.ts';
import { managed, NOT_FOUND, visible } from '../record.ts';
import {
  type MemberRating,
  type OrgRating,
  presentRating,
  presentSheet,
  type RatingAttendance,
  type RatingDiscipline,
  type RatingSheet,
} from './presenter.ts';
import * as rq from './queries.ts';

/** A member's chi bộ meetings of a year, as the meetings area counts them. */
export type AttendanceOfYear = (
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; year: number },
) => Promise<RatingAttendance>;
let attendanceOfYear: AttendanceOfYear | null = null;

/** @trusted called once by server/integrations.ts: the meetings area answers for attendance. */
export function registerAttendanceOfYear(fn: AttendanceOfYear): void {
  attendanceOfYear = fn;
}

/** A member's discipline of a year and the highest category it allows, as the inspections area says. */
export type DisciplineOfYear = (
  db: Db,
  ctx: RequestCtx,
  f: { memberId: number; year: number },
) => Promise<RatingDiscipline>;
let disciplineOfYear: DisciplineOfYear | null = null;

/** @trusted called once by server/integrations.ts: the inspections area answers for discipline. */
export function registerDisciplineOfYear(fn: DisciplineOfYear): void {
  disciplineOfYear = fn;
}

export async function ofMember(deps: Deps, ctx: RequestCtx, memberId: number) {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  await visible(db, actor, memberId);
  const items = (await rq.ofMember(db, memberId)).map(presentRating);
  // Attendance is part of what the rating weighs: this year, last year and every year rated.
  const thisYear = Number(todayVn().slice(0, 4));
  const years = [...new Set([thisYear, thisYear - 1, ...items.map((i) => i.year)])].sort((a, b) => b - a);
  const feed = attendanceOfYear;
  const attendance =
    feed && may(actor, 'meeting.read')
      ? await Promise.all(years.map((year) => feed(db, ctx, { memberId, year })))
      : [];
  const dfeed = disciplineOfYear;
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
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    const problem = scoresProblem(input.generalScore, input.resultScore);
    if (problem) throw new RuleError('rating_scores', problem);
    // Tasks are assigned to accounts: a member without one has no task record to judge by, and one
    // without tasks that year neither; the chi bộ's flag is used then.
    const fromTasks =
      m.user_id === null
        ? null
        : await tasksAllOnTime(tx, ctx, { userId: m.user_id, year: input.year, today: todayVn() });
    const allOnTime = fromTasks ?? input.allTasksOnTime ?? false;
    const scored = ratingCategory(input.generalScore + input.resultScore, allOnTime);
    const d = disciplineOfYear ? await disciplineOfYear(tx, ctx, { memberId, year: input.year }) : null;
    const category = d?.maxCategory ? atMost(scored, d.maxCategory) : scored;
    const before = await rq.ofYear(tx, memberId, input.year);
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
    const after = presentRating((await rq.ofYear(tx, memberId, input.year)) as rq.RatingRow);
    await q.addHistory(tx, memberId, actor, 'rating', {
      rating: { from: before ? presentRating(before) : null, to: after },
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
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    const before = await rq.ofYear(tx, memberId, input.year);
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
    const d = disciplineOfYear ? await disciplineOfYear(tx, ctx, { memberId, year: input.year }) : null;
    if (
      d?.maxCategory &&
      RATING_CATEGORIES.indexOf(input.category) < RATING_CATEGORIES.indexOf(d.maxCategory)
    ) {
      const first = d.decisions[0];
      throw new RuleError(
        'rating_discipline',
        `Đảng viên «${m.full_name}» bị kỷ luật trong năm ${input.year}${first ? ` (${first.formLabel}, ngày ${formatDateVi(first.decidedOn)})` : ''}: xếp loại cao nhất là «${RATING_LABELS[d.maxCategory]}» (${d.source}).`,
      );
    }
    await rq.setDecision(tx, memberId, input.year, input.level, input.category, input.decidedOn);
    const after = presentRating((await rq.ofYear(tx, memberId, input.year)) as rq.RatingRow);
    await q.addHistory(tx, memberId, actor, 'rating_decision', {
      rating: { from: presentRating(before), to: after },
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

/** The members of a unit's subtree with their rating of a year, and the counts by child unit. */
export async function sheet(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number },
): Promise<RatingSheet> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const where = q.readableIn(actor, await scopeUnitIds(db, actor, unit.id));
  const [list, counts, orgs] = await Promise.all([
    rq.sheet(db, where, f.year),
    rq.stats(db, where, unit.id, f.year),
    rq.orgRatings(db, unit.id, f.year),
  ]);
  return presentSheet(unit, f.year, list, counts, orgs);
}

export async function rateOrg(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: z.infer<typeof orgRatingBody>,
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
