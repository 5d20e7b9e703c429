// The year-end review and rating of a unit (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW): the criteria
// the app computes — the share of the unit's tasks done on time, from the task tracker (its service),
// and the members of the unit disciplined in the year — shown beside the self-assessment; the grade
// proposed from the scores and the grade the standing committee one level up decides. The rating
// itself is the members area's (org_ratings, through its service rateOrg): one source of truth for
// this page, the members' rating sheet and whoever reads a unit's grade. A collective is rated
// «hoàn thành xuất sắc» only with every task done on time and no member disciplined in the year.
import { todayVn } from '../../../../domain/dates.ts';
import { RATING_LABELS } from '../../../../domain/members/rating.ts';
import type { orgRatingBody } from '../../../../domain/members/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Deps } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { rateOrg, sheet } from '../../members/rating/service.ts';
import { placeOf } from '../../orgs/service.ts';
import { trend } from '../../tasks/lists/service.ts';
import type { UnitReview } from './presenter.ts';
import * as q from './queries.ts';
import { reviewDocx } from './word.ts';

async function figures(deps: Deps, ctx: RequestCtx, orgId: number, year: number) {
  const today = todayVn();
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) throw new RuleError('future_year', `Chưa thể đánh giá năm ${year}.`);
  const months = (thisYear - year) * 12 + Number(today.slice(5, 7));
  const t = await trend(deps, ctx, { orgId, months });
  const ofYear = t.months.filter((m) => m.month.startsWith(`${year}-`));
  const sum = (k: 'total' | 'doneOnTime' | 'doneLate' | 'overdue' | 'open') =>
    ofYear.reduce((s, m) => s + m[k], 0);
  const due = sum('total') - sum('open');
  const doneOnTime = sum('doneOnTime');
  return {
    due,
    doneOnTime,
    doneLate: sum('doneLate'),
    overdue: sum('overdue'),
    onTimePercent: due === 0 ? null : Math.round((doneOnTime * 1000) / due) / 10,
    allOnTime: due > 0 && doneOnTime === due,
  };
}

export async function unitReview(
  deps: Deps,
  ctx: RequestCtx,
  f: { orgId: number; year: number },
): Promise<UnitReview> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const [tasks, disciplined, s] = await Promise.all([
    figures(deps, ctx, unit.id, f.year),
    q.disciplinedIn(db, unit.path, f.year),
    sheet(deps, ctx, { orgId: unit.id, year: f.year }),
  ]);
  const own = s.orgRatings.find((r) => r.orgId === unit.id);
  return {
    orgId: unit.id,
    orgName: unit.name,
    year: f.year,
    tasks,
    disciplinedMembers: Number(disciplined?.n ?? 0),
    rating: own
      ? {
          generalScore: own.generalScore,
          resultScore: own.resultScore,
          total: own.total,
          proposedGrade: own.category,
          proposedLabel: RATING_LABELS[own.category],
          decidedGrade: own.committeeCategory,
          decidedLabel: own.committeeCategory ? RATING_LABELS[own.committeeCategory] : null,
          selfReview: own.selfReview,
        }
      : null,
  };
}

/**
 * Records the unit's self-assessment scores and, when given, the decided grade; the task criterion is
 * computed here from the tracker, never typed in.
 */
export async function rateUnit(
  deps: Deps,
  ctx: RequestCtx,
  orgId: number,
  input: Omit<z.infer<typeof orgRatingBody>, 'allTasksOnTime'>,
): Promise<UnitReview> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, orgId);
  const tasks = await figures(deps, ctx, unit.id, input.year);
  if (input.committeeCategory === 'xuat_sac') {
    const disciplined = Number((await q.disciplinedIn(db, unit.path, input.year))?.n ?? 0);
    if (disciplined > 0) {
      throw new RuleError(
        'rating_discipline',
        `Không xếp loại «Hoàn thành xuất sắc nhiệm vụ»: ${disciplined} đảng viên của đơn vị bị kỷ luật trong năm ${input.year}.`,
      );
    }
  }
  await rateOrg(deps, ctx, unit.id, { ...input, allTasksOnTime: tasks.allOnTime });
  return unitReview(deps, ctx, { orgId: unit.id, year: input.year });
}

/** The collective's review (Mẫu 01) in Word. */
export async function reviewWord(deps: Deps, ctx: RequestCtx, f: { orgId: number; year: number }) {
  authorize(ctx, 'member.manage');
  const r = await unitReview(deps, ctx, f);
  const body = await reviewDocx(r, await placeOf(deps.database.db, ctx, r.orgId));
  return { body, name: `kiem-diem-tap-the-${r.year}.docx` };
}
