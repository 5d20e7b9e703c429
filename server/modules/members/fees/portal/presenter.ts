// JSON shapes of the portal statements: an import's counts and the statement lines.
import { z } from '@hono/zod-openapi';
import type { LineRow } from './queries.ts';

export const PortalImportResult = z
  .object({
    importId: z.number().int(),
    /** Lines read from the file (rejected rows not counted). */
    linesRead: z.number().int(),
    /** Lines whose transaction was new. */
    added: z.number().int(),
    /** Lines whose transaction reference was seen before (in this file or an earlier one): ignored. */
    duplicates: z.number().int(),
    matched: z.number().int(),
    unmatched: z.number().int(),
    /** Đồng added to members' months by this import. */
    amountMatched: z.number().int(),
    rejected: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  })
  .openapi('PortalImportResult');
export type PortalImportResult = z.infer<typeof PortalImportResult>;

export const PortalLine = z
  .object({
    id: z.number().int(),
    importId: z.number().int(),
    orgId: z.number().int(),
    ref: z.string(),
    paidOn: z.string().openapi({ format: 'date' }),
    month: z.string().openapi({ pattern: '^\\d{4}-\\d{2}$' }),
    cardNo: z.string().nullable(),
    payerName: z.string().nullable(),
    amount: z.number().int(),
    memberId: z.number().int().nullable(),
    memberName: z.string().nullable(),
    status: z.enum(['matched', 'unmatched', 'resolved', 'dismissed']),
    note: z.string().nullable(),
  })
  .openapi('PortalLine');
export type PortalLine = z.infer<typeof PortalLine>;

export const PortalLineList = z.object({ items: z.array(PortalLine) }).openapi('PortalLineList');
export type PortalLineList = z.infer<typeof PortalLineList>;

export function presentLine(r: LineRow): PortalLine {
  return {
    id: Number(r.id),
    importId: Number(r.import_id),
    orgId: Number(r.org_id),
    ref: r.txn_ref,
    paidOn: r.paid_on,
    month: r.month,
    cardNo: r.card_no,
    payerName: r.payer_name,
    amount: Number(r.amount),
    memberId: r.member_id === null ? null : Number(r.member_id),
    memberName: r.full_name,
    status: r.status,
    note: r.note,
  };
}
