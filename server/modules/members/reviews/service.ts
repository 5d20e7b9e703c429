// A member's review (kiểm điểm) on Mẫu 2A, 2B or 2C (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW) for a
// year or a quarter: the member — or the clerk for them — writes the sections of the form and scores
// themself; beside it the app shows what it can compute (the member's tasks done on time, from the task
// tracker; chi bộ meetings attended, from the meetings area; fees paid, from this area's book;
// discipline, from the inspections area); the chi bộ proposes a grade and the committee one level up
// decides it. It is kept in the member's rating row (rating/scoring.ts): the decided grade is the
// member's rating, which the rating sheet and the awards read.
import { isUnder } from '../../../../domain/access.ts';
import { addDays, todayVn } from '../../../../domain/dates.ts';
import type { memberReviewBody, reviewGradeBody } from '../../../../domain/inspections/review-schemas.ts';
import {
  type FeeMonth,
  feeCriterion,
  monthsOf,
  type Period,
  periodOf,
  periodProblem,
  type Quarter,
  REVIEW_FORM_LABELS,
  REVIEW_FORMS,
  REVIEW_FORMS_SOURCE,
  sectionsOf,
  sectionsProblem,
  suggestedForm,
  taskCriterion,
} from '../../../../domain/inspections/reviews.ts';
import { addMonths, fullYears } from '../../../../domain/members/calendar.ts';
import { dueAfterRelief, reliefIn } from '../../../../domain/members/fee-relief.ts';
import { monthlyFee } from '../../../../domain/members/fees.ts';
import { RATING_LABELS } from '../../../../domain/members/rating.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize, may } from '../../../auth/authorize.ts';
import { unitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { placeOf } from '../../orgs/service.ts';
import { ruleInForce } from '../../rules/service.ts';
import { taskFiguresOf } from '../../tasks/service.ts';
import * as fq from '../fees/reliefs/queries.ts';
import * as q from '../queries.ts';
import * as rq from '../rating/queries.ts';
import { decideIn, feeds, scoreIn } from '../rating/scoring.ts';
import { managed, NOT_FOUND, visible } from '../record.ts';
import type { MemberReview } from './presenter.ts';
import * as vq from './queries.ts';
import { memberReviewDocx } from './word.ts';

type PeriodInput = { year: number; quarter: number };

function periodChecked(f: PeriodInput): Period {
  const p = periodOf(f.year, f.quarter as Quarter);
  const problem = periodProblem(p, todayVn());
  if (problem) throw new RuleError('future_period', problem);
  return p;
}

/** Fees owed and paid month by month in the period (months to come are not owed yet). */
async function feeMonths(db: Db, m: q.MemberRow, p: Period): Promise<FeeMonth[]> {
  const [paid, first, reliefs] = await Promise.all([
    vq.paidMonths(db, m.id, p.from, p.to),
    vq.firstPaid(db, m.id),
    fq.covering(db, [m.id], p.from, p.to),
  ]);
  const paidSet = new Set(paid.map((r) => r.month));
  const thisMonth = todayVn().slice(0, 7);
  const owedFrom = first?.month && first.month < m.fee_from ? first.month : m.fee_from;
  const relief = reliefs.map((r) => ({ percent: Number(r.percent), from: r.from_month, to: r.to_month }));
  return monthsOf(p).map((month) => {
    const isPaid = paidSet.has(month);
    // The running month is owed once it is over; paid early, it counts as paid.
    if (month > thisMonth || (month === thisMonth && !isPaid) || `${month}-01` < owedFrom.slice(0, 10))
      return { month, due: 0, paid: isPaid };
    // Party age for the exemption is counted at the month's last day, as the fee sheet does.
    const end = addDays(addMonths(`${month}-01`, 1), -1);
    const fee = monthlyFee({
      basis: m.fee_basis,
      base: m.fee_base === null ? null : Number(m.fee_base),
      partyAgeYears: fullYears(m.party_start, end),
    });
    return { month, due: dueAfterRelief(fee.amount, reliefIn(relief, month)), paid: isPaid };
  });
}

async function present(
  db: Db,
  ctx: RequestCtx,
  actor: Actor,
  m: q.MemberRow,
  p: Period,
): Promise<MemberReview> {
  const today = todayVn();
  const unit = await unitInScope(db, null, m.org_id);
  const meetingsFeed = feeds.attendance;
  const disciplineFeed = feeds.discipline;
  const [row, tasks, rule, meetings, discipline, fees] = await Promise.all([
    rq.ofYear(db, m.id, p.year, p.quarter),
    m.user_id === null ? null : taskFiguresOf(db, ctx, { userId: m.user_id, from: p.from, to: p.to, today }),
    ruleInForce(db, ctx, 'reviews.late_tasks_max_percent', p.to),
    meetingsFeed && may(actor, 'meeting.read')
      ? meetingsFeed(db, ctx, { memberId: m.id, year: p.year, quarter: p.quarter })
      : null,
    disciplineFeed && may(actor, 'discipline.read')
      ? disciplineFeed(db, ctx, { memberId: m.id, year: p.year, quarter: p.quarter })
      : null,
    feeMonths(db, m, p),
  ]);
  const suggested = suggestedForm({ position: m.position, occupation: m.occupation, feeBasis: m.fee_basis });
  const form = row?.form ?? null;
  const written = (
    typeof row?.sections === 'string' ? JSON.parse(row.sections) : (row?.sections ?? {})
  ) as Record<string, string>;
  const general = row?.general_score == null ? null : Number(row.general_score);
  const result = row?.result_score == null ? null : Number(row.result_score);
  const final = row ? (row.committee_category ?? row.cell_category ?? row.category) : null;
  const own = m.user_id === actor.userId;
  const staff = may(actor, 'member.manage');
  return {
    memberId: m.id,
    fullName: m.full_name,
    orgId: m.org_id,
    orgName: m.org_name,
    position: m.position,
    year: p.year,
    quarter: p.quarter,
    periodLabel: p.label,
    form,
    suggestedForm: suggested,
    forms: REVIEW_FORMS.map((f) => ({ form: f, label: REVIEW_FORM_LABELS[f] })),
    formSource: REVIEW_FORMS_SOURCE,
    sections: sectionsOf(form ?? suggested, p.quarter).map((s) => ({ ...s, text: written[s.key] ?? '' })),
    criteria: {
      tasks: tasks
        ? {
            ...taskCriterion(tasks, rule.value),
            lateLimitPercent: rule.value,
            lateLimitSource: rule.source,
          }
        : null,
      meetings: meetings
        ? {
            meetings: meetings.meetings,
            present: meetings.present,
            absentExcused: meetings.absentExcused,
            absent: meetings.absent,
            exempt: meetings.exempt,
            absentMonths: meetings.absentMonths,
          }
        : null,
      fees: feeCriterion(fees),
      discipline: discipline
        ? {
            decisions: discipline.decisions,
            maxCategory: discipline.maxCategory,
            maxLabel: discipline.maxLabel,
            source: discipline.source,
          }
        : null,
    },
    self:
      row?.category && general !== null && result !== null
        ? {
            generalScore: general,
            resultScore: result,
            total: general + result,
            grade: row.category,
            label: RATING_LABELS[row.category],
          }
        : null,
    proposed: row?.cell_category
      ? {
          grade: row.cell_category,
          label: RATING_LABELS[row.cell_category],
          on: row.cell_decided_on,
          by: row.cell_decided_by_name,
        }
      : null,
    decided: row?.committee_category
      ? {
          grade: row.committee_category,
          label: RATING_LABELS[row.committee_category],
          on: row.committee_decided_on,
          by: row.committee_decided_by_name,
          orgName: row.committee_org_name,
        }
      : null,
    finalGrade: final,
    finalLabel: final ? RATING_LABELS[final] : null,
    can: {
      write: (own || staff) && !row?.committee_category,
      propose: staff,
      decide: staff && unit.path !== actor.orgPath && isUnder(unit.path, actor.orgPath),
    },
  };
}

/** A member's review of a period: the member themself, or staff who may read the record (404 else). */
export async function reviewOf(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  f: PeriodInput,
): Promise<MemberReview> {
  const actor = authorize(ctx, 'member.read');
  const db = deps.database.db;
  const m = await visible(db, actor, memberId);
  return present(db, ctx, actor, m, periodChecked(f));
}

/**
 * The member (or staff who manage the record) writes the review: the form, its sections, and when
 * both are given the self-scoring (the category from the scores, tasks and discipline). A review
 * whose grade has been decided is closed.
 */
export async function writeReview(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof memberReviewBody>,
): Promise<MemberReview> {
  const actor = authorize(ctx, 'member.self_review');
  return transact(deps, async (tx) => {
    const seen = await visible(tx, actor, memberId);
    const m = seen.user_id === actor.userId ? seen : await q.managedForUpdate(tx, actor, memberId);
    if (!m) throw notFound(NOT_FOUND);
    const p = periodChecked(input);
    const problem = sectionsProblem(input.form, p.quarter, input.sections);
    if (problem) throw new ValidationError(problem);
    if ((input.generalScore === undefined) !== (input.resultScore === undefined))
      throw new ValidationError(
        'Điểm tự chấm: cần cả điểm tiêu chí chung và điểm kết quả thực hiện nhiệm vụ.',
      );
    const before = await rq.ofYear(tx, m.id, p.year, p.quarter);
    if (before?.committee_category)
      throw new RuleError(
        'review_decided',
        `Bản kiểm điểm ${p.label} đã được cấp trên quyết định xếp loại; không sửa được nữa.`,
      );
    const labels = new Map(sectionsOf(input.form, p.quarter).map((s) => [s.key, s.label]));
    const kept = Object.fromEntries(Object.entries(input.sections).filter(([, v]) => v !== ''));
    await rq.upsertReview(tx, {
      memberId: m.id,
      year: p.year,
      quarter: p.quarter,
      orgId: m.org_id,
      form: input.form,
      sections: kept,
      // The plain text the rating sheet has always shown as the self-review.
      summary: Object.entries(kept)
        .map(([k, v]) => `${labels.get(k) ?? k}:\n${v}`)
        .join('\n\n'),
    });
    if (input.generalScore !== undefined && input.resultScore !== undefined)
      await scoreIn(tx, ctx, actor, m, {
        year: p.year,
        quarter: p.quarter,
        generalScore: input.generalScore,
        resultScore: input.resultScore,
      });
    return present(tx, ctx, actor, m, p);
  });
}

async function grade(
  deps: Deps,
  ctx: RequestCtx,
  actor: Actor,
  memberId: number,
  level: 'cell' | 'committee',
  input: z.infer<typeof reviewGradeBody>,
): Promise<MemberReview> {
  return transact(deps, async (tx) => {
    const m = await managed(tx, actor, memberId);
    const p = periodChecked(input);
    await decideIn(tx, ctx, actor, m, {
      year: p.year,
      quarter: p.quarter,
      level,
      category: input.grade,
      decidedOn: input.decidedOn,
    });
    return present(tx, ctx, actor, m, p);
  });
}

/** The chi bộ's proposed grade (its secretary, or the clerk recording it). */
export async function propose(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof reviewGradeBody>,
): Promise<MemberReview> {
  const actor = authorize(ctx, 'member.manage');
  return grade(deps, ctx, actor, memberId, 'cell', input);
}

/** The grade decided by the committee one level up: the member's rating for the period. */
export async function decide(
  deps: Deps,
  ctx: RequestCtx,
  memberId: number,
  input: z.infer<typeof reviewGradeBody>,
): Promise<MemberReview> {
  const actor = authorize(ctx, 'member.manage');
  return grade(deps, ctx, actor, memberId, 'committee', input);
}

/** The review printed on its form, in Word. */
export async function reviewWord(deps: Deps, ctx: RequestCtx, memberId: number, f: PeriodInput) {
  authorize(ctx, 'member.read');
  const r = await reviewOf(deps, ctx, memberId, f);
  const body = await memberReviewDocx(r, await placeOf(deps.database.db, ctx, r.orgId));
  return {
    body,
    name: `ban-kiem-diem-${r.form ?? r.suggestedForm}-${r.year}${r.quarter ? `-quy-${r.quarter}` : ''}.docx`,
  };
}
