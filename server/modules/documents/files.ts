// Files of a document: upload (type sniffed from content, stored by hash), quick text extraction in
// the request for text PDFs and DOCX, OCR of scans in a background job, download.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { roleCan } from '../../../domain/roles.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { closeIntent } from '../../files/references.ts';
import { sniffUpload } from '../../files/sniff.ts';
import { storeWithIntent } from '../../files/stored.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import type { Upload } from '../../http/upload.ts';
import { recordAudit } from '../audit/service.ts';
import { actorOf, lockVisible, requireNotRecord } from './access.ts';
import { ALLOWED_MIME, type Extracted, extractDocx, extractPdf, isOcrAvailable, MIME } from './extract.ts';
import * as q from './queries.ts';

export const EXTRACT_QUEUE = 'documents.extract';

interface FileRow {
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
  created_at: string;
}

const FILE_COLS = sql`id, document_id, name, mime, size, sha256, ocr_sha256, text_chars, encoding, extraction, extraction_error, created_at`;

export const EXTRACTION_LABELS: Record<string, string> = {
  pending: 'Đang trích xuất chữ',
  done: 'Đã trích xuất chữ',
  ocr_pending: 'Đang nhận dạng chữ (OCR)',
  ocr_unavailable:
    'Máy chủ chưa cài OCR (ocrmypdf, tesseract-ocr-vie): tệp được lưu nhưng chưa tìm được theo nội dung',
  failed: 'Trích xuất chữ thất bại',
};

function presentFile(f: FileRow) {
  return {
    id: Number(f.id),
    name: f.name,
    mime: f.mime,
    size: Number(f.size),
    sha256: f.sha256,
    hasOcrPdf: f.ocr_sha256 !== null,
    textChars: f.text_chars,
    encoding: f.encoding,
    extraction: f.extraction,
    extractionLabel: EXTRACTION_LABELS[f.extraction] ?? f.extraction,
    extractionError: f.extraction_error,
    createdAt: toIso(f.created_at),
  };
}

export async function listFiles(db: Db, documentId: number) {
  return (
    await rows<FileRow>(
      db,
      sql`SELECT ${FILE_COLS} FROM document_files WHERE document_id = ${documentId} ORDER BY id`,
    )
  ).map(presentFile);
}

async function quickExtract(file: string, mime: string): Promise<Extracted | null> {
  const attempt = mime === MIME.pdf ? extractPdf(file) : mime === MIME.docx ? extractDocx(file) : null;
  if (!attempt) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000).unref());
  try {
    return await Promise.race([attempt, timeout]);
  } catch {
    return null;
  }
}

/** Checked before the upload is read, so that nothing is received for a document that cannot take it. */
export async function checkCanAddFile(deps: Deps, ctx: RequestCtx, documentId: number): Promise<q.DocRow> {
  const actor = actorOf(ctx);
  if (!roleCan(actor.role, 'document.draft') && !roleCan(actor.role, 'document.register')) throw forbidden();
  const visible = await q.visibleById(deps.database.db, actor, documentId);
  if (!visible) throw notFound('Văn bản');
  await requireNotRecord(deps.database.db, documentId);
  if (visible.status === 'issued' || visible.status === 'cancelled') {
    throw new RuleError('document_locked', 'Văn bản đã ban hành: không thêm tệp được nữa.');
  }
  return visible;
}

