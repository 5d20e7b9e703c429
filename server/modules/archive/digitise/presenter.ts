// JSON shapes of digitisation: batches with their progress, their items, approvals, the OCR status.
import {
  BATCH_ITEM_STATUS_LABELS,
  BATCH_ITEM_STATUSES,
  batchProgress,
} from '../../../../domain/archive/rules.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import { secrecyLabel } from '../presenter.ts';
import type { BatchRow, ItemRow } from './queries.ts';

const int = z.number().int();

export const ArchiveBatch = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    secrecy: int,
    secrecyLabel: z.string(),
    name: z.string(),
    manifestName: z.string().nullable(),
    manifestSha256: z.string().nullable(),
    source: z.enum(['web', 'cli']),
    createdAt: z.string().nullable(),
    createdBy: z.string().nullable(),
    /** Items by state. */
    counts: z.partialRecord(z.enum(BATCH_ITEM_STATUSES), int),
    total: int,
    finished: int,
    percent: int,
    awaitingScans: int,
    ocrSecondsPerPage: z.number().nullable(),
  })
  .openapi('ArchiveBatch');
export type ArchiveBatch = z.infer<typeof ArchiveBatch>;

export function presentBatch(b: BatchRow): ArchiveBatch {
  const counts = b.counts ?? {};
  const progress = batchProgress(counts);
  const seconds = b.ocr_seconds === null ? null : Number(b.ocr_seconds);
  const pages = b.ocr_pages === null ? null : Number(b.ocr_pages);
  return {
    id: Number(b.id),
    orgId: b.owner_org_id,
    orgName: b.org_name,
    secrecy: b.secrecy,
    secrecyLabel: secrecyLabel(b.secrecy),
    name: b.name,
    manifestName: b.manifest_name,
    manifestSha256: b.manifest_sha256,
    source: b.source as ArchiveBatch['source'],
    createdAt: toIso(b.created_at),
    createdBy: b.created_by_name,
    counts,
    ...progress,
    awaitingScans: counts.awaiting_scan ?? 0,
    ocrSecondsPerPage: seconds !== null && pages ? Math.round((seconds / pages) * 10) / 10 : null,
  };
}

export const ArchiveBatchList = z.object({ items: z.array(ArchiveBatch) }).openapi('ArchiveBatchList');
export type ArchiveBatchList = z.infer<typeof ArchiveBatchList>;

export const ArchiveBatchItem = z
  .object({
    id: int,
    row: int,
    fileId: int,
    fileCode: z.string().nullable(),
    fileYear: int.nullable(),
    symbol: z.string().nullable(),
    issuedOn: z.string(),
    summary: z.string(),
    pages: int,
    secrecy: int,
    typeCode: z.string(),
    sourceName: z.string(),
    sourceSha256: z.string().nullable(),
    sourceSize: int.nullable(),
    documentId: int.nullable(),
    status: z.enum(BATCH_ITEM_STATUSES),
    statusLabel: z.string(),
    error: z.string().nullable(),
    warning: z.string().nullable(),
    pdfaSha256: z.string().nullable(),
    textChars: int.nullable(),
    seconds: z.number().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('ArchiveBatchItem');
export type ArchiveBatchItem = z.infer<typeof ArchiveBatchItem>;

export function presentItem(i: ItemRow): ArchiveBatchItem {
  return {
    id: Number(i.id),
    row: i.row_no,
    fileId: Number(i.file_id),
    fileCode: i.file_code ?? null,
    fileYear: i.file_year ?? null,
    symbol: i.symbol,
    issuedOn: i.issued_on,
    summary: i.summary,
    pages: i.pages,
    secrecy: i.secrecy,
    typeCode: i.type_code,
    sourceName: i.source_name,
    sourceSha256: i.source_sha256,
    sourceSize: i.source_size === null ? null : Number(i.source_size),
    documentId: i.document_id === null ? null : Number(i.document_id),
    status: i.status,
    statusLabel: BATCH_ITEM_STATUS_LABELS[i.status],
    error: i.error,
    warning: i.warning,
    pdfaSha256: i.pdfa_sha256,
    textChars: i.text_chars,
    seconds: i.seconds === null ? null : Math.round(Number(i.seconds) * 10) / 10,
    finishedAt: toIso(i.finished_at),
  };
}

export const ArchiveBatchDetail = ArchiveBatch.extend({ items: z.array(ArchiveBatchItem) }).openapi(
  'ArchiveBatchDetail',
);
export type ArchiveBatchDetail = z.infer<typeof ArchiveBatchDetail>;

export function presentBatchDetail(b: BatchRow, items: ItemRow[]): ArchiveBatchDetail {
  return { ...presentBatch(b), items: items.map(presentItem) };
}

export const ArchiveDigitiseApproval = z
  .object({
    id: int,
    fileId: int,
    maxSecrecy: int,
    decisionRef: z.string(),
    note: z.string().nullable(),
  })
  .openapi('ArchiveDigitiseApproval');
export type ArchiveDigitiseApproval = z.infer<typeof ArchiveDigitiseApproval>;

export const ArchiveOcrStatus = z
  .object({ ocrAvailable: z.boolean(), message: z.string() })
  .openapi('ArchiveOcrStatus');
export type ArchiveOcrStatus = z.infer<typeof ArchiveOcrStatus>;

export const ArchiveBatchRetry = z.object({ queued: int }).openapi('ArchiveBatchRetry');
export type ArchiveBatchRetry = z.infer<typeof ArchiveBatchRetry>;
