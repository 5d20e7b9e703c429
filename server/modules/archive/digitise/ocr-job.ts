// OCR of one digitised document, for the job `archive.digitise` (the service checks the role first):
// ocrmypdf -l vie --output-type pdfa through the documents area's ocr(), the PDF/A stored by its
// SHA-256 beside the scan, the text put on the document's file row (so the document search finds
// it), the page count checked against the manifest, and — when the file was already declared — the
// new document declared as a record. No SQL here (queries.ts).
import { rm } from 'node:fs/promises';
import type { RequestCtx } from '../../../auth/actor.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { abandon, type Stored, storeWithIntent } from '../../../files/stored.ts';
import { recordAudit } from '../../audit/service.ts';
import {
  addDocumentEvent,
  extractPdf,
  isOcrAvailable,
  ocr,
  recordFileText,
} from '../../documents/archival/service.ts';
import * as aq from '../queries.ts';
import * as q from './queries.ts';

const OCR_MISSING = 'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: chưa nhận dạng được chữ.';

interface Outcome {
  status: 'done' | 'failed' | 'ocr_unavailable';
  text: string | null;
  pdfaSha: string | null;
  error: string | null;
  warning: string | null;
  seconds: number;
}

async function finish(
  deps: Deps,
  ctx: RequestCtx,
  item: q.ItemRow,
  r: Outcome,
  stored?: Stored,
): Promise<boolean> {
  return transact(deps, async (tx) => {
    if (await aq.recordOf(tx, Number(item.document_id))) {
      // Declared meanwhile (its file was declared with this scan unread): the record stays as it is.
      await q.failItem(
        tx,
        Number(item.id),
        'Văn bản đã là tài liệu lưu trữ trước khi nhận dạng xong: không ghi thêm chữ được.',
      );
      return false;
    }
    if (stored) await closeIntent(tx, stored.intent);
    await recordFileText(tx, Number(item.document_file_id), {
      text: r.text,
      ocrSha256: r.pdfaSha,
      extraction: r.status,
      error: r.error,
    });
    await q.finishItem(tx, Number(item.id), {
      status: r.status,
      error: r.error,
      warning: r.warning,
      pdfaSha: r.pdfaSha,
      textChars: r.text?.length ?? null,
      seconds: r.seconds,
    });
    const file = await aq.lockFile(tx, null, Number(item.file_id));
    if (r.status === 'done' && file?.declared_at) {
      await aq.declareDocuments(tx, Number(file.id), [Number(item.document_id)], null);
      await addDocumentEvent(tx, Number(item.document_id), null, 'declared', `${file.code} — ${file.title}`, {
        fileId: Number(file.id),
      });
    }
    await recordAudit(tx, ctx, {
      action: 'archive.digitise_item',
      entity: 'archive_batch',
      entityId: Number(item.batch_id),
      orgId: file?.owner_org_id ?? null,
      after: {
        itemId: Number(item.id),
        documentId: Number(item.document_id),
        status: r.status,
        pdfaSha256: r.pdfaSha,
        textChars: r.text?.length ?? 0,
        seconds: r.seconds,
        error: r.error,
        warning: r.warning,
      },
    });
    return true;
  });
}

/** Runs OCR for one queued item; an item no longer queued is left alone. */
export async function ocrItem(deps: Deps, ctx: RequestCtx, itemId: number): Promise<void> {
  const item = await q.startItem(deps.database.db, itemId);
  if (!item) return;
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const failed = (status: Outcome['status'], error: string) =>
    finish(deps, ctx, item, { status, text: null, pdfaSha: null, error, warning: null, seconds: seconds() });
  if (!(await isOcrAvailable())) {
    await failed('ocr_unavailable', OCR_MISSING);
    return;
  }
  let result: Awaited<ReturnType<typeof ocr>>;
  try {
    const source = await deps.files.localPath(item.source_sha256 as string);
    result = await ocr(source, item.source_mime ?? 'application/pdf');
  } catch (err) {
    await failed('failed', `Nhận dạng chữ thất bại: ${String((err as Error).message ?? err).slice(0, 400)}`);
    return;
  }
  let warning: string | null = null;
  let stored: Stored;
  try {
    const pages = (await extractPdf(result.pdfPath)).pages;
    if (pages !== item.pages) warning = `Bản quét có ${pages} trang, bảng kê ghi ${item.pages} trang.`;
    stored = await storeWithIntent(deps, result.pdfPath, result.sha256);
  } finally {
    await rm(result.pdfPath, { force: true });
  }
  try {
    const applied = await finish(
      deps,
      ctx,
      item,
      { status: 'done', text: result.text, pdfaSha: result.sha256, error: null, warning, seconds: seconds() },
      stored,
    );
    if (!applied) await abandon(deps, [stored]);
  } catch (err) {
    await abandon(deps, [stored]);
    throw err;
  }
}