export async function addFile(deps: Deps, ctx: RequestCtx, documentId: number, upload: Upload) {
  const actor = actorOf(ctx);
  try {
    const visible = await checkCanAddFile(deps, ctx, documentId);
    const mime = await sniffUpload(upload, ALLOWED_MIME, 'PDF, Word (.docx) và ảnh quét JPEG, PNG, TIFF');
    const extracted = await quickExtract(upload.tempPath, mime);
    const ocrNeeded =
      mime.startsWith('image/') || (mime === MIME.pdf && (extracted === null || extracted.needsOcr));
    const ocrReady = ocrNeeded ? await isOcrAvailable() : false;
    // The file is stored before its row, under a committed intent: a crash in between leaves an
    // intent whose unused file the next start removes — never a row without its file, nor a file
    // without its row.
    // Stored before its row, under a committed intent (server/files/references.ts): a crash in between
    // leaves an intent the next start cleans up — never a row without its file, nor the reverse.
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    const extraction =
      extracted && !ocrNeeded
        ? 'done'
        : ocrNeeded
          ? ocrReady
            ? 'ocr_pending'
            : 'ocr_unavailable'
          : 'pending';
    return await transact(deps, async (tx) => {
      await lockVisible(tx, actor, documentId);
      const text = extracted?.text ?? null;
      const row = (await one<FileRow>(
        tx,
        sql`INSERT INTO document_files (document_id, name, mime, size, sha256, text, text_chars, encoding, extraction, created_by)
            VALUES (${documentId}, ${upload.filename}, ${mime}, ${upload.size}, ${upload.sha256}, ${text},
                    ${text?.length ?? 0}, ${extracted?.encoding ?? null}, ${extraction}, ${actor.userId})
            RETURNING ${FILE_COLS}`,
      )) as FileRow;
      await refreshFilesText(tx, documentId);
      await closeIntent(tx, stored.intent);
      if (extraction === 'ocr_pending' || extraction === 'pending') {
        await deps.jobs.send(EXTRACT_QUEUE, { fileId: Number(row.id) }, { tx });
      }
      await q.addEvent(tx, documentId, actor.userId, 'file_added', upload.filename, {
        fileId: Number(row.id),
        sha256: upload.sha256,
      });
      const out = presentFile(row);
      await recordAudit(tx, ctx, {
        action: 'document.file_add',
        entity: 'document',
        entityId: documentId,
        orgId: visible.owner_org_id,
        after: { fileId: out.id, name: out.name, sha256: out.sha256, size: out.size, mime },
      });
      return out;
    });
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

/** The document's searchable text is the text of all its files. */
export async function refreshFilesText(tx: Db, documentId: number): Promise<void> {
  await tx.execute(sql`
    UPDATE documents SET files_text = (
      SELECT string_agg(text, E'\\n' ORDER BY id) FROM document_files WHERE document_id = ${documentId} AND text IS NOT NULL
    ) WHERE id = ${documentId}`);
}

/** A received copy shares the stored files of the original (same hashes, new rows). */
export async function copyFiles(tx: Db, fromId: number, toId: number): Promise<void> {
  await tx.execute(sql`
    INSERT INTO document_files (document_id, name, mime, size, sha256, ocr_sha256, text, text_chars, encoding, extraction, created_by)
    SELECT ${toId}, name, mime, size, sha256, ocr_sha256, text, text_chars, encoding, extraction, created_by
      FROM document_files WHERE document_id = ${fromId} ORDER BY id`);
  await refreshFilesText(tx, toId);
}

export async function fileForDownload(
  deps: Deps,
  ctx: RequestCtx,
  documentId: number,
  fileId: number,
  variant: 'original' | 'ocr',
) {
  const actor = actorOf(ctx);
  const db = deps.database.db;
  const doc = await q.visibleById(db, actor, documentId);
  if (!doc) throw notFound('Văn bản');
  const file = await one<FileRow>(
    db,
    sql`SELECT ${FILE_COLS} FROM document_files WHERE id = ${fileId} AND document_id = ${documentId}`,
  );
  if (!file) throw notFound('Tệp');
  const sha = variant === 'ocr' ? file.ocr_sha256 : file.sha256;
  if (!sha) throw notFound('Bản PDF/A nhận dạng chữ');
  if (doc.secrecy >= 1) {
    await transact(deps, (tx) =>
      recordAudit(tx, ctx, {
        action: 'document.file_read',
        entity: 'document',
        entityId: documentId,
        orgId: doc.owner_org_id,
        after: { fileId, variant, secrecy: doc.secrecy },
      }),
    );
  }
  const name = variant === 'ocr' ? `${path.parse(file.name).name}-ocr.pdf` : file.name;
  return {
    stream: deps.files.read(sha),
    mime: variant === 'ocr' ? MIME.pdf : file.mime,
    name,
    size: await deps.files.size(sha),
  };
}
