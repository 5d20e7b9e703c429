// SQL of files (hồ sơ), their documents and records. Reads that return files to a person filter
// with the access rule (fileVisible); documents are read through the documents area's query
// fragments (DOC_COLS, docVisible), never written here.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';
import { DOC_COLS, type DocRow, docVisible } from '../documents/queries.ts';
import { fileVisible, type Who } from './access.ts';

export interface FileRow {
  id: number;
  owner_org_id: number;
  org_name: string;
  plan_year: number;
  code: string;
  title: string;
  section: string | null;
  responsible_id: number | null;
  responsible_name: string | null;
  schedule_id: number | null;
  schedule_code: string | null;
  schedule_title: string | null;
  retention_years: number | null;
  secrecy: number;
  status: 'planned' | 'open' | 'closed' | 'destroyed';
  opened_on: string | null;
  closed_on: string | null;
  end_year: number | null;
  retention_ends_on: string | null;
  declared_at: string | null;
  declared_by: number | null;
  note: string | null;
  created_at: string;
  updated_at: string;
  documents: number;
  records: number;
  on_hold: boolean;
}

export const FILE_COLS = sql`f.id, f.owner_org_id, o.name AS org_name, f.plan_year, f.code, f.title, f.section,
  f.responsible_id, u.full_name AS responsible_name, f.schedule_id, s.code AS schedule_code, s.title AS schedule_title,
  f.retention_years, f.secrecy, f.status, f.opened_on, f.closed_on, f.end_year, f.retention_ends_on, f.declared_at,
  f.declared_by, f.note, f.created_at, f.updated_at,
  (SELECT count(*) FROM archive_file_documents fd WHERE fd.file_id = f.id)::integer AS documents,
  (SELECT count(*) FROM archive_records r WHERE r.file_id = f.id)::integer AS records,
  EXISTS (SELECT 1 FROM archive_holds h WHERE h.lifted_at IS NULL AND (h.file_id = f.id OR h.document_id IN
           (SELECT fd.document_id FROM archive_file_documents fd WHERE fd.file_id = f.id))) AS on_hold`;

export const FILE_FROM = sql`archive_files f JOIN orgs o ON o.id = f.owner_org_id
  LEFT JOIN users u ON u.id = f.responsible_id LEFT JOIN archive_schedule s ON s.id = f.schedule_id`;

export function visibleFile(db: Db, who: Who, id: number) {
  return one<FileRow>(
    db,
    sql`SELECT ${FILE_COLS} FROM ${FILE_FROM} WHERE f.id = ${id} AND ${fileVisible(who)}`,
  );
}

/** The file locked for a change, if visible (the caller answers 404 otherwise). */
export async function lockFile(tx: Db, who: Who, id: number) {
  const seen = await one<{ id: number }>(
    tx,
    sql`SELECT f.id FROM archive_files f WHERE f.id = ${id} AND ${fileVisible(who)} FOR UPDATE OF f`,
  );
  if (!seen) return undefined;
  return visibleFile(tx, null, id);
}

export function listFiles(db: Db, who: Who, conds: SQL[], limit: number) {
  return rows<FileRow>(
    db,
    sql`SELECT ${FILE_COLS} FROM ${FILE_FROM}
         WHERE ${sql.join([fileVisible(who), ...conds], sql` AND `)}
         ORDER BY f.plan_year DESC, f.owner_org_id, f.section NULLS FIRST, f.code LIMIT ${limit}`,
  );
}

export interface FileDocRow extends DocRow {
  position: number;
  corrects_document_id: number | null;
  added_at: string;
  declared_at: string | null;
  corrected_by: number[] | null;
  file_count: number;
  pending: number;
}

/** The file's documents the actor may see, in file order, with their record state. */
export function fileDocuments(db: Db, who: Who, fileId: number) {
  return rows<FileDocRow>(
    db,
    sql`SELECT ${DOC_COLS}, fd.position, fd.corrects_document_id, fd.added_at, r.declared_at,
               (SELECT array_agg(c.document_id ORDER BY c.document_id) FROM archive_file_documents c
                 WHERE c.corrects_document_id = d.id) AS corrected_by,
               (SELECT count(*) FROM document_files df WHERE df.document_id = d.id)::integer AS file_count,
               (SELECT count(*) FROM document_files df WHERE df.document_id = d.id
                  AND df.extraction IN ('pending','ocr_pending'))::integer AS pending
          FROM archive_file_documents fd
          JOIN documents d ON d.id = fd.document_id JOIN orgs o ON o.id = d.owner_org_id
          LEFT JOIN archive_records r ON r.document_id = d.id
         WHERE fd.file_id = ${fileId} ${who ? sql`AND ${docVisible(who)}` : sql``}
         ORDER BY fd.position`,
  );
}

