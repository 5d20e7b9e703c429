// SQL of digitisation: approvals for secret files, batches (as secret as their most secret row) with
// their progress, the manifest's rows as batch items, the scans received and the OCR job's outcome.
import { sql } from 'drizzle-orm';
import type { BatchItemStatus } from '../../../../domain/archive/rules.ts';
import type { Who } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';
import { archiveVisible, fileVisible } from '../queries.ts';

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

const batchVisible = (who: Who) => archiveVisible(who, 'archive_batch', 'b');

const BATCH_SQL = sql`SELECT b.id, b.owner_org_id, o.name AS org_name, b.secrecy, b.name, b.manifest_name, b.manifest_sha256,
    b.source, b.created_at, u.full_name AS created_by_name,
    (SELECT jsonb_object_agg(s.status, s.n) FROM (SELECT status, count(*)::integer AS n FROM archive_batch_items
       WHERE batch_id = b.id GROUP BY status) s) AS counts,
    (SELECT sum(seconds)::real FROM archive_batch_items WHERE batch_id = b.id AND status = 'done') AS ocr_seconds,
    (SELECT sum(pages)::integer FROM archive_batch_items WHERE batch_id = b.id AND status = 'done') AS ocr_pages
  FROM archive_batches b JOIN orgs o ON o.id = b.owner_org_id LEFT JOIN users u ON u.id = b.created_by`;

export function listBatches(db: Db, who: Who, orgId?: number) {
  return rows<BatchRow>(
    db,
    sql`${BATCH_SQL} WHERE ${batchVisible(who)} ${orgId ? sql`AND b.owner_org_id = ${orgId}` : sql``}
         ORDER BY b.id DESC LIMIT 200`,
  );
}

export function batchById(db: Db, who: Who, id: number) {
  return one<BatchRow>(db, sql`${BATCH_SQL} WHERE b.id = ${id} AND ${batchVisible(who)}`);
}

const ITEM_SQL = sql`SELECT i.*, f.code AS file_code, f.plan_year AS file_year FROM archive_batch_items i
  JOIN archive_files f ON f.id = i.file_id`;

export function batchItems(db: Db, batchId: number) {
  return rows<ItemRow>(db, sql`${ITEM_SQL} WHERE i.batch_id = ${batchId} ORDER BY i.row_no`);
}

export function itemById(db: Db, itemId: number) {
  return one<ItemRow>(db, sql`${ITEM_SQL} WHERE i.id = ${itemId}`);
}

/** The files of a unit's plan with this code (in this year, when given) that the account may see. */
export function filesByCode(db: Db, who: Who, orgId: number, code: string, year: number | null) {
  return rows<{ id: number; plan_year: number }>(
    db,
    sql`SELECT f.id, f.plan_year FROM archive_files f
         WHERE f.owner_org_id = ${orgId} AND f.code = ${code} AND ${fileVisible(who)}
           ${year ? sql`AND f.plan_year = ${year}` : sql``}`,
  );
}

export async function insertApproval(
  tx: Db,
  a: { fileId: number; maxSecrecy: number; decisionRef: string; note: string | null; by: number | null },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_digitise_approvals (file_id, max_secrecy, decision_ref, note, approved_by)
        VALUES (${a.fileId}, ${a.maxSecrecy}, ${a.decisionRef}, ${a.note}, ${a.by}) RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export async function insertBatch(
  tx: Db,
  b: {
    orgId: number;
    secrecy: number;
    name: string;
    manifestName: string;
    manifestSha256: string;
    source: 'web' | 'cli';
    by: number | null;
  },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_batches (owner_org_id, secrecy, name, manifest_name, manifest_sha256, source, created_by)
        VALUES (${b.orgId}, ${b.secrecy}, ${b.name}, ${b.manifestName}, ${b.manifestSha256}, ${b.source}, ${b.by})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export async function insertItem(
  tx: Db,
  batchId: number,
  i: {
    row: number;
    fileId: number;
    symbol: string | null;
    issuedOn: string;
    summary: string;
    pages: number;
    secrecy: number;
    typeCode: string;
    issuer: string | null;
    sourceName: string;
  },
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO archive_batch_items (batch_id, row_no, file_id, symbol, issued_on, summary, pages, secrecy, type_code, issuer, source_name)
    VALUES (${batchId}, ${i.row}, ${i.fileId}, ${i.symbol}, ${i.issuedOn}::date, ${i.summary}, ${i.pages}, ${i.secrecy},
            ${i.typeCode}, ${i.issuer}, ${i.sourceName})`);
}

/** The batch's row whose scan has this file name (case-insensitive). */
export function itemBySource(db: Db, batchId: number, name: string) {
  return one<ItemRow>(
    db,
    sql`SELECT * FROM archive_batch_items WHERE batch_id = ${batchId} AND lower(source_name) = lower(${name})`,
  );
}

export function lockItem(tx: Db, itemId: number) {
  return one<ItemRow>(tx, sql`SELECT * FROM archive_batch_items WHERE id = ${itemId} FOR UPDATE`);
}

export async function markScanReceived(
  tx: Db,
  itemId: number,
  s: {
    sha256: string;
    size: number;
    mime: string;
    documentId: number;
    documentFileId: number;
    status: 'queued' | 'ocr_unavailable';
    error: string | null;
  },
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_batch_items SET source_sha256 = ${s.sha256}, source_size = ${s.size}, source_mime = ${s.mime},
           document_id = ${s.documentId}, document_file_id = ${s.documentFileId}, status = ${s.status}, error = ${s.error}
     WHERE id = ${itemId}`);
}

/** Queues again the items whose OCR failed or could not run; their ids. */
export async function requeueFailed(tx: Db, batchId: number): Promise<number[]> {
  const list = await rows<{ id: number }>(
    tx,
    sql`UPDATE archive_batch_items SET status = 'queued', error = NULL
         WHERE batch_id = ${batchId} AND status IN ('failed','ocr_unavailable') AND document_file_id IS NOT NULL
         RETURNING id`,
  );
  return list.map((r) => Number(r.id));
}

/** Claims a queued item for the OCR job (undefined when it is not queued any more). */
export function startItem(db: Db, itemId: number) {
  return one<ItemRow>(
    db,
    sql`UPDATE archive_batch_items SET status = 'running', started_at = now()
         WHERE id = ${itemId} AND status IN ('queued','running') AND document_file_id IS NOT NULL
         RETURNING *`,
  );
}

export async function failItem(tx: Db, itemId: number, error: string): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_batch_items SET status = 'failed', finished_at = now(), error = ${error} WHERE id = ${itemId}`);
}

export async function finishItem(
  tx: Db,
  itemId: number,
  r: {
    status: 'done' | 'failed' | 'ocr_unavailable';
    error: string | null;
    warning: string | null;
    pdfaSha: string | null;
    textChars: number | null;
    seconds: number;
  },
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_batch_items SET status = ${r.status}, error = ${r.error}, warning = ${r.warning},
           pdfa_sha256 = ${r.pdfaSha}, text_chars = ${r.textChars}::integer, seconds = ${r.seconds},
           finished_at = now()
     WHERE id = ${itemId}`);
}
