// Files of a document: upload (type sniffed from content, stored by hash), quick text extraction in
// the request for text PDFs and DOCX, OCR of scans in a background job, download. An issued document
// takes one kind of file only: its signed original (bản gốc đã ký), the paper scanned after it was
// numbered, stamped and signed, or the digitally signed file.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { uploadFields } from '../../../../domain/schemas/documents.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { whoOf } from '../../../auth/actor.ts';
import { may, signedIn } from '../../../auth/authorize.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { sniffUpload } from '../../../files/sniff.ts';
import { storeWithIntent } from '../../../files/stored.ts';
import { forbidden, notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { recordAudit } from '../../audit/service.ts';
import { lockVisible, requireNotRecord, visibleDoc } from '../access.ts';
import { CLOSED, mayAttach, takesSignedOriginal } from '../presenter.ts';
import { addEvent, type DocRow, refreshFilesText } from '../queries.ts';
import {
  ALLOWED_MIME,
  type Extracted,
  extractDocx,
  extractPdf,
  isOcrAvailable,
  MIME,
  ocr,
} from './extract.ts';
import { type DocumentFile, presentFile } from './presenter.ts';
import * as q from './queries.ts';

export const EXTRACT_QUEUE = 'documents.extract';

type FileKind = DocumentFile['kind'];

/**
 * Text of a PDF or DOCX read within the request (15 s at most); null for a scan or on failure.
 * @trusted reads only the temp file it is given; the caller has checked its actor.
 */
export async function quickExtract(file: string, mime: string): Promise<Extracted | null> {
  const attempt = mime === MIME.pdf ? extractPdf(file) : mime === MIME.docx ? extractDocx(file) : null;
  if (!attempt) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000).unref());
  try {
    return await Promise.race([attempt, timeout]);
  } catch {
    return null;
  }
}

/**
 * The text of a PDF or DOCX that another area keeps (a study session's written reflection), read the
 * way a document's file is read at upload; null when none could be read in time (a scan, a broken file).
 */
export async function uploadText(ctx: RequestCtx, file: string, mime: string): Promise<string | null> {
  signedIn(ctx);
  return (await quickExtract(file, mime))?.text ?? null;
}

/**
 * Whether the document takes a file of this kind from this actor. `kind` undefined: before the upload
 * is read, whether it could take any file at all.
 */
function requireTakes(actor: Actor, doc: DocRow, kind: FileKind | undefined): void {
  const signedOriginal = may(actor, 'document.issue') && takesSignedOriginal(doc);
  if (kind === 'signed_original') {
    if (!may(actor, 'document.issue')) {
      throw forbidden('Chỉ người có quyền ban hành văn bản mới thêm bản gốc đã ký.');
    }
    if (!takesSignedOriginal(doc)) {
      throw new RuleError('not_issued', 'Bản gốc đã ký chỉ thêm vào văn bản đi đã ban hành.');
    }
    return;
  }
  if (CLOSED.has(doc.status) && !(kind === undefined && signedOriginal)) {
    throw new RuleError(
      'document_locked',
      doc.status === 'issued'
        ? 'Văn bản đã ban hành: chỉ thêm được bản gốc đã ký (kind=signed_original).'
        : 'Văn bản đã hủy: không thêm tệp được nữa.',
    );
  }
}

/** Checked before the upload is read, so that nothing is received for a document that cannot take it. */
export async function checkCanAddFile(deps: Deps, ctx: RequestCtx, documentId: number): Promise<void> {
  const actor = signedIn(ctx);
  if (!mayAttach(actor)) throw forbidden();
  const db = deps.database.db;
  const doc = await visibleDoc(db, actor, documentId);
  await requireNotRecord(db, documentId);
  requireTakes(actor, doc, undefined);
}

function kindOf(upload: Upload): FileKind {
  const parsed = uploadFields.safeParse({ kind: upload.fields.kind || undefined });
  if (!parsed.success) {
    throw new ValidationError('Loại tệp (kind): chỉ nhận «attachment» hoặc «signed_original».');
  }
  return parsed.data.kind ?? 'attachment';
}

