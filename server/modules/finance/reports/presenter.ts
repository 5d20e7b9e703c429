// JSON shape of the fee dashboard: collection rate and arrears by unit (each unit with its subtree),
// and the monthly collections for the chart.
import { z } from '@hono/zod-openapi';

const month = () => z.string().openapi({ pattern: '^\\d{4}-\\d{2}$', example: '2026-01' });

export const FeeDashboardUnit = z
  .object({
    orgId: z.number().int(),
    name: z.string(),
    /** 0 for the unit asked, 1 for the units right below, … */
    depth: z.number().int(),
    /** Owed over the months under the fee rules, exemptions and reductions (đồng). */
    due: z.number().int(),
    /** Paid by the members for those months (đồng). */
    paid: z.number().int(),
    /** paid / due in tenths of a percent (1000 = 100%); null when nothing was due. */
    ratePerMille: z.number().int().nullable(),
    /** Members three or more months behind at the last month. */
    arrears: z.number().int(),
    collected: z.number().int(),
    kept: z.number().int(),
    remitted: z.number().int(),
  })
  .openapi('FeeDashboardUnit');
export type FeeDashboardUnit = z.infer<typeof FeeDashboardUnit>;

export const FeeDashboard = z
  .object({
    orgId: z.number().int(),
    from: month(),
    to: month(),
    units: z.array(FeeDashboardUnit),
    months: z.array(z.object({ month: month(), due: z.number().int(), paid: z.number().int() })),
  })
  .openapi('FeeDashboard');
export type FeeDashboard = z.infer<typeof FeeDashboard>;

export function perMille(paid: number, due: number): number | null {
  return due > 0 ? Math.floor((paid * 1000) / due) : null;
}
