// SQL of a document's files: the rows, their text, the copy a received document shares.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { one, rows, run } from '../../../db/sql.ts';
import { refreshFilesText } from '../queries.ts';

export interface FileRow {
  id: number;
  document_id: number;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  ocr_sha256: string | null;
  text_chars: number;
  encoding: string | null;
  extraction: string;
  extraction_error: string | null;
  kind: string;
  created_at: string;
}

const FILE_COLS = sql`id, document_id, name, mime, size, sha256, ocr_sha256, text_chars, encoding, extraction,
  extraction_error, kind, created_at`;

export function filesOf(db: Db, documentId: number) {
  return rows<FileRow>(
    db,
    sql`SELECT ${FILE_COLS} FROM document_files WHERE document_id = ${documentId} ORDER BY id`,
  );
}

export function fileOf(db: Db, documentId: number, fileId: number) {
  return one<FileRow>(
    db,
    sql`SELECT ${FILE_COLS} FROM document_files WHERE id = ${fileId} AND document_id = ${documentId}`,
  );
}

export async function insertFile(
  tx: Db,
  f: {
    documentId: number;
    name: string;
    mime: string;
    size: number;
    sha256: string;
    text: string | null;
    encoding: string | null;
    extraction: string;
    kind: string;
    createdBy: number | null;
  },
): Promise<FileRow> {
  return (await one<FileRow>(
    tx,
    sql`INSERT INTO document_files (document_id, name, mime, size, sha256, text, text_chars, encoding, extraction, kind, created_by)
        VALUES (${f.documentId}, ${f.name}, ${f.mime}, ${f.size}, ${f.sha256}, ${f.text},
                ${f.text?.length ?? 0}, ${f.encoding}, ${f.extraction}, ${f.kind}, ${f.createdBy})
        RETURNING ${FILE_COLS}`,
  )) as FileRow;
}

/** A received copy shares the stored files of the original (same hashes, new rows). */
export async function copyFiles(tx: Db, fromId: number, toId: number): Promise<void> {
  await run(
    tx,
    sql`INSERT INTO document_files (document_id, name, mime, size, sha256, ocr_sha256, text, text_chars, encoding, extraction, kind, created_by)
        SELECT ${toId}, name, mime, size, sha256, ocr_sha256, text, text_chars, encoding, extraction, kind, created_by
          FROM document_files WHERE document_id = ${fromId} ORDER BY id`,
  );
  await refreshFilesText(tx, toId);
}

export function fileForExtraction(db: Db, fileId: number) {
  return one<{ id: number; document_id: number; mime: string; sha256: string; extraction: string }>(
    db,
    sql`SELECT id, document_id, mime, sha256, extraction FROM document_files WHERE id = ${fileId}`,
  );
}

export async function storeExtraction(
  tx: Db,
  fileId: number,
  r: {
    text: string | null;
    encoding: string | null;
    ocrSha: string | null;
    status: string;
    error: string | null;
  },
): Promise<void> {
  await run(
    tx,
    sql`UPDATE document_files SET text = coalesce(${r.text}, text), text_chars = coalesce(${r.text?.length ?? null}::integer, text_chars),
               encoding = coalesce(${r.encoding}, encoding), ocr_sha256 = coalesce(${r.ocrSha}, ocr_sha256),
               extraction = ${r.status}, extraction_error = ${r.error}
         WHERE id = ${fileId}`,
  );
}