export async function addFile(
  deps: Deps,
  ctx: RequestCtx,
  documentId: number,
  upload: Upload,
): Promise<DocumentFile> {
  const actor = signedIn(ctx);
  try {
    if (!mayAttach(actor)) throw forbidden();
    const kind = kindOf(upload);
    const db = deps.database.db;
    requireTakes(actor, await visibleDoc(db, actor, documentId), kind);
    await requireNotRecord(db, documentId);
    const mime = await sniffUpload(upload, ALLOWED_MIME, 'PDF, Word (.docx) và ảnh quét JPEG, PNG, TIFF');
    const extracted = await quickExtract(upload.tempPath, mime);
    const ocrNeeded =
      mime.startsWith('image/') || (mime === MIME.pdf && (extracted === null || extracted.needsOcr));
    const ocrReady = ocrNeeded ? await isOcrAvailable() : false;
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
      const doc = await lockVisible(tx, actor, documentId);
      requireTakes(actor, doc, kind);
      const row = await q.insertFile(tx, {
        documentId,
        name: upload.filename,
        mime,
        size: upload.size,
        sha256: upload.sha256,
        text: extracted?.text ?? null,
        encoding: extracted?.encoding ?? null,
        extraction,
        kind,
        createdBy: actor.userId,
      });
      await refreshFilesText(tx, documentId);
      await closeIntent(tx, stored.intent);
      if (extraction === 'ocr_pending' || extraction === 'pending') {
        await deps.jobs.send(EXTRACT_QUEUE, { fileId: Number(row.id) }, { tx });
      }
      const signed = kind === 'signed_original';
      await addEvent(
        tx,
        documentId,
        actor.userId,
        signed ? 'signed_original_added' : 'file_added',
        upload.filename,
        {
          fileId: Number(row.id),
          sha256: upload.sha256,
          kind,
        },
      );
      const out = presentFile(row);
      await recordAudit(tx, ctx, {
        action: signed ? 'document.signed_original_add' : 'document.file_add',
        entity: 'document',
        entityId: documentId,
        orgId: doc.owner_org_id,
        after: { fileId: out.id, name: out.name, sha256: out.sha256, size: out.size, mime, kind },
      });
      return out;
    });
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

/** A file to send: the original or its searchable PDF/A. A Mật (or higher) document's download is audited. */
export async function fileForDownload(
  deps: Deps,
  ctx: RequestCtx,
  input: { documentId: number; fileId: number; variant: 'original' | 'ocr' },
) {
  const actor = signedIn(ctx);
  const db = deps.database.db;
  const { documentId, fileId, variant } = input;
  const doc = await visibleDoc(db, actor, documentId);
  const file = await q.fileOf(db, documentId, fileId);
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
  return {
    stream: deps.files.read(sha),
    mime: variant === 'ocr' ? MIME.pdf : file.mime,
    name: variant === 'ocr' ? `${path.parse(file.name).name}-ocr.pdf` : file.name,
    size: await deps.files.size(sha),
  };
}

/**
 * Background text extraction of one file: OCR of scans and image-only PDFs (slow), and any file
 * whose quick extraction in the upload request did not finish. Run by the job worker as the system.
 */
export async function runExtraction(deps: Deps, ctx: RequestCtx, fileId: number): Promise<void> {
  whoOf(ctx);
  const file = await q.fileForExtraction(deps.database.db, fileId);
  if (!file || file.extraction === 'done') return;
  const source = await deps.files.localPath(file.sha256);
  let text: string | null = null;
  let encoding: string | null = null;
  let ocrSha: string | null = null;
  let status = 'done';
  let error: string | null = null;
  let intent: number | undefined;
  try {
    let needsOcr = file.mime.startsWith('image/');
    if (file.mime === MIME.pdf) {
      const r = await extractPdf(source);
      text = r.text;
      encoding = r.encoding;
      needsOcr = r.needsOcr;
    } else if (file.mime === MIME.docx) {
      const r = await extractDocx(source);
      text = r.text;
      encoding = r.encoding;
    }
    if (needsOcr) {
      if (await isOcrAvailable()) {
        const result = await ocr(source, file.mime);
        try {
          intent = (await storeWithIntent(deps, result.pdfPath, result.sha256)).intent;
        } finally {
          await rm(result.pdfPath, { force: true });
        }
        text = result.text;
        encoding = 'unicode';
        ocrSha = result.sha256;
      } else {
        status = 'ocr_unavailable';
      }
    }
  } catch (err) {
    status = 'failed';
    error = String((err as Error).message ?? err).slice(0, 500);
  }
  await transact(deps, async (tx) => {
    await q.storeExtraction(tx, fileId, { text, encoding, ocrSha, status, error });
    await refreshFilesText(tx, file.document_id);
    if (intent !== undefined) await closeIntent(tx, intent);
    await recordAudit(tx, ctx, {
      action: 'document.file_text',
      entity: 'document',
      entityId: file.document_id,
      after: { fileId, extraction: status, textChars: text?.length ?? 0, ocr: ocrSha !== null },
    });
  });
}
