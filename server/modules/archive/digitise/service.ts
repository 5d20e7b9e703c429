// Digitisation (số hóa): a batch is a manifest (Excel) naming the scans of documents of arranged
// (closed) files; each scan, when it arrives, becomes a document of the file (through the documents
// area) whose file row waits for OCR; the job `archive.digitise` (ocr-job.ts) turns it into a
// searchable PDF/A with a checksum. Tuyệt mật is refused; Mật and Tối mật need a recorded approval.
// The console (cli.ts) and the job call these services as the system.
import { rm } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import { digitiseSecrecyProblem, fileActionProblem } from '../../../../domain/archive/rules.ts';
import type { RequestCtx, Who } from '../../../auth/actor.ts';
import { authorizeWho, requireSecrecyWithin } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { abandon, storeWithIntent } from '../../../files/stored.ts';
import { ConflictError, notFound, RuleError, ValidationError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import {
  attachStoredFile,
  createArchivalDocument,
  isOcrAvailable,
  MIME,
} from '../../documents/archival/service.ts';
import { userIdOf } from '../guards.ts';
import * as aq from '../queries.ts';
import { checkRow, type Problem, refuse } from './manifest-check.ts';
import { manifestTemplate, readManifest } from './manifest-xlsx.ts';
import { ocrItem } from './ocr-job.ts';
import {
  type ArchiveBatchDetail,
  type ArchiveBatchItem,
  type ArchiveBatchList,
  type ArchiveBatchRetry,
  type ArchiveDigitiseApproval,
  type ArchiveOcrStatus,
  presentBatch,
  presentBatchDetail,
  presentItem,
} from './presenter.ts';
import * as q from './queries.ts';

export const DIGITISE_QUEUE = 'archive.digitise';

const SCAN_MIME = new Set<string>([MIME.pdf, MIME.jpeg, MIME.png, MIME.tiff]);
const OCR_MISSING = 'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: chưa nhận dạng được chữ.';

/** Whether the server has the OCR tools (ocrmypdf, tesseract-ocr-vie). */
export async function ocrStatus(_deps: Deps, ctx: RequestCtx): Promise<ArchiveOcrStatus> {
  authorizeWho(ctx, 'archive.read');
  const available = await isOcrAvailable();
  return {
    ocrAvailable: available,
    message: available
      ? 'Máy chủ nhận dạng được chữ tiếng Việt (ocrmypdf -l vie, PDF/A).'
      : 'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: bản quét được lưu nhưng chưa nhận dạng chữ. Quản trị cài: apt-get install ocrmypdf tesseract-ocr-vie.',
  };
}

/** The manifest template to fill in (Excel). */
export async function templateFile(_deps: Deps, ctx: RequestCtx) {
  authorizeWho(ctx, 'archive.read');
  return { body: await manifestTemplate(), name: 'mau-bang-ke-so-hoa.xlsx' };
}

export async function approveDigitise(
  deps: Deps,
  ctx: RequestCtx,
  fileId: number,
  input: { maxSecrecy: number; decisionRef: string; note?: string | undefined },
): Promise<ArchiveDigitiseApproval> {
  const who = authorizeWho(ctx, 'archive.approve_digitise');
  return transact(deps, async (tx) => {
    const f = await aq.lockFile(tx, who, fileId);
    if (!f) throw notFound('Hồ sơ');
    if (f.status === 'destroyed') throw new RuleError('file_destroyed', 'Hồ sơ đã bị tiêu hủy.');
    const note = input.note || null;
    const id = await q.insertApproval(tx, {
      fileId,
      maxSecrecy: input.maxSecrecy,
      decisionRef: input.decisionRef,
      note,
      by: userIdOf(who),
    });
    const out = { id, fileId, maxSecrecy: input.maxSecrecy, decisionRef: input.decisionRef, note };
    await recordAudit(tx, ctx, {
      action: 'archive.digitise_approve',
      entity: 'archive_file',
      entityId: fileId,
      orgId: f.owner_org_id,
      after: out,
    });
    return out;
  });
}

export async function listBatches(
  deps: Deps,
  ctx: RequestCtx,
  input: { orgId?: number | undefined },
): Promise<ArchiveBatchList> {
  const who = authorizeWho(ctx, 'archive.read');
  return { items: (await q.listBatches(deps.database.db, who, input.orgId)).map(presentBatch) };
}

async function batchDetail(db: Db, who: Who, id: number): Promise<ArchiveBatchDetail> {
  const b = await q.batchById(db, who, id);
  if (!b) throw notFound('Lô số hóa');
  return presentBatchDetail(b, await q.batchItems(db, id));
}

/** A batch with its items and progress (the client and the console poll it during OCR). */
export async function getBatch(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveBatchDetail> {
  const who = authorizeWho(ctx, 'archive.read');
  return batchDetail(deps.database.db, who, id);
}

/** Checked before a manifest is read from the request: the role may create batches. */
export async function checkCanCreateBatch(_deps: Deps, ctx: RequestCtx): Promise<void> {
  authorizeWho(ctx, 'archive.digitise');
}

/** A new batch from a manifest; all its rows are checked, and any problem refuses the whole batch. */
export async function createBatch(
  deps: Deps,
  ctx: RequestCtx,
  input: {
    orgId: number;
    name?: string | undefined;
    manifestPath: string;
    manifestName: string;
    manifestSha256: string;
    source: 'web' | 'cli';
  },
): Promise<ArchiveBatchDetail> {
  const who = authorizeWho(ctx, 'archive.digitise');
  const db = deps.database.db;
  const org = await activeUnitInScope(db, who, input.orgId);
  const { rows: parsed, problems: formatProblems } = await readManifest(input.manifestPath);
  // Rows above the account's clearance refuse the batch before any file is looked up (Tuyệt mật
  // rows are refused by the rule that it is never digitised, whatever the clearance).
  requireSecrecyWithin(who, Math.max(0, ...parsed.filter((r) => r.secrecy < 3).map((r) => r.secrecy)));
  const problems: Problem[] = formatProblems.map((p) => ({ ...p, kind: 'format' }));
  const checked: { r: (typeof parsed)[number]; file: aq.FileRow }[] = [];
  for (const r of parsed) {
    const { file, problem } = await checkRow(db, who, org.id, r);
    if (problem) problems.push(problem);
    else if (file) checked.push({ r, file });
  }
  if (problems.length > 0) refuse(problems);
  return transact(deps, async (tx) => {
    const batchId = await q.insertBatch(tx, {
      orgId: org.id,
      secrecy: Math.max(0, ...checked.map((c) => c.r.secrecy)),
      name: input.name || input.manifestName,
      manifestName: input.manifestName,
      manifestSha256: input.manifestSha256,
      source: input.source,
      by: userIdOf(who),
    });
    for (const { r, file } of checked) {
      await q.insertItem(tx, batchId, {
        row: r.row,
        fileId: Number(file.id),
        symbol: r.symbol,
        issuedOn: r.issuedOn,
        summary: r.summary,
        pages: r.pages,
        secrecy: r.secrecy,
        typeCode: r.typeCode,
        issuer: r.issuer,
        sourceName: r.sourceName,
      });
    }
    const out = await batchDetail(tx, null, batchId);
    await recordAudit(tx, ctx, {
      action: 'archive.batch_create',
      entity: 'archive_batch',
      entityId: batchId,
      orgId: org.id,
      after: { id: batchId, name: out.name, items: out.items.length, manifestSha256: input.manifestSha256 },
    });
    return out;
  });
}

/** Checked before an upload is read: the batch exists for the account and still waits for scans. */
export async function checkCanUpload(deps: Deps, ctx: RequestCtx, batchId: number): Promise<void> {
  const who = authorizeWho(ctx, 'archive.digitise');
  if (!(await q.batchById(deps.database.db, who, batchId))) throw notFound('Lô số hóa');
}

export interface ScanFile {
  tempPath: string;
  filename: string;
  sha256: string;
  size: number;
}

/**
 * A scan named in the manifest arrives: stored, made a document of its file with the scan as its
 * file, and queued for OCR — all in one transaction with the item's new state.
 */
export async function receiveScan(
  deps: Deps,
  ctx: RequestCtx,
  batchId: number,
  scan: ScanFile,
): Promise<ArchiveBatchItem> {
  const who = authorizeWho(ctx, 'archive.digitise');
  try {
    if (!(await q.batchById(deps.database.db, who, batchId))) throw notFound('Lô số hóa');
    const item = await q.itemBySource(deps.database.db, batchId, scan.filename);
    if (!item) {
      throw new RuleError(
        'scan_not_in_manifest',
        `Tệp «${scan.filename}» không có trong bảng kê của lô này (cột «Tệp quét»).`,
      );
    }
    if (item.status !== 'awaiting_scan') {
      throw new ConflictError(
        'scan_already_received',
        `Đã nhận tệp «${scan.filename}» của dòng ${item.row_no} trước đó.`,
      );
    }
    const detected = (await fileTypeFromFile(scan.tempPath))?.mime ?? '';
    if (!SCAN_MIME.has(detected)) {
      throw new ValidationError(
        `Tệp «${scan.filename}» không phải bản quét PDF, JPEG, PNG hay TIFF${detected ? ` (${detected})` : ''}.`,
        undefined,
        'file_type_not_allowed',
      );
    }
    const ocrReady = await isOcrAvailable();
    // Stored before the rows, under an intent: never a row without its content, nor content left behind.
    const stored = await storeWithIntent(deps, scan.tempPath, scan.sha256);
    return await transact(deps, async (tx) => {
      const locked = await q.lockItem(tx, Number(item.id));
      if (locked?.status !== 'awaiting_scan') {
        throw new ConflictError('scan_already_received', `Đã nhận tệp «${scan.filename}» trước đó.`);
      }
      const f = await aq.lockFile(tx, null, Number(item.file_id));
      const arranged =
        f && fileActionProblem({ status: f.status, declared: f.declared_at !== null }, 'digitise');
      if (!f || arranged) throw new RuleError('file_not_arranged', arranged ?? 'Hồ sơ không còn.');
      const secret = digitiseSecrecyProblem(item.secrecy, await aq.approvedUpTo(tx, Number(f.id)));
      if (secret) throw new RuleError('digitise_approval_required', secret);
      const documentId = await createArchivalDocument(tx, ctx, {
        ownerOrgId: f.owner_org_id,
        typeCode: item.type_code,
        symbol: item.symbol,
        issuer: item.issuer,
        issuedOn: item.issued_on,
        summary: item.summary,
        pages: item.pages,
        secrecy: item.secrecy,
        kind: 'digitised',
        note: `Lô số hóa ${batchId}, dòng ${item.row_no}`,
        data: { batchId, itemId: Number(item.id), fileId: Number(f.id) },
      });
      const fileRowId = await attachStoredFile(tx, ctx, {
        documentId,
        name: scan.filename,
        mime: detected,
        size: scan.size,
        sha256: scan.sha256,
        extraction: ocrReady ? 'ocr_pending' : 'ocr_unavailable',
      });
      // Digitised documents join an arranged (closed) file: the one path that adds to a closed file.
      await aq.insertFileDocument(tx, Number(f.id), documentId, userIdOf(who));
      await aq.raiseSecrecy(tx, Number(f.id), item.secrecy);
      await q.markScanReceived(tx, Number(item.id), {
        sha256: scan.sha256,
        size: scan.size,
        mime: detected,
        documentId,
        documentFileId: fileRowId,
        status: ocrReady ? 'queued' : 'ocr_unavailable',
        error: ocrReady ? null : OCR_MISSING,
      });
      await closeIntent(tx, stored.intent);
      if (ocrReady) await deps.jobs.send(DIGITISE_QUEUE, { itemId: Number(item.id) }, { tx });
      await recordAudit(tx, ctx, {
        action: 'archive.scan_receive',
        entity: 'archive_batch',
        entityId: batchId,
        orgId: f.owner_org_id,
        after: {
          itemId: Number(item.id),
          row: item.row_no,
          documentId,
          sha256: scan.sha256,
          size: scan.size,
          mime: detected,
        },
      });
      return presentItem((await q.itemById(tx, Number(item.id))) as q.ItemRow);
    }).catch(async (err: unknown) => {
      await abandon(deps, [stored]);
      throw err;
    });
  } finally {
    await rm(scan.tempPath, { force: true });
  }
}

/** Queues again the items whose OCR failed or could not run (e.g. after installing the OCR tools). */
export async function retryBatch(deps: Deps, ctx: RequestCtx, batchId: number): Promise<ArchiveBatchRetry> {
  const who = authorizeWho(ctx, 'archive.digitise');
  if (!(await isOcrAvailable())) {
    throw new RuleError(
      'ocr_unavailable',
      'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: chưa nhận dạng chữ được.',
    );
  }
  return transact(deps, async (tx) => {
    if (!(await q.batchById(tx, who, batchId))) throw notFound('Lô số hóa');
    const ids = await q.requeueFailed(tx, batchId);
    for (const itemId of ids) await deps.jobs.send(DIGITISE_QUEUE, { itemId }, { tx });
    await recordAudit(tx, ctx, {
      action: 'archive.batch_retry',
      entity: 'archive_batch',
      entityId: batchId,
      after: { items: ids },
    });
    return { queued: ids.length };
  });
}

/** The job `archive.digitise`: OCR of one received scan (run by the server's workers, the console). */
export async function runDigitiseItem(deps: Deps, ctx: RequestCtx, itemId: number): Promise<void> {
  authorizeWho(ctx, 'archive.digitise');
  await ocrItem(deps, ctx, itemId);
}
