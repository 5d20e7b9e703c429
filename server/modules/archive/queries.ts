// SQL that the archive's sub-features share: files (hồ sơ) with their counts and hold state, the
// documents filed in them (archive rows only: the documents themselves are read through the
// documents area's service), records, tombstones, digitisation approvals and active holds. Rows go
// to a person through the access rule (visibleTo, by way of archiveVisible); the system sees all.
import { type SQL, sql } from 'drizzle-orm';
import type { Who } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, one, rows } from '../../db/sql.ts';

/**
 * The access rule on an archive row aliased `alias` (its id, owner_org_id and secrecy, or the
 * secrecy given): visibleTo() with the archive's columns; true for the system.
 */
export function archiveVisible(who: Who, entity: string, alias: string, secrecy?: SQL): SQL {
  if (!who) return sql`true`;
  return visibleTo(who, {
    entity,
    id: sql.raw(`${alias}.id`),
    ownerOrgId: sql.raw(`${alias}.owner_org_id`),
    secrecy: secrecy ?? sql.raw(`${alias}.secrecy`),
  });
}

/** The access rule on a file row aliased `f`. */
export const fileVisible = (who: Who): SQL => archiveVisible(who, 'archive_file', 'f');

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

const FILE_COLS = sql`f.id, f.owner_org_id, o.name AS org_name, f.plan_year, f.code, f.title, f.section,
  f.responsible_id, u.full_name AS responsible_name, f.schedule_id, s.code AS schedule_code, s.title AS schedule_title,
  f.retention_years, f.secrecy, f.status, f.opened_on, f.closed_on, f.end_year, f.retention_ends_on, f.declared_at,
  f.declared_by, f.note, f.created_at, f.updated_at,
  (SELECT count(*) FROM archive_file_documents fd WHERE fd.file_id = f.id)::integer AS documents,
  (SELECT count(*) FROM archive_records r WHERE r.file_id = f.id)::integer AS records,
  EXISTS (SELECT 1 FROM archive_holds h WHERE h.lifted_at IS NULL AND (h.file_id = f.id OR h.document_id IN
           (SELECT fd.document_id FROM archive_file_documents fd WHERE fd.file_id = f.id))) AS on_hold`;

const FILE_FROM = sql`archive_files f JOIN orgs o ON o.id = f.owner_org_id
  LEFT JOIN users u ON u.id = f.responsible_id LEFT JOIN archive_schedule s ON s.id = f.schedule_id`;

const ACTIVE_LIST = sql`('proposed','reviewed','approved')`;

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

export interface FileFilter {
  ids?: readonly number[] | undefined;
  orgId?: number | undefined;
  year?: number | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
  status?: string | undefined;
  /** Title or code, without diacritics. */
  q?: string | undefined;
  /** Closed files whose retention ended by this day and that no open destruction list holds. */
  dueOn?: string | undefined;
}

export function listFiles(db: Db, who: Who, f: FileFilter, limit: number) {
  const conds: SQL[] = [fileVisible(who)];
  if (f.ids) conds.push(sql`f.id = ANY(${array(f.ids)}::bigint[])`);
  if (f.orgId) conds.push(sql`f.owner_org_id = ${f.orgId}`);
  if (f.year) conds.push(sql`f.plan_year = ${f.year}`);
  if (f.fromYear) conds.push(sql`f.plan_year BETWEEN ${f.fromYear} AND ${f.toYear ?? f.fromYear}`);
  if (f.status) conds.push(sql`f.status = ${f.status}`);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '\\$&')}%`;
    conds.push(sql`(vn_fold(f.title) LIKE vn_fold(${like}) OR vn_fold(f.code) LIKE vn_fold(${like}))`);
  }
  if (f.dueOn) {
    conds.push(
      sql`f.status = 'closed'`,
      sql`f.retention_ends_on <= ${f.dueOn}::date`,
      sql`NOT EXISTS (SELECT 1 FROM archive_disposal_items i JOIN archive_disposal_lists l ON l.id = i.list_id
                       WHERE i.file_id = f.id AND l.status IN ${ACTIVE_LIST})`,
    );
  }
  return rows<FileRow>(
    db,
    sql`SELECT ${FILE_COLS} FROM ${FILE_FROM}
         WHERE ${sql.join(conds, sql` AND `)}
         ORDER BY f.plan_year DESC, f.owner_org_id, f.section NULLS FIRST, f.code LIMIT ${limit}`,
  );
}

/** The ids of every document of the file, visible or not (rules over the whole file), in file order. */
export async function fileDocumentIds(db: Db, fileId: number): Promise<number[]> {
  const list = await rows<{ document_id: number }>(
    db,
    sql`SELECT document_id FROM archive_file_documents WHERE file_id = ${fileId} ORDER BY position`,
  );
  return list.map((r) => Number(r.document_id));
}

export interface FiledRow {
  document_id: number;
  position: number;
  corrects_document_id: number | null;
  added_at: string;
  declared_at: string | null;
  corrected_by: number[] | null;
}

/** The archive's side of a file's documents, in file order: position, record state, corrections. */
export function filedRows(db: Db, fileId: number) {
  return rows<FiledRow>(
    db,
    sql`SELECT fd.document_id, fd.position, fd.corrects_document_id, fd.added_at, r.declared_at,
               (SELECT array_agg(c.document_id ORDER BY c.document_id) FROM archive_file_documents c
                 WHERE c.corrects_document_id = fd.document_id) AS corrected_by
          FROM archive_file_documents fd LEFT JOIN archive_records r ON r.document_id = fd.document_id
         WHERE fd.file_id = ${fileId} ORDER BY fd.position`,
  );
}

export async function insertFileDocument(
  tx: Db,
  fileId: number,
  documentId: number,
  addedBy: number | null,
  correctsDocumentId: number | null = null,
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO archive_file_documents (file_id, document_id, position, corrects_document_id, added_by)
    VALUES (${fileId}, ${documentId},
            (SELECT coalesce(max(position), 0)::integer + 1 FROM archive_file_documents WHERE file_id = ${fileId}),
            ${correctsDocumentId}, ${addedBy})`);
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

export async function fileCodeTaken(db: Db, orgId: number, year: number, code: string): Promise<boolean> {
  return !!(await one(
    db,
    sql`SELECT 1 FROM archive_files WHERE owner_org_id = ${orgId} AND plan_year = ${year} AND code = ${code}`,
  ));
}

/** Whether a unit lies in the scope of another (a unit files the documents of its own scope). */
export async function unitWithinScopeOf(db: Db, scopeOrgId: number, orgId: number): Promise<boolean> {
  const r = await one<{ ok: boolean }>(
    db,
    sql`SELECT ${inScope({ orgId: scopeOrgId }, sql`${orgId}::integer`)} AS ok`,
  );
  return r?.ok === true;
}
