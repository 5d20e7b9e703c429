// Request bodies and queries of the members area (zod), shared by the server and the web forms.
import { id, idParam, isoDate, level, limitParam, optionalText, text, z } from '../validation.ts';
import { ADMISSION_STAGES } from './admission.ts';
import { BADGE_MILESTONES } from './badges.ts';
import { FEE_BASES } from './fees.ts';
import { RATING_CATEGORIES, RATING_PARTS } from './rating.ts';
import { GENDERS, MEMBER_STATUSES, TRANSFER_KINDS } from './records.ts';

const money = z.number().int().min(0).max(10_000_000_000);
const cardNo = text(30).refine((s) => /^[\p{L}\p{N}\s./-]+$/u.test(s), { message: 'chỉ gồm chữ và số' });

export const interruption = z.object({
  from: isoDate,
  to: isoDate,
  reason: optionalText(300),
});

/** The record fields beyond the stable API's essentials (docs/design.md) (all optional). */
const recordDetails = {
  ethnicity: optionalText(60),
  religion: optionalText(60),
  homeTown: optionalText(200),
  residence: optionalText(300),
  education: optionalText(100),
  theoryLevel: optionalText(100),
  occupation: optionalText(120),
  position: optionalText(200),
  secrecy: level.optional(),
  seriouslyIll: z.boolean().optional(),
  feeBasis: z.enum(FEE_BASES).optional(),
  feeBase: money.nullable().optional(),
};

export const createMemberBody = z.object({
  fullName: text(120),
  birthDate: isoDate,
  gender: z.enum(GENDERS).optional(),
  orgId: id,
  admittedOn: isoDate,
  officialOn: isoDate.optional(),
  partyCardNo: cardNo.optional(),
  interruptions: z.array(interruption).max(20).optional(),
  userId: id.nullable().optional(),
  ...recordDetails,
});

export const updateMemberBody = z.object({
  fullName: text(120).optional(),
  birthDate: isoDate.optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  admittedOn: isoDate.optional(),
  officialOn: isoDate.nullable().optional(),
  partyCardNo: cardNo.nullable().optional(),
  interruptions: z.array(interruption).max(20).optional(),
  /** Links the record to an account (role member sees its own record); null unlinks. */
  userId: id.nullable().optional(),
  ...recordDetails,
});

export const statusBody = z.object({
  status: z.enum(['xoa_ten', 'tu_tran']),
  on: isoDate,
  reason: optionalText(500),
});

export const recognizeBody = z.object({ officialOn: isoDate, decisionNo: optionalText(40) });

const numeric = z.coerce.number().int().min(0).max(150);

export const memberListQuery = z.object({
  orgId: idParam.optional(),
  status: z.enum([...MEMBER_STATUSES, 'all', 'active']).optional(),
  q: text(100, 0).optional(),
  ageMin: numeric.optional(),
  ageMax: numeric.optional(),
  partyAgeMin: numeric.optional(),
  partyAgeMax: numeric.optional(),
  /** Only members due a badge on this date (see /api/members/badges). */
  badgeDueOn: isoDate.optional(),
  /** 1: records of other units shared with yours (transfers on their way, temporary, residence). */
  shared: z.enum(['0', '1']).optional(),
  limit: limitParam,
  cursor: text(400, 0).optional(),
});

export const exportQuery = memberListQuery.omit({ limit: true, cursor: true });

export const badgesQuery = z.object({ on: isoDate, orgId: idParam });
/** The due list comes in pages of the name order (a city's list is tens of thousands). */
export const badgesPageQuery = badgesQuery.extend({ limit: limitParam, cursor: text(400, 0).optional() });

export const awardBody = z.object({
  years: z.union(BADGE_MILESTONES.map((y) => z.literal(y)) as [z.ZodLiteral<30>, ...z.ZodLiteral<number>[]]),
  awardedOn: isoDate,
  decisionNo: optionalText(40),
});

