// JSON shapes of the annual rating: a member's year, the unit's sheet with statistics by unit, and
// the rating of an organisation.
import { z } from '@hono/zod-openapi';
import { RATING_CATEGORIES, RATING_LABELS, type RatingCategory } from '../../../../domain/members/rating.ts';
import type { OrgRatingRow, RatingRow } from './queries.ts';

const int = () => z.number().int();
const date = () => z.string().openapi({ format: 'date' });
const category = () => z.enum(RATING_CATEGORIES);

export const MemberRating = z
  .object({
    memberId: int(),
    year: int(),
    generalScore: z.number().nullable(),
    resultScore: z.number().nullable(),
    total: z.number().nullable(),
    allTasksOnTime: z.boolean().nullable(),
    category: category().nullable(),
    categoryLabel: z.string().nullable(),
    selfReview: z.string().nullable(),
    cellCategory: category().nullable(),
    cellDecidedOn: date().nullable(),
    committeeCategory: category().nullable(),
    committeeDecidedOn: date().nullable(),
    /** The committee's category, else the chi bộ's, else the score's. */
    finalCategory: category().nullable(),
    finalLabel: z.string().nullable(),
    /** The member's unit in that year. */
    orgId: int(),
    /** 0: the year; 1–4: a quarter of it. */
    quarter: int(),
    /** The individual review's form (Mẫu 2A, 2B, 2C), once written. */
    form: z.enum(['2A', '2B', '2C']).nullable(),
    /** Who recorded the chi bộ's grade, and who decided one level up (the account and its unit). */
    cellDecidedBy: z.string().nullable(),
    committeeDecidedBy: z.string().nullable(),
    committeeOrgName: z.string().nullable(),
  })
  .openapi('MemberRating');
export type MemberRating = z.infer<typeof MemberRating>;

/** A member's chi bộ meetings of a year (counted by the meetings area), shown beside the rating. */
export const RatingAttendance = z
  .object({
    year: int(),
    meetings: int(),
    present: int(),
    absentExcused: int(),
    absent: int(),
    exempt: int(),
    elsewhere: int(),
    /** Months with an absence without reason from a regular meeting. */
    absentMonths: z.array(int()),
    /** The Điều lệ's number of such months in a year, its source, and whether the member reached it. */
    removalMonths: int(),
    removalSource: z.string(),
    reachesRemoval: z.boolean(),
  })
  .openapi('RatingAttendance');
export type RatingAttendance = z.infer<typeof RatingAttendance>;

/**
 * A member's discipline decided in a year (the inspections area answers; annulled decisions left
 * out), shown beside the rating: the highest category such a member may receive, with its source.
 */
export const RatingDiscipline = z
  .object({
    year: int(),
    decisions: z.array(z.object({ formLabel: z.string(), decidedOn: date() })),
    /** Null when the member was not disciplined that year. */
    maxCategory: category().nullable(),
    maxLabel: z.string().nullable(),
    source: z.string(),
  })
  .openapi('RatingDiscipline');
export type RatingDiscipline = z.infer<typeof RatingDiscipline>;

export const MemberRatings = z
  .object({
    items: z.array(MemberRating),
    attendance: z.array(RatingAttendance),
    discipline: z.array(RatingDiscipline),
  })
  .openapi('MemberRatings');

export const OrgRating = z
  .object({
    orgId: int(),
    year: int(),
    generalScore: z.number(),
    resultScore: z.number(),
    allTasksOnTime: z.boolean(),
    category: category(),
    selfReview: z.string().nullable(),
    committeeCategory: category().nullable(),
  })
  .openapi('OrgRating');
export type OrgRating = z.infer<typeof OrgRating>;

const RatingCounts = z.object({
  orgId: int(),
  orgName: z.string(),
  total: int(),
  unrated: int(),
  xuat_sac: int(),
  tot: int(),
  hoan_thanh: int(),
  khong_hoan_thanh: int(),
});
type RatingCounts = z.infer<typeof RatingCounts>;

export const RatingSheet = z
  .object({
    orgId: int(),
    orgName: z.string(),
    year: int(),
    items: z.array(
      z.object({
        memberId: int(),
        fullName: z.string(),
        orgName: z.string(),
        // `.or(z.null())`, not `.nullable()`: on a named schema the latter makes the component itself nullable.
        rating: MemberRating.or(z.null()),
      }),
    ),
    /** Members by final category, per direct child unit (the unit's own members under itself). */
    stats: z.array(RatingCounts),
    orgRatings: z.array(
      z.object({
        orgId: int(),
        orgName: z.string(),
        year: int(),
        generalScore: z.number(),
        resultScore: z.number(),
        total: z.number(),
        allTasksOnTime: z.boolean(),
        category: category(),
        committeeCategory: category().nullable(),
        finalLabel: z.string(),
        selfReview: z.string().nullable(),
      }),
    ),
  })
  .openapi('RatingSheet');
export type RatingSheet = z.infer<typeof RatingSheet>;

export function presentRating(r: RatingRow): MemberRating {
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
    quarter: Number(r.quarter ?? 0),
    form: r.form ?? null,
    cellDecidedBy: r.cell_decided_by_name ?? null,
    committeeDecidedBy: r.committee_decided_by_name ?? null,
    committeeOrgName: r.committee_org_name ?? null,
  };
}

export function presentSheet(
  unit: { id: number; name: string },
  year: number,
  list: readonly (RatingRow & { id: number; full_name: string; org_name: string })[],
  counts: readonly { unit_id: number; unit_name: string; category: string | null; n: number }[],
  orgs: readonly OrgRatingRow[],
): RatingSheet {
  const byUnit = new Map<number, RatingCounts>();
  for (const c of counts) {
    const row = byUnit.get(c.unit_id) ?? {
      orgId: c.unit_id,
      orgName: c.unit_name,
      total: 0,
      unrated: 0,
      xuat_sac: 0,
      tot: 0,
      hoan_thanh: 0,
      khong_hoan_thanh: 0,
    };
    const next = { ...row, total: row.total + c.n };
    if (c.category && (RATING_CATEGORIES as readonly string[]).includes(c.category))
      next[c.category as RatingCategory] += c.n;
    else next.unrated += c.n;
    byUnit.set(c.unit_id, next);
  }
  return {
    orgId: unit.id,
    orgName: unit.name,
    year,
    items: list.map((r) => ({
      memberId: r.id,
      fullName: r.full_name,
      orgName: r.org_name,
      rating: r.year === null || r.member_id === null ? null : presentRating(r),
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
