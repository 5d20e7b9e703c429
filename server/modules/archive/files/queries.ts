// SQL of a file's life (open, close, reopen, declare, documents out) and of what a file shows beside
// its documents: its holds, its digitisation approvals, the destruction lists it appears in.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';

export async function markOpen(tx: Db, id: number, openedOn: string): Promise<void> {
  await tx.execute(
    sql`UPDATE archive_files SET status = 'open', opened_on = ${openedOn}::date, updated_at = now() WHERE id = ${id}`,
  );
}

export async function markClosed(
  tx: Db,
  id: number,
  v: { closedOn: string; endYear: number; retentionEndsOn: string | null },
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_files SET status = 'closed', closed_on = ${v.closedOn}::date, end_year = ${v.endYear},
           retention_ends_on = ${v.retentionEndsOn}::date, updated_at = now()
     WHERE id = ${id}`);
}

export async function markReopened(tx: Db, id: number): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_files SET status = 'open', closed_on = NULL, end_year = NULL, retention_ends_on = NULL, updated_at = now()
     WHERE id = ${id}`);
}

export async function markDeclared(tx: Db, id: number, by: number | null): Promise<void> {
  await tx.execute(
    sql`UPDATE archive_files SET declared_at = now(), declared_by = ${by}, updated_at = now() WHERE id = ${id}`,
  );
}

/** Whether the file lies in a destruction list that is still open (proposed, reviewed, approved). */
export async function inOpenDisposalList(db: Db, fileId: number): Promise<boolean> {
  return !!(await one(
    db,
    sql`SELECT 1 FROM archive_disposal_items i JOIN archive_disposal_lists l ON l.id = i.list_id
         WHERE i.file_id = ${fileId} AND l.status IN ('proposed','reviewed','approved')`,
  ));
}

export async function removeFileDocument(tx: Db, fileId: number, documentId: number): Promise<void> {
  await tx.execute(
    sql`DELETE FROM archive_file_documents WHERE file_id = ${fileId} AND document_id = ${documentId}`,
  );
}

export interface FileHoldRow {
  id: number;
  document_id: number | null;
  reason: string;
  placed_at: string;
  placed_by_name: string | null;
  lifted_at: string | null;
  lift_reason: string | null;
  lifted_by_name: string | null;
}

/** Holds on the file or on one of its records, newest first. */
export function holdsOfFile(db: Db, fileId: number) {
  return rows<FileHoldRow>(
    db,
    sql`SELECT h.id, h.document_id, h.reason, h.placed_at, pu.full_name AS placed_by_name, h.lifted_at, h.lift_reason,
               lu.full_name AS lifted_by_name
          FROM archive_holds h LEFT JOIN users pu ON pu.id = h.placed_by LEFT JOIN users lu ON lu.id = h.lifted_by
         WHERE h.file_id = ${fileId}
            OR h.document_id IN (SELECT document_id FROM archive_file_documents WHERE file_id = ${fileId})
         ORDER BY h.id DESC`,
  );
}

export interface ApprovalRow {
  id: number;
  max_secrecy: number;
  decision_ref: string;
  note: string | null;
  approved_at: string;
  name: string | null;
}

export function approvalsOfFile(db: Db, fileId: number) {
  return rows<ApprovalRow>(
    db,
    sql`SELECT a.id, a.max_secrecy, a.decision_ref, a.note, a.approved_at, u.full_name AS name
          FROM archive_digitise_approvals a LEFT JOIN users u ON u.id = a.approved_by
         WHERE a.file_id = ${fileId} ORDER BY a.id`,
  );
}

export interface FileDisposalRow {
  list_id: number;
  title: string;
  status: string;
  decision: string | null;
  keep_years: number | null;
}

export function disposalOfFile(db: Db, fileId: number) {
  return rows<FileDisposalRow>(
    db,
    sql`SELECT l.id AS list_id, l.title, l.status, i.decision, i.keep_years FROM archive_disposal_items i
          JOIN archive_disposal_lists l ON l.id = i.list_id WHERE i.file_id = ${fileId} ORDER BY l.id`,
  );
}

/** The documents filed as corrections of a record. */
export async function correctionsOf(db: Db, documentId: number): Promise<number[]> {
  const list = await rows<{ document_id: number }>(
    db,
    sql`SELECT document_id FROM archive_file_documents WHERE corrects_document_id = ${documentId} ORDER BY document_id`,
  );
  return list.map((r) => Number(r.document_id));
}
