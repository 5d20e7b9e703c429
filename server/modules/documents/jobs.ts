// Background text extraction: OCR of scans and image-only PDFs (slow), and any file whose quick
// extraction in the upload request did not finish.
import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { systemCtx } from '../../auth/actor.ts';
import { one } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { closeIntent } from '../../files/references.ts';
import { storeWithIntent } from '../../files/stored.ts';
import { recordAudit } from '../audit/service.ts';
import { extractDocx, extractPdf, isOcrAvailable, MIME, ocr } from './extract.ts';
import { EXTRACT_QUEUE, refreshFilesText } from './files.ts';

interface Job {
  fileId: number;
}

export async function runExtraction(deps: Deps, fileId: number): Promise<void> {
  const db = deps.database.db;
  const file = await one<{
    id: number;
    document_id: number;
    mime: string;
    sha256: string;
    extraction: string;
  }>(db, sql`SELECT id, document_id, mime, sha256, extraction FROM document_files WHERE id = ${fileId}`);
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
    await tx.execute(sql`
      UPDATE document_files SET text = coalesce(${text}, text), text_chars = coalesce(${text?.length ?? null}::integer, text_chars),
             encoding = coalesce(${encoding}, encoding), ocr_sha256 = coalesce(${ocrSha}, ocr_sha256),
             extraction = ${status}, extraction_error = ${error}
       WHERE id = ${fileId}`);
    await refreshFilesText(tx, file.document_id);
    if (intent !== undefined) await closeIntent(tx, intent);
    await recordAudit(tx, systemCtx(`job:${EXTRACT_QUEUE}`), {
      action: 'document.file_text',
      entity: 'document',
      entityId: file.document_id,
      after: { fileId, extraction: status, textChars: text?.length ?? 0, ocr: ocrSha !== null },
    });
  });
}

export function defineDocumentJobs(deps: Deps): void {
  deps.jobs.define<Job>(EXTRACT_QUEUE, (data) => runExtraction(deps, data.fileId), {
    retryLimit: 2,
    expireInSeconds: 30 * 60,
  });
}