/** Every document of the file, visible or not (rules over the whole file). */
export function fileDocumentIds(db: Db, fileId: number) {
  return rows<{
    document_id: number;
    status: string;
    direction: string;
    symbol: string | null;
    summary: string;
  }>(
    db,
    sql`SELECT fd.document_id, d.status, d.direction, d.symbol, d.summary
          FROM archive_file_documents fd JOIN documents d ON d.id = fd.document_id
         WHERE fd.file_id = ${fileId} ORDER BY fd.position`,
  );
}

export async function nextPosition(tx: Db, fileId: number): Promise<number> {
  const r = await one<{ n: number }>(
    tx,
    sql`SELECT coalesce(max(position), 0)::integer + 1 AS n FROM archive_file_documents WHERE file_id = ${fileId}`,
  );
  return r?.n ?? 1;
}

export async function insertFileDocument(
  tx: Db,
  fileId: number,
  documentId: number,
  addedBy: number | null,
  correctsDocumentId: number | null = null,
): Promise<void> {
  const position = await nextPosition(tx, fileId);
  await tx.execute(sql`
    INSERT INTO archive_file_documents (file_id, document_id, position, corrects_document_id, added_by)
    VALUES (${fileId}, ${documentId}, ${position}, ${correctsDocumentId}, ${addedBy})`);
}

/** Raises the file's secrecy to that of a document put into it (a file is as secret as its most secret part). */
export async function raiseSecrecy(tx: Db, fileId: number, secrecy: number): Promise<void> {
  await tx.execute(
    sql`UPDATE archive_files SET secrecy = greatest(secrecy, ${secrecy}::smallint), updated_at = now() WHERE id = ${fileId}`,
  );
}

export async function declareDocuments(
  tx: Db,
  fileId: number,
  documentIds: readonly number[],
  by: number | null,
): Promise<void> {
  for (const id of documentIds) {
    await tx.execute(sql`
      INSERT INTO archive_records (document_id, file_id, declared_by) VALUES (${id}, ${fileId}, ${by})
      ON CONFLICT (document_id) DO NOTHING`);
  }
}

export function recordOf(db: Db, documentId: number) {
  return one<{
    document_id: number;
    file_id: number;
    code: string;
    plan_year: number;
    declared_at: string;
    destroyed_at: string | null;
  }>(
    db,
    sql`SELECT r.document_id, r.file_id, f.code, f.plan_year, r.declared_at, r.destroyed_at
          FROM archive_records r JOIN archive_files f ON f.id = r.file_id WHERE r.document_id = ${documentId}`,
  );
}

export function membershipOf(db: Db, documentId: number) {
  return one<{
    file_id: number;
    code: string;
    plan_year: number;
    status: string;
    corrects_document_id: number | null;
  }>(
    db,
    sql`SELECT fd.file_id, f.code, f.plan_year, f.status, fd.corrects_document_id
          FROM archive_file_documents fd JOIN archive_files f ON f.id = fd.file_id WHERE fd.document_id = ${documentId}`,
  );
}

export function tombstoneOf(db: Db, documentId: number) {
  return one<{ list_id: number; destroyed_at: string }>(
    db,
    sql`SELECT list_id, destroyed_at FROM archive_tombstones WHERE document_id = ${documentId} LIMIT 1`,
  );
}

/** The highest secrecy level an approval of the file covers (0 when none). */
export async function approvedUpTo(db: Db, fileId: number): Promise<number> {
  const r = await one<{ m: number | null }>(
    db,
    sql`SELECT max(max_secrecy)::integer AS m FROM archive_digitise_approvals WHERE file_id = ${fileId}`,
  );
  return r?.m ?? 0;
}

export function activeHoldsOn(db: Db, fileIds: readonly number[]) {
  if (fileIds.length === 0) return Promise.resolve([]);
  return rows<{ id: number; file_id: number; code: string; reason: string }>(
    db,
    sql`SELECT h.id, f.id AS file_id, f.code, h.reason FROM archive_holds h
          JOIN archive_files f ON f.id = h.file_id OR f.id = (SELECT fd.file_id FROM archive_file_documents fd WHERE fd.document_id = h.document_id)
         WHERE h.lifted_at IS NULL AND f.id = ANY(${array(fileIds)}::bigint[])`,
  );
}
