// JSON shape of a member's review (Mẫu 2A/2B/2C) for a year or a quarter: the sections written, the
// criteria the app computes beside them, the self-assessment, the chi bộ's proposal and the grade
// decided one level up (which is the member's rating for the period).
import { z } from '@hono/zod-openapi';
import { taskCriterionSchema } from '../../../../domain/inspections/review-schemas.ts';
import { REVIEW_FORMS } from '../../../../domain/inspections/reviews.ts';
import { RATING_CATEGORIES } from '../../../../domain/members/rating.ts';

const int = z.number().int();
const grade = z.enum(RATING_CATEGORIES);
const date = z.string().openapi({ format: 'date' });

const Decision = z.object({ grade, label: z.string(), on: date.nullable(), by: z.string().nullable() });

export const MemberReview = z
  .object({
    memberId: int,
    fullName: z.string(),
    orgId: int,
    orgName: z.string(),
    position: z.string().nullable(),
    year: int,
    quarter: int,
    periodLabel: z.string(),
    /** The form written on (null until written), the one suggested for this member, and whom each is for. */
    form: z.enum(REVIEW_FORMS).nullable(),
    suggestedForm: z.enum(REVIEW_FORMS),
    forms: z.array(z.object({ form: z.enum(REVIEW_FORMS), label: z.string() })),
    formSource: z.string(),
    /** The sections of the form in use (or the suggested one), with what was written. */
    sections: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
    criteria: z.object({
      /** Null when the member has no account (tasks are assigned to accounts). */
      tasks: taskCriterionSchema.nullable(),
      /** Chi bộ meetings of the period (null when the account may not read meetings). */
      meetings: z
        .object({
          meetings: int,
          present: int,
          absentExcused: int,
          absent: int,
          exempt: int,
          absentMonths: z.array(int),
        })
        .nullable(),
      fees: z.object({
        monthsOwed: int,
        monthsPaid: int,
        unpaid: z.array(z.string()),
        allPaid: z.boolean(),
      }),
      discipline: z
        .object({
          decisions: z.array(z.object({ formLabel: z.string(), decidedOn: date })),
          maxCategory: grade.nullable(),
          maxLabel: z.string().nullable(),
          source: z.string(),
        })
        .nullable(),
    }),
    self: z
      .object({
        generalScore: z.number(),
        resultScore: z.number(),
        total: z.number(),
        grade,
        label: z.string(),
      })
      .nullable(),
    proposed: Decision.nullable(),
    decided: Decision.extend({ orgName: z.string().nullable() }).nullable(),
    finalGrade: grade.nullable(),
    finalLabel: z.string().nullable(),
    can: z.object({ write: z.boolean(), propose: z.boolean(), decide: z.boolean() }),
  })
  .openapi('MemberReview');
export type MemberReview = z.infer<typeof MemberReview>;
