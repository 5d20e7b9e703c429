// The OCR of one digitised document (job `archive.digitise`): ocrmypdf -l vie --output-type pdfa
// through the documents area's ocr(), the PDF/A stored by its SHA-256 beside the scan, the text put
// on the document's file row (so the document search finds it), the page count checked against the
// manifest, and — when the file was already declared — the new document declared as a record.
import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { systemCtx } from '../../auth/actor.ts';
import { one } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { closeIntent } from '../../files/references.ts';
import { abandon, type Stored, storeWithIntent } from '../../files/stored.ts';
import { recordAudit } from '../audit/service.ts';
import { addDocumentEvent, recordFileText } from '../documents/archival.ts';
import { extractPdf, isOcrAvailable, ocr } from '../documents/extract.ts';
import type { ItemRow } from './digitise-presenter.ts';
import * as q from './queries.ts';

const ctx = systemCtx('job:archive.digitise');

async function finish(
  deps: Deps,
  item: ItemRow,
  r: {
    status: 'done' | 'failed' | 'ocr_unavailable';
    text: string | null;
    pdfaSha: string | null;
    error: string | null;
    warning: string | null;
    seconds: number;
  },
  stored?: Stored,
): Promise<boolean> {
  return transact(deps, async (tx) => {
    const record = await q.recordOf(tx, Number(item.document_id));
    if (record) {
      // Declared meanwhile (its file was declared with this scan unread): the record stays as it is.
      await tx.execute(sql`
        UPDATE archive_batch_items SET status = 'failed', finished_at = now(),
               error = 'Văn bản đã là tài liệu lưu trữ trước khi nhận dạng xong: không ghi thêm chữ được.'
         WHERE id = ${item.id}`);
      return false;
    }
    if (stored) await closeIntent(tx, stored.intent);
    await recordFileText(tx, Number(item.document_file_id), {
      text: r.text,
      ocrSha256: r.pdfaSha,
      extraction: r.status === 'done' ? 'done' : r.status,
      error: r.error,
    });
    await tx.execute(sql`
      UPDATE archive_batch_items SET status = ${r.status}, error = ${r.error}, warning = ${r.warning},
             pdfa_sha256 = ${r.pdfaSha}, text_chars = ${r.text?.length ?? null}::integer, seconds = ${r.seconds},
             finished_at = now()
       WHERE id = ${item.id}`);
    const file = await q.lockFile(tx, null, Number(item.file_id));
    if (r.status === 'done' && file?.declared_at) {
      await q.declareDocuments(tx, Number(file.id), [Number(item.document_id)], null);
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

export async function runDigitiseItem(deps: Deps, itemId: number): Promise<void> {
  const item = await one<ItemRow>(
    deps.database.db,
    sql`UPDATE archive_batch_items SET status = 'running', started_at = now()
         WHERE id = ${itemId} AND status IN ('queued','running') AND document_file_id IS NOT NULL
         RETURNING *`,
  );
  if (!item) return;
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  if (!(await isOcrAvailable())) {
    await finish(deps, item, {
      status: 'ocr_unavailable',
      text: null,
      pdfaSha: null,
      error: 'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: chưa nhận dạng được chữ.',
      warning: null,
      seconds: seconds(),
    });
    return;
  }
  let result: Awaited<ReturnType<typeof ocr>>;
  try {
    const source = await deps.files.localPath(item.source_sha256 as string);
    result = await ocr(source, item.source_mime ?? 'application/pdf');
  } catch (err) {
    await finish(deps, item, {
      status: 'failed',
      text: null,
      pdfaSha: null,
      error: `Nhận dạng chữ thất bại: ${String((err as Error).message ?? err).slice(0, 400)}`,
      warning: null,
      seconds: seconds(),
    });
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
