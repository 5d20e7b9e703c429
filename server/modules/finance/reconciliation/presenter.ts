// JSON shapes of the reconciliation: a receipt recorded, and the comparison by unit and month.
import { z } from '@hono/zod-openapi';
import type { ReceiptRow } from './queries.ts';

const month = () => z.string().openapi({ pattern: '^\\d{4}-\\d{2}$', example: '2026-01' });

export const FinanceReceipt = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    fromOrgId: z.number().int(),
    month: month(),
    amount: z.number().int(),
    receivedOn: z.string().openapi({ format: 'date' }),
    note: z.string().nullable(),
  })
  .openapi('FinanceReceipt');
export type FinanceReceipt = z.infer<typeof FinanceReceipt>;

export const ReconciliationLine = z
  .object({
    fromOrgId: z.number().int(),
    fromOrgName: z.string(),
    month: month(),
    /** What the unit below should have remitted that month (its own computation). */
    expected: z.number().int(),
    /** What this level recorded as received; null when nothing was recorded. */
    received: z.number().int().nullable(),
    /** received − expected (a missing receipt counts as 0). */
    difference: z.number().int(),
  })
  .openapi('ReconciliationLine');

export const Reconciliation = z
  .object({
    orgId: z.number().int(),
    from: month(),
    to: month(),
    expected: z.number().int(),
    received: z.number().int(),
    /** Lines whose difference is not nil. */
    differences: z.number().int(),
    lines: z.array(ReconciliationLine),
  })
  .openapi('Reconciliation');
export type Reconciliation = z.infer<typeof Reconciliation>;

export function presentReceipt(r: ReceiptRow): FinanceReceipt {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    fromOrgId: Number(r.from_org_id),
    month: r.month,
    amount: Number(r.amount),
    receivedOn: r.received_on,
    note: r.note,
  };
}
