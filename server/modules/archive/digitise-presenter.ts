// JSON shapes of digitisation batches and their items.
import {
  BATCH_ITEM_STATUS_LABELS,
  type BatchItemStatus,
  batchProgress,
} from '../../../domain/archive/rules.ts';
import { SECRECY_LABELS } from '../../../domain/roles.ts';
import { toIso } from '../../db/sql.ts';

export interface BatchRow {
  id: number;
  owner_org_id: number;
  org_name: string;
  secrecy: number;
  name: string;
  manifest_name: string | null;
  manifest_sha256: string | null;
  source: string;
  created_at: string;
  created_by_name: string | null;
  counts: Partial<Record<BatchItemStatus, number>> | null;
  ocr_seconds: number | null;
  ocr_pages: number | null;
}

export interface ItemRow {
  id: number;
  batch_id: number;
  row_no: number;
  file_id: number;
  file_code?: string;
  file_year?: number;
  symbol: string | null;
  issued_on: string;
  summary: string;
  pages: number;
  secrecy: number;
  type_code: string;
  issuer: string | null;
  source_name: string;
  source_sha256: string | null;
  source_size: number | null;
  source_mime: string | null;
  document_id: number | null;
  document_file_id: number | null;
  status: BatchItemStatus;
  error: string | null;
  warning: string | null;
  pdfa_sha256: string | null;
  text_chars: number | null;
  seconds: number | null;
  started_at: string | null;
  finished_at: string | null;
}

export function presentBatch(b: BatchRow) {
  const counts = b.counts ?? {};
  const progress = batchProgress(counts);
  const seconds = b.ocr_seconds === null ? null : Number(b.ocr_seconds);
  const pages = b.ocr_pages === null ? null : Number(b.ocr_pages);
  return {
    id: Number(b.id),
    orgId: b.owner_org_id,
    orgName: b.org_name,
    secrecy: b.secrecy,
    secrecyLabel: SECRECY_LABELS[b.secrecy as 0 | 1 | 2] ?? String(b.secrecy),
    name: b.name,
    manifestName: b.manifest_name,
    manifestSha256: b.manifest_sha256,
    source: b.source,
    createdAt: toIso(b.created_at),
    createdBy: b.created_by_name,
    counts,
    ...progress,
    awaitingScans: counts.awaiting_scan ?? 0,
    ocrSecondsPerPage: seconds !== null && pages ? Math.round((seconds / pages) * 10) / 10 : null,
  };
}

export function presentItem(i: ItemRow) {
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
