// JSON shape of a unit's review (Mẫu 01): the criteria the app computes beside the self-assessment,
// the proposed grade and the grade decided one level up.
import { z } from '@hono/zod-openapi';
import { taskCriterionSchema } from '../../../../domain/inspections/review-schemas.ts';
import { RATING_CATEGORIES } from '../../../../domain/members/rating.ts';

const int = z.number().int();
const grade = z.enum(RATING_CATEGORIES);

/** The task criterion of a period, as domain/inspections/reviews.ts computes it. */
export const TaskCriterionJson = taskCriterionSchema.openapi('ReviewTaskCriterion');

export const UnitReview = z
  .object({
    orgId: int,
    orgName: z.string(),
    year: int,
    /** 0: the year's review; 1–4: a quarter's. */
    quarter: int,
    /** «năm 2025», «quý II năm 2025». */
    periodLabel: z.string(),
    tasks: TaskCriterionJson,
    disciplinedMembers: int,
    rating: z
      .object({
        generalScore: z.number(),
        resultScore: z.number(),
        total: z.number(),
        proposedGrade: grade,
        proposedLabel: z.string(),
        decidedGrade: grade.nullable(),
        decidedLabel: z.string().nullable(),
        selfReview: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi('UnitReview');
export type UnitReview = z.infer<typeof UnitReview>;
