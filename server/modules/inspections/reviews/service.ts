// The review and rating of a unit (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW) for a year or a quarter
// of it: the criteria the app computes — the share of the unit's tasks done on time, from the task
// tracker (its service), and the members of the unit disciplined in the period — shown beside the
// self-assessment; the grade proposed from the scores and the grade the standing committee one level
// up decides. The rating itself is the members area's (org_ratings, through its service rateOrg): one
// source of truth for this page, the members' rating sheet and whoever reads a unit's grade. A
// collective is rated «hoàn thành xuất sắc» only with every task done on time and no member
// disciplined in the period.
import { todayVn } from '../../../../domain/dates.ts';
import {
  periodOf,
  periodProblem,
  type Quarter,
  taskCriterion,
} from '../../../../domain/inspections/reviews.ts';
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
import { ruleInForce } from '../../rules/service.ts';
import { trend } from '../../tasks/lists/service.ts';
import type { UnitReview } from './presenter.ts';
import * as q from './queries.ts';
import { reviewDocx } from './word.ts';

type PeriodQuery = { orgId: number; year: number; quarter?: number | undefined };

async function figures(deps: Deps, ctx: RequestCtx, orgId: number, year: number, quarter: Quarter) {
  const today = todayVn();
  const period = periodOf(year, quarter);
  const problem = periodProblem(period, today);
  if (problem) throw new RuleError('future_period', problem);
  const thisYear = Number(today.slice(0, 4));
  const months = (thisYear - year) * 12 + Number(today.slice(5, 7));
  const t = await trend(deps, ctx, { orgId, months });
  const inPeriod = t.months.filter(
    (m) => m.month >= period.from.slice(0, 7) && m.month <= period.to.slice(0, 7),
  );
  const sum = (k: 'total' | 'doneOnTime' | 'doneLate' | 'overdue' | 'open') =>
    inPeriod.reduce((s, m) => s + m[k], 0);
  const rule = await ruleInForce(deps.database.db, ctx, 'reviews.late_tasks_max_percent', period.to);
  const criterion = taskCriterion(
    {
      due: sum('total') - sum('open'),
      doneOnTime: sum('doneOnTime'),
      doneLate: sum('doneLate'),
      overdue: sum('overdue'),
    },
    rule.value,
  );
  return { period, tasks: { ...criterion, lateLimitPercent: rule.value, lateLimitSource: rule.source } };
}

export async function unitReview(deps: Deps, ctx: RequestCtx, f: PeriodQuery): Promise<UnitReview> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, f.orgId);
  const quarter = (f.quarter ?? 0) as Quarter;
  const { period, tasks } = await figures(deps, ctx, unit.id, f.year, quarter);
  const [disciplined, s] = await Promise.all([
    q.disciplinedIn(db, unit.path, period.from, period.to),
    sheet(deps, ctx, { orgId: unit.id, year: f.year, quarter }),
  ]);
  const own = s.orgRatings.find((r) => r.orgId === unit.id);
  return {
    orgId: unit.id,
    orgName: unit.name,
    year: f.year,
    quarter,
    periodLabel: period.label,
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
  input: Omit<z.infer<typeof orgRatingBody>, 'allTasksOnTime'> & { quarter?: number | undefined },
): Promise<UnitReview> {
  const actor = authorize(ctx, 'member.manage');
  const db = deps.database.db;
  const unit = await unitInScope(db, actor, orgId);
  const quarter = (input.quarter ?? 0) as Quarter;
  const { period, tasks } = await figures(deps, ctx, unit.id, input.year, quarter);
  if (input.committeeCategory === 'xuat_sac') {
    const disciplined = Number((await q.disciplinedIn(db, unit.path, period.from, period.to))?.n ?? 0);
    if (disciplined > 0) {
      throw new RuleError(
        'rating_discipline',
        `Không xếp loại «Hoàn thành xuất sắc nhiệm vụ»: ${disciplined} đảng viên của đơn vị bị kỷ luật trong ${period.label}.`,
      );
    }
  }
  await rateOrg(deps, ctx, unit.id, { ...input, quarter, allTasksOnTime: tasks.allOnTime });
  return unitReview(deps, ctx, { orgId: unit.id, year: input.year, quarter });
}

/** The collective's review (Mẫu 01) in Word. */
export async function reviewWord(deps: Deps, ctx: RequestCtx, f: PeriodQuery) {
  authorize(ctx, 'member.manage');
  const r = await unitReview(deps, ctx, f);
  const body = await reviewDocx(r, await placeOf(deps.database.db, ctx, r.orgId));
  return {
    body,
    name: r.quarter
      ? `kiem-diem-tap-the-${r.year}-quy-${r.quarter}.docx`
      : `kiem-diem-tap-the-${r.year}.docx`,
  };
}
