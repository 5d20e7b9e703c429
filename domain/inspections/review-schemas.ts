// Request schemas of the individual review (Mẫu 2A/2B/2C) and their Vietnamese field names.
import { RATING_CATEGORIES, RATING_PARTS } from '../members/rating.ts';
import { isoDate, text, z } from '../validation.ts';
import { REVIEW_FORMS } from './reviews.ts';

export const REVIEW_FIELD_LABELS: Record<string, string> = {
  year: 'Năm',
  quarter: 'Quý',
  form: 'Mẫu bản kiểm điểm',
  sections: 'Nội dung tự kiểm điểm',
  generalScore: 'Điểm tiêu chí chung',
  resultScore: 'Điểm kết quả thực hiện nhiệm vụ',
  grade: 'Mức xếp loại',
  decidedOn: 'Ngày',
};

const year = z.number().int().min(1930).max(2200);
/** 0 (or absent): the year; 1–4: a quarter. */
const quarter = z.number().int().min(0).max(4).default(0);
const score = (max: number) => z.number().min(0).max(max).multipleOf(0.5);

export const periodQuery = z.object({
  year: z.coerce.number().int().min(1930).max(2200),
  quarter: z.coerce.number().int().min(0).max(4).default(0),
});

/** What the member (or the clerk for them) writes: the form, its sections, and the self-scoring. */
export const memberReviewBody = z.object({
  year,
  quarter,
  form: z.enum(REVIEW_FORMS),
  sections: z.record(z.string().regex(/^[a-z]{1,20}$/), text(20_000, 0)),
  generalScore: score(RATING_PARTS.general).optional(),
  resultScore: score(RATING_PARTS.results).optional(),
});

/** The chi bộ's proposal, or the decision one level up. */
export const reviewGradeBody = z.object({
  year,
  quarter,
  grade: z.enum(RATING_CATEGORIES),
  decidedOn: isoDate,
});

const int = z.number().int();

/** The task criterion of a period, as reviews.ts computes it: one shape for units' and members' reviews. */
export const taskCriterionSchema = z.object({
  /** Tasks due in the period and already due (not those still open). */
  due: int,
  doneOnTime: int,
  doneLate: int,
  overdue: int,
  /** Share done on time, 0–100 (null when nothing was due). */
  onTimePercent: z.number().nullable(),
  allOnTime: z.boolean(),
  latePercent: z.number().nullable(),
  /** Late share within `reviews.late_tasks_max_percent`. */
  withinLateLimit: z.boolean(),
  /** The highest grade the tasks allow. */
  maxCategory: z.enum(RATING_CATEGORIES),
  lateLimitPercent: int,
  lateLimitSource: z.string(),
});
