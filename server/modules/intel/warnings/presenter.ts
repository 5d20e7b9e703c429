// JSON shapes of the early warning: the warnings of a subtree on a day (each with its reason in
// Vietnamese) and the weekly series behind one category in one unit.
import { z } from '@hono/zod-openapi';
import { WARNING_KIND_LABELS, WARNING_KINDS } from '../../../../domain/intel/labels.ts';
import type { Warning } from '../../../../domain/intel/warnings.ts';

const int = z.number().int();

export const IntelWarning = z
  .object({
    kind: z.enum(WARNING_KINDS),
    kindLabel: z.string(),
    orgId: int,
    orgName: z.string(),
    category: z.string(),
    categoryName: z.string(),
    /** Items in the window (28 days before the day). */
    recent: int,
    /** Items the window was expected to hold from the unit's own baseline. */
    baseline: z.number(),
    ratio: z.number().nullable(),
    /** −log10 of the chance that noise alone gives such a rise. */
    score: z.number(),
    pValue: z.number(),
    seasonal: z.boolean(),
    reason: z.string(),
    unitIds: z.array(int),
    issueId: int.nullable(),
  })
  .openapi('IntelWarning');

export const IntelWarningList = z
  .object({
    orgId: int,
    on: z.string(),
    windowDays: int,
    baselineWeeks: int,
    items: z.array(IntelWarning),
  })
  .openapi('IntelWarningList');

export const IntelSeries = z
  .object({
    orgId: int,
    orgName: z.string(),
    category: z.string(),
    categoryName: z.string(),
    on: z.string(),
    windowDays: int,
    baselineWeeks: int,
    /** Mean items per week over the baseline weeks. */
    baselinePerWeek: z.number(),
    points: z.array(
      z.object({
        weekStart: z.string(),
        weekEnd: z.string(),
        n: int,
        part: z.enum(['window', 'baseline', 'before']),
      }),
    ),
  })
  .openapi('IntelSeries');
export type IntelSeries = z.infer<typeof IntelSeries>;

export function presentWarning(w: Warning) {
  return {
    kind: w.kind,
    kindLabel: WARNING_KIND_LABELS[w.kind],
    orgId: w.orgId,
    orgName: w.orgName,
    category: w.category,
    categoryName: w.categoryName,
    recent: w.recent,
    baseline: w.baseline,
    ratio: w.ratio,
    score: w.score,
    pValue: w.pValue,
    seasonal: w.seasonal,
    reason: w.reason,
    unitIds: w.unitIds,
    issueId: w.issueId,
  };
}
