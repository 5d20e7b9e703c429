// SQL of what the archives area needs from documents: stored files attached by the archive, OCR
// results, the metadata snapshot and the destruction of content under an approved disposal list.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import { DOC_COLS, type DocRow, docVisible } from '../queries.ts';

export interface SnapshotFileRow {
  id: number;
  document_id: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  ocr_sha256: string | null;
  text: string | null;
  extraction: string;
}

export async function insertStoredFile(
  tx: Db,
  f: {
    documentId: number;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    ocrSha256: string | null;
    text: string | null;
    extraction: string;
    createdBy: number | null;
  },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO document_files (document_id, name, mime, size, sha256, ocr_sha256, text, text_chars, encoding, extraction, created_by)
        VALUES (${f.documentId}, ${f.name}, ${f.mime}, ${f.size}, ${f.sha256}, ${f.ocrSha256}, ${f.text},
                ${f.text?.length ?? 0}, ${f.text ? 'unicode' : null}, ${f.extraction}, ${f.createdBy})
        RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

/** Stores an OCR outcome on a file; the document id, or null when the file is gone. */
export async function updateFileText(
  tx: Db,
  fileId: number,
  r: { text: string | null; ocrSha256: string | null; extraction: string; error: string | null },
): Promise<number | null> {
  const file = await one<{ document_id: number }>(
    tx,
    sql`UPDATE document_files SET text = coalesce(${r.text}, text), text_chars = coalesce(${r.text?.length ?? null}::integer, text_chars),
               encoding = CASE WHEN ${r.text}::text IS NULL THEN encoding ELSE 'unicode' END,
               ocr_sha256 = coalesce(${r.ocrSha256}, ocr_sha256), extraction = ${r.extraction}, extraction_error = ${r.error}
         WHERE id = ${fileId} RETURNING document_id`,
  );
  return file ? Number(file.document_id) : null;
}

export function docsByIds(db: Db, ids: readonly number[], actor?: Actor) {
  return rows<DocRow>(
    db,
    sql`SELECT ${DOC_COLS} FROM documents d JOIN orgs o ON o.id = d.owner_org_id
         WHERE d.id = ANY(${array(ids)}::bigint[]) ${actor ? sql`AND ${docVisible(actor)}` : sql``}`,
  );
}

export function filesOfDocs(db: Db, ids: readonly number[], withText: boolean) {
  return rows<SnapshotFileRow>(
    db,
    sql`SELECT id, document_id, name, mime, size, sha256, ocr_sha256,
               ${withText ? sql`text` : sql`NULL::text AS text`}, extraction
          FROM document_files WHERE document_id = ANY(${array(ids)}::bigint[]) ORDER BY id`,
  );
}

export async function docsPendingExtraction(db: Db, ids: readonly number[]): Promise<number[]> {
  const list = await rows<{ document_id: number }>(
    db,
    sql`SELECT DISTINCT document_id FROM document_files
         WHERE document_id = ANY(${array(ids)}::bigint[]) AND extraction IN ('pending','ocr_pending')`,
  );
  return list.map((r) => Number(r.document_id));
}

/** Deletes the files and empties the content; the hashes the deleted rows referenced. */
export async function destroyDocumentContent(tx: Db, documentId: number) {
  const deleted = await rows<{ sha256: string; ocr_sha256: string | null }>(
    tx,
    sql`DELETE FROM document_files WHERE document_id = ${documentId} RETURNING sha256, ocr_sha256`,
  );
  await tx.execute(sql`
    UPDATE documents SET content = NULL, files_text = NULL, status = 'destroyed', updated_at = now()
     WHERE id = ${documentId}`);
  return deleted;
}
