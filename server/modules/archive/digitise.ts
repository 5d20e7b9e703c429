// Digitisation (số hóa, Hướng dẫn 40-HD/VPTW): a batch is a manifest (Excel) naming the scans of
// documents of arranged (closed) files; each scan, when it arrives, becomes a document of the file
// (through the documents area) whose file row waits for OCR; the job `archive.digitise` turns it into
// a searchable PDF/A with a checksum. Tuyệt mật is refused; Mật and Tối mật need a recorded approval.
import { rm } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { fileTypeFromFile } from 'file-type';
import type { ManifestRow } from '../../../domain/archive/manifest.ts';
import { digitiseSecrecyProblem, fileActionProblem } from '../../../domain/archive/rules.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { closeIntent } from '../../files/references.ts';
import { abandon, storeWithIntent } from '../../files/stored.ts';
import { ConflictError, notFound, RuleError, ValidationError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { attachStoredFile, createArchivalDocument } from '../documents/archival.ts';
import { isOcrAvailable, MIME } from '../documents/extract.ts';
import { typeByCode } from '../documents/queries.ts';
import { fileVisible, may, ownedVisible, unitFor, userId, type Who, whoOf } from './access.ts';
import { batchDetail } from './digitise-batches.ts';
import { type ItemRow, presentItem } from './digitise-presenter.ts';
import { readManifest } from './manifest-xlsx.ts';
import * as q from './queries.ts';

export const DIGITISE_QUEUE = 'archive.digitise';

const SCAN_MIME = new Set<string>([MIME.pdf, MIME.jpeg, MIME.png, MIME.tiff]);

export async function approveDigitise(
  deps: Deps,
  ctx: RequestCtx,
  fileId: number,
  input: { maxSecrecy: number; decisionRef: string; note?: string | undefined },
) {
  const who = whoOf(ctx);
  may(who, 'archive.approve_digitise');
  return transact(deps, async (tx) => {
    const f = await q.lockFile(tx, who, fileId);
    if (!f) throw notFound('Hồ sơ');
    if (f.status === 'destroyed') throw new RuleError('file_destroyed', 'Hồ sơ đã bị tiêu hủy.');
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_digitise_approvals (file_id, max_secrecy, decision_ref, note, approved_by)
          VALUES (${fileId}, ${input.maxSecrecy}, ${input.decisionRef}, ${input.note || null}, ${userId(who)}) RETURNING id`,
    )) as { id: number };
    const out = {
      id: Number(row.id),
      fileId,
      maxSecrecy: input.maxSecrecy,
      decisionRef: input.decisionRef,
      note: input.note || null,
    };
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

interface Problem {
  row: number;
  reason: string;
  kind: 'format' | 'top_secret' | 'approval' | 'not_arranged' | 'file' | 'clearance';
}

/** The closed file a manifest row names, and whether the rules allow digitising the row into it. */
async function checkRow(
  db: Db,
  who: Who,
  orgId: number,
  r: ManifestRow,
): Promise<{ file?: q.FileRow; problem?: Problem }> {
  if (r.secrecy >= 3) {
    return {
      problem: {
        row: r.row,
        kind: 'top_secret',
        reason: `${r.symbol ?? r.summary.slice(0, 40)}: tài liệu Tuyệt mật không bao giờ được số hóa`,
      },
    };
  }
  const files = await rows<{ id: number; plan_year: number }>(
    db,
    sql`SELECT f.id, f.plan_year FROM archive_files f
         WHERE f.owner_org_id = ${orgId} AND f.code = ${r.fileCode} AND ${fileVisible(who)}
           ${r.fileYear ? sql`AND f.plan_year = ${r.fileYear}` : sql``}`,
  );
  if (files.length === 0) {
    return {
      problem: {
        row: r.row,
        kind: 'file',
        reason: `không có hồ sơ mã «${r.fileCode}»${r.fileYear ? ` năm ${r.fileYear}` : ''} trong danh mục của đơn vị`,
      },
    };
  }
  if (files.length > 1) {
    return {
      problem: {
        row: r.row,
        kind: 'file',
        reason: `mã hồ sơ «${r.fileCode}» có ở các năm ${files.map((f) => f.plan_year).join(', ')}: ghi thêm cột «Năm hồ sơ»`,
      },
    };
  }
  const f = (await q.visibleFile(db, null, Number(files[0]?.id))) as q.FileRow;
  const arranged = fileActionProblem({ status: f.status, declared: f.declared_at !== null }, 'digitise');
  if (arranged)
    return { problem: { row: r.row, kind: 'not_arranged', reason: `hồ sơ ${f.code}: ${arranged}` } };
  const secret = digitiseSecrecyProblem(r.secrecy, await q.approvedUpTo(db, Number(f.id)));
  if (secret) return { problem: { row: r.row, kind: 'approval', reason: `hồ sơ ${f.code}: ${secret}` } };
  if (who && r.secrecy > who.clearance) {
    return {
      problem: {
        row: r.row,
        kind: 'clearance',
        reason: 'độ mật của văn bản vượt mức tiếp cận bí mật của bạn',
      },
    };
  }
  if (!(await typeByCode(db, r.typeCode))?.active) {
    return {
      problem: { row: r.row, kind: 'format', reason: `loại văn bản «${r.typeCode}» không có trong danh mục` },
    };
  }
  return { file: f };
}

const FIRST_KIND: [Problem['kind'], string, string][] = [
  [
    'top_secret',
    'top_secret_never_digitised',
    'Tài liệu Tuyệt mật không bao giờ được số hóa: hãy bỏ các dòng này khỏi bảng kê.',
  ],
  [
    'approval',
    'digitise_approval_required',
    'Tài liệu Mật, Tối mật cần phê duyệt số hóa của lãnh đạo trước.',
  ],
  ['not_arranged', 'file_not_arranged', 'Tài liệu phải được chỉnh lý (hồ sơ đã đóng) trước khi số hóa.'],
];

function refuse(problems: Problem[]): never {
  problems.sort((a, b) => a.row - b.row);
  const list = problems
    .slice(0, 5)
    .map((p) => `dòng ${p.row}: ${p.reason}`)
    .join('; ');
  const more = problems.length > 5 ? ` (và ${problems.length - 5} dòng khác)` : '';
  const details = { rows: problems.map(({ row, reason }) => ({ row, reason })) };
  for (const [kind, code, lead] of FIRST_KIND) {
    if (problems.some((p) => p.kind === kind)) throw new RuleError(code, `${lead} ${list}${more}.`, details);
  }
  if (problems.some((p) => p.kind === 'format')) {
    throw new ValidationError(`Bảng kê có dòng không hợp lệ: ${list}${more}.`, details, 'manifest_invalid');
  }
  throw new RuleError('manifest_rejected', `Bảng kê không dùng được: ${list}${more}.`, details);
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
) {
  const who = whoOf(ctx);
  may(who, 'archive.digitise');
  const db = deps.database.db;
  const org = await unitFor(db, who, input.orgId);
  const { rows: parsed, problems: formatProblems } = await readManifest(input.manifestPath);
  const problems: Problem[] = formatProblems.map((p) => ({ ...p, kind: 'format' }));
  const checked: { r: ManifestRow; file: q.FileRow }[] = [];
  for (const r of parsed) {
    const { file, problem } = await checkRow(db, who, org.id, r);
    if (problem) problems.push(problem);
    else if (file) checked.push({ r, file });
  }
  if (problems.length > 0) refuse(problems);
  return transact(deps, async (tx) => {
    const secrecy = Math.max(0, ...checked.map((c) => c.r.secrecy));
    const batch = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_batches (owner_org_id, secrecy, name, manifest_name, manifest_sha256, source, created_by)
          VALUES (${org.id}, ${secrecy}, ${input.name || input.manifestName}, ${input.manifestName}, ${input.manifestSha256},
                  ${input.source}, ${userId(who)}) RETURNING id`,
    )) as { id: number };
    const batchId = Number(batch.id);
    for (const { r, file } of checked) {
      await tx.execute(sql`
        INSERT INTO archive_batch_items (batch_id, row_no, file_id, symbol, issued_on, summary, pages, secrecy, type_code, issuer, source_name)
        VALUES (${batchId}, ${r.row}, ${file.id}, ${r.symbol}, ${r.issuedOn}::date, ${r.summary}, ${r.pages}, ${r.secrecy},
                ${r.typeCode}, ${r.issuer}, ${r.sourceName})`);
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

/** Checked before an upload is read: the batch exists for the actor and still waits for scans. */
export async function checkCanUpload(deps: Deps, ctx: RequestCtx, batchId: number): Promise<void> {
  const who = whoOf(ctx);
  may(who, 'archive.digitise');
  const b = await one(
    deps.database.db,
    sql`SELECT b.id FROM archive_batches b WHERE b.id = ${batchId} AND ${ownedVisible(who, 'archive_batch', 'b')}`,
  );
  if (!b) throw notFound('Lô số hóa');
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
export async function receiveScan(deps: Deps, ctx: RequestCtx, batchId: number, scan: ScanFile) {
  const who = whoOf(ctx);
  try {
    await checkCanUpload(deps, ctx, batchId);
    const item = await one<ItemRow>(
      deps.database.db,
      sql`SELECT * FROM archive_batch_items WHERE batch_id = ${batchId} AND lower(source_name) = lower(${scan.filename})`,
    );
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
      const locked = await one<ItemRow>(
        tx,
        sql`SELECT * FROM archive_batch_items WHERE id = ${item.id} FOR UPDATE`,
      );
      if (locked?.status !== 'awaiting_scan') {
        throw new ConflictError('scan_already_received', `Đã nhận tệp «${scan.filename}» trước đó.`);
      }
      const f = await q.lockFile(tx, null, Number(item.file_id));
      const arranged =
        f && fileActionProblem({ status: f.status, declared: f.declared_at !== null }, 'digitise');
      if (!f || arranged) throw new RuleError('file_not_arranged', arranged ?? 'Hồ sơ không còn.');
      const secret = digitiseSecrecyProblem(item.secrecy, await q.approvedUpTo(tx, Number(f.id)));
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
      await q.insertFileDocument(tx, Number(f.id), documentId, userId(who));
      await q.raiseSecrecy(tx, Number(f.id), item.secrecy);
      await tx.execute(sql`
        UPDATE archive_batch_items SET source_sha256 = ${scan.sha256}, source_size = ${scan.size}, source_mime = ${detected},
               document_id = ${documentId}, document_file_id = ${fileRowId},
               status = ${ocrReady ? 'queued' : 'ocr_unavailable'},
               error = ${ocrReady ? null : 'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: chưa nhận dạng được chữ.'}
         WHERE id = ${item.id}`);
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
      const out = await one<ItemRow>(
        tx,
        sql`SELECT i.*, f.code AS file_code, f.plan_year AS file_year FROM archive_batch_items i
              JOIN archive_files f ON f.id = i.file_id WHERE i.id = ${item.id}`,
      );
      return presentItem(out as ItemRow);
    }).catch(async (err: unknown) => {
      await abandon(deps, [stored]);
      throw err;
    });
  } finally {
    await rm(scan.tempPath, { force: true });
  }
}

/** Queues again the items whose OCR failed or could not run (e.g. after installing the OCR tools). */
export async function retryBatch(deps: Deps, ctx: RequestCtx, batchId: number) {
  const who = whoOf(ctx);
  may(who, 'archive.digitise');
  if (!(await isOcrAvailable())) {
    throw new RuleError(
      'ocr_unavailable',
      'Máy chủ chưa cài ocrmypdf và tesseract-ocr-vie: chưa nhận dạng chữ được.',
    );
  }
  return transact(deps, async (tx) => {
    await batchDetail(tx, who, batchId);
    const list = await rows<{ id: number }>(
      tx,
      sql`UPDATE archive_batch_items SET status = 'queued', error = NULL
           WHERE batch_id = ${batchId} AND status IN ('failed','ocr_unavailable') AND document_file_id IS NOT NULL
           RETURNING id`,
    );
    for (const r of list) await deps.jobs.send(DIGITISE_QUEUE, { itemId: Number(r.id) }, { tx });
    await recordAudit(tx, ctx, {
      action: 'archive.batch_retry',
      entity: 'archive_batch',
      entityId: batchId,
      after: { items: list.map((r) => Number(r.id)) },
    });
    return { queued: list.length };
  });
}
