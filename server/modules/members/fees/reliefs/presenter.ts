// JSON shapes of fee exemptions and reductions.
import { z } from '@hono/zod-openapi';
import {
  RELIEF_REASON_LABELS,
  RELIEF_REASONS,
  reliefLabel,
} from '../../../../../domain/members/fee-relief.ts';
import type { ReliefRow } from './queries.ts';

const month = () => z.string().openapi({ pattern: '^\\d{4}-\\d{2}$', example: '2026-01' });

export const FeeRelief = z
  .object({
    id: z.number().int(),
    memberId: z.number().int(),
    fullName: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    /** 100: exempt; else the reduction in percent. */
    percent: z.number().int(),
    label: z.string(),
    from: month(),
    to: month(),
    reason: z.enum(RELIEF_REASONS),
    reasonLabel: z.string(),
    note: z.string().nullable(),
    ruleVersionId: z.number().int(),
  })
  .openapi('FeeRelief');
export type FeeRelief = z.infer<typeof FeeRelief>;

export const FeeReliefList = z.object({ items: z.array(FeeRelief) }).openapi('FeeReliefList');
export type FeeReliefList = z.infer<typeof FeeReliefList>;

export function presentRelief(r: ReliefRow): FeeRelief {
  return {
    id: Number(r.id),
    memberId: Number(r.member_id),
    fullName: r.full_name,
    orgId: Number(r.org_id),
    orgName: r.org_name,
    percent: Number(r.percent),
    label: reliefLabel(Number(r.percent)),
    from: r.from_month,
    to: r.to_month,
    reason: r.reason,
    reasonLabel: RELIEF_REASON_LABELS[r.reason],
    note: r.note,
    ruleVersionId: Number(r.rule_version_id),
  };
}
