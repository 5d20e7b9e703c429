// JSON shapes of legal holds.
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { HoldRow } from './queries.ts';

const int = z.number().int();

export const ArchiveHold = z
  .object({
    id: int,
    orgId: int,
    fileId: int.nullable(),
    documentId: int.nullable(),
    target: z.enum(['file', 'record']),
    fileCode: z.string().nullable(),
    fileTitle: z.string().nullable(),
    /** The held record's symbol and summary (a hold on a record). */
    symbol: z.string().nullable(),
    summary: z.string().nullable(),
    reason: z.string(),
    placedAt: z.string().nullable(),
    placedBy: z.string().nullable(),
    active: z.boolean(),
    liftedAt: z.string().nullable(),
    liftReason: z.string().nullable(),
    liftedBy: z.string().nullable(),
  })
  .openapi('ArchiveHold');
export type ArchiveHold = z.infer<typeof ArchiveHold>;

export const ArchiveHoldList = z.object({ items: z.array(ArchiveHold) }).openapi('ArchiveHoldList');
export type ArchiveHoldList = z.infer<typeof ArchiveHoldList>;

export function presentHold(
  h: HoldRow,
  doc?: { symbol: string | null; summary: string } | undefined,
): ArchiveHold {
  return {
    id: Number(h.id),
    orgId: h.owner_org_id,
    fileId: h.target_file_id === null ? null : Number(h.target_file_id),
    documentId: h.document_id === null ? null : Number(h.document_id),
    target: h.document_id === null ? 'file' : 'record',
    fileCode: h.file_code,
    fileTitle: h.file_title,
    symbol: doc?.symbol ?? null,
    summary: doc?.summary ?? null,
    reason: h.reason,
    placedAt: toIso(h.placed_at),
    placedBy: h.placed_by_name,
    active: h.lifted_at === null,
    liftedAt: toIso(h.lifted_at),
    liftReason: h.lift_reason,
    liftedBy: h.lifted_by_name,
  };
}