export const baseSalaryBody = z.object({
  effectiveFrom: isoDate,
  amount: money.min(1),
  note: optionalText(200),
});

export const transferBody = z.object({
  kind: z.enum(TRANSFER_KINDS),
  /** The unit in this system the member goes to; absent for a unit outside it (named in toName). */
  toOrgId: id.optional(),
  toName: optionalText(200),
  paperNo: text(40),
  outOn: isoDate,
  /** Temporary transfers: the last day of the temporary period. */
  untilOn: isoDate.optional(),
  note: optionalText(500),
});

export const receiveTransferBody = z.object({ inOn: isoDate, paperNo: optionalText(40) });

/** A member arriving from outside the system: the record, and the paper that came with them. */
export const transferInBody = createMemberBody.extend({
  fromName: text(200),
  paperNo: text(40),
  inOn: isoDate,
  kind: z.enum(TRANSFER_KINDS).optional(),
});

export const residenceBody = z.object({
  place: text(300),
  residenceOrgId: id.optional(),
  registeredOn: isoDate,
  endedOn: isoDate.optional(),
});

export const residenceCommentBody = z.object({
  year: z.number().int().min(1930).max(2200),
  comment: text(4000),
  commentedOn: isoDate,
  by: optionalText(200),
});

export const admissionCreateBody = z.object({
  fullName: text(120),
  birthDate: isoDate,
  gender: z.enum(GENDERS).optional(),
  orgId: id,
  residence: optionalText(300),
  occupation: optionalText(120),
  courseOn: isoDate.optional(),
  note: optionalText(1000),
});

export const admissionStageBody = z.object({
  stage: z.enum(ADMISSION_STAGES),
  on: isoDate,
  /** introducers: the two full members; decision: the number of the decision. */
  introducerIds: z.array(id).length(2).optional(),
  decisionNo: optionalText(40),
  partyCardNo: cardNo.optional(),
  note: optionalText(1000),
});

export const admissionListQuery = z.object({
  orgId: idParam.optional(),
  includeDone: z.enum(['0', '1']).optional(),
});

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'phải là tháng dạng YYYY-MM' });

export const paymentsBody = z.object({
  payments: z
    .array(
      z.object({
        memberId: id,
        month,
        amount: money,
        paidOn: isoDate,
      }),
    )
    .min(1)
    .max(2000),
});

export const feesQuery = z.object({ orgId: idParam, month });
export const arrearsQuery = z.object({ orgId: idParam, month: month.optional() });
export const feeBookQuery = z.object({ orgId: idParam, year: z.coerce.number().int().min(1930).max(2200) });

const score = (max: number) => z.number().min(0).max(max).multipleOf(0.5);

export const ratingBody = z.object({
  year: z.number().int().min(1930).max(2200),
  generalScore: score(RATING_PARTS.general),
  resultScore: score(RATING_PARTS.results),
  /** Every task done on time: given explicitly until the task module supplies it. */
  allTasksOnTime: z.boolean().optional(),
  selfReview: optionalText(20_000),
});

export const selfReviewBody = z.object({
  year: z.number().int().min(1930).max(2200),
  selfReview: text(20_000),
});

export const ratingDecisionBody = z.object({
  year: z.number().int().min(1930).max(2200),
  level: z.enum(['cell', 'committee']),
  category: z.enum(RATING_CATEGORIES),
  decidedOn: isoDate,
});

export const orgRatingBody = z.object({
  year: z.number().int().min(1930).max(2200),
  generalScore: score(RATING_PARTS.general),
  resultScore: score(RATING_PARTS.results),
  allTasksOnTime: z.boolean().optional(),
  selfReview: optionalText(20_000),
  committeeCategory: z.enum(RATING_CATEGORIES).optional(),
});

export const ratingsQuery = z.object({ orgId: idParam, year: z.coerce.number().int().min(1930).max(2200) });
