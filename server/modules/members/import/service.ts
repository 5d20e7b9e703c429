// Import of a member list from Excel. The workbook is read as a stream (exceljs's WorkbookReader)
// from a file on disk, after the zip-bomb guard; rows are validated one by one and inserted in
// batches of BATCH rows, all inside ONE transaction: the import commits whole or not at all, and the
// caller answers only after the commit ("nothing acknowledged is ever lost, nothing half-written").
// Good rows go in, bad rows are reported with their spreadsheet row number and the reason; a row
// whose party card number exists already (or appears earlier in the file) is refused, so importing
// the same file twice adds nobody. Card-less rows are matched on name + birth date + admission date
// for the same purpose. The web upload and the console (`vanphong members import`, with the system's
// authority) run the same importMembers().
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { todayVn } from '../../../../domain/dates.ts';
import {
  type HeaderMap,
  type ImportedMember,
  parseRow,
  readHeader,
} from '../../../../domain/members/import-row.ts';
import { nameSortKey } from '../../../../domain/members/name-key.ts';
import { IMPORT_COLUMNS } from '../../../../domain/members/records.ts';
import { fieldLabel, idParam } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize, authorizeWho } from '../../../auth/authorize.ts';
import { activeUnitInScope } from '../../../auth/scope.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError, TooLargeError, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { recordAudit } from '../../audit/service.ts';
import { feeFromOf, identityKey } from '../record.ts';
import type { ImportProgress, ImportResult, Rejection } from './presenter.ts';
import * as iq from './queries.ts';
import { checkXlsx, XLSX_LIMITS } from './xlsx-guard.ts';

const BATCH = 2_000;

export interface ImportInput {
  orgId: number;
  filePath: string;
  fileName: string | null;
  onProgress?: (p: ImportProgress) => void;
  /** Row limit (tests lower it). */
  maxRows?: number;
}

async function sha256Of(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

function isBlank(values: readonly unknown[]): boolean {
  return values.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

interface Pending {
  row: number;
  member: ImportedMember;
}

/** Imports a workbook on disk into a unit (any unit for the system; in scope for an account). */
export type { ImportResult };

export async function importMembers(deps: Deps, ctx: RequestCtx, input: ImportInput): Promise<ImportResult> {
  const who = authorizeWho(ctx, 'member.manage');
  const bytesTotal = statSync(input.filePath).size;
  const progress: ImportProgress = {
    phase: 'checking',
    fraction: 0,
    bytesRead: 0,
    bytesTotal,
    rowsRead: 0,
    rowsTotal: null,
    imported: 0,
    rejected: 0,
  };
  const report = input.onProgress ?? (() => {});
  report({ ...progress });
  const facts = await checkXlsx(input.filePath, bytesTotal);
  progress.rowsTotal = facts.firstSheetRows === null ? null : Math.max(0, facts.firstSheetRows - 1);
  const sha256 = await sha256Of(input.filePath);
  const maxRows = input.maxRows ?? XLSX_LIMITS.maxRows;
  const today = todayVn();

  return transact(deps, async (tx) => {
    const unit = await activeUnitInScope(tx, who, input.orgId);
    const importId = await iq.createImport(tx, {
      orgId: unit.id,
      actorId: ctx.actor?.userId ?? null,
      fileName: input.fileName,
      sha256,
    });
    const rejected: Rejection[] = [];
    const seenCards = new Map<string, number>();
    const seenIdentities = new Map<string, number>();
    let batch: Pending[] = [];
    let lastReport = 0;

    const flush = async () => {
      if (batch.length === 0) return;
      const pending = batch;
      batch = [];
      const cards = pending.flatMap((p) => (p.member.partyCardNo ? [p.member.partyCardNo] : []));
      const keys = pending.flatMap((p) =>
        p.member.partyCardNo ? [] : [identityKey(p.member.fullName, p.member.birthDate, p.member.admittedOn)],
      );
      const [takenCards, takenKeys] = await Promise.all([
        iq.existingCards(tx, cards),
        iq.existingIdentities(tx, keys),
      ]);
      const rows: iq.ImportRow[] = [];
      const rowOfCard = new Map<string, number>();
      for (const p of pending) {
        const m = p.member;
        const key = identityKey(m.fullName, m.birthDate, m.admittedOn);
        if (m.partyCardNo) {
          if (takenCards.has(m.partyCardNo)) {
            rejected.push({ row: p.row, reason: `Số thẻ đảng viên ${m.partyCardNo} đã có trong hệ thống.` });
            continue;
          }
          const earlier = seenCards.get(m.partyCardNo);
          if (earlier !== undefined) {
            rejected.push({
              row: p.row,
              reason: `Số thẻ đảng viên ${m.partyCardNo} trùng với dòng ${earlier}.`,
            });
            continue;
          }
          seenCards.set(m.partyCardNo, p.row);
          rowOfCard.set(m.partyCardNo, p.row);
        } else {
          if (takenKeys.has(key)) {
            rejected.push({
              row: p.row,
              reason: `Đã có đảng viên «${m.fullName}» cùng ngày sinh và ngày vào Đảng (dòng không có số thẻ).`,
            });
            continue;
          }
          const earlier = seenIdentities.get(key);
          if (earlier !== undefined) {
            rejected.push({
              row: p.row,
              reason: `Trùng họ tên, ngày sinh và ngày vào Đảng với dòng ${earlier}.`,
            });
            continue;
          }
          seenIdentities.set(key, p.row);
        }
        rows.push({
          fullName: m.fullName,
          sortKey: nameSortKey(m.fullName),
          birthDate: m.birthDate,
          gender: m.gender,
          admittedOn: m.admittedOn,
          officialOn: m.officialOn,
          partyCardNo: m.partyCardNo,
          feeFrom: feeFromOf(m.admittedOn, today),
          identityKey: key,
        });
      }
      if (rows.length === 0) return;
      const inserted = await iq.insertBatch(tx, unit.id, importId, rows);
      progress.imported += inserted.length;
      if (inserted.length < rows.length) {
        // Cards taken by a concurrent write between the look-up and the insert.
        const got = new Set(inserted.map((r) => r.party_card_no));
        for (const r of rows) {
          if (r.partyCardNo && !got.has(r.partyCardNo)) {
            rejected.push({
              row: rowOfCard.get(r.partyCardNo) ?? 0,
              reason: `Số thẻ đảng viên ${r.partyCardNo} đã có trong hệ thống.`,
            });
          }
        }
      }
    };

    const tick = (force = false) => {
      progress.rejected = rejected.length;
      // exceljs may read the whole file before the sheet (it parks the sheet until the shared
      // strings are read), so rows are the better measure when the sheet declares its size.
      progress.fraction = Math.min(
        1,
        progress.rowsTotal
          ? progress.rowsRead / progress.rowsTotal
          : progress.bytesRead / Math.max(1, bytesTotal),
      );
      const now = Date.now();
      if (force || now - lastReport > 250) {
        lastReport = now;
        report({ ...progress });
      }
    };

    progress.phase = 'reading';
    const source = createReadStream(input.filePath, { highWaterMark: 256 * 1024 });
    source.on('data', (chunk) => {
      progress.bytesRead += chunk.length;
    });
    let header: HeaderMap | null = null;
    let sheets = 0;
    let inFlush = false;
    try {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'emit',
      });
      for await (const sheet of reader) {
        // Only the first sheet holds the list; the others are read past (the zip is one stream).
        if (sheets++ > 0) {
          for await (const _row of sheet) {
            // skip
          }
          continue;
        }
        for await (const row of sheet) {
          const values = (row.values as unknown[]) ?? [];
          if (row.number === 1) {
            const h = readHeader(values);
            if (h.missing.length > 0)
              throw new RuleError(
                'import_header_missing',
                `Dòng tiêu đề (dòng 1) thiếu cột: ${h.missing.join(', ')}. Hãy dùng tệp mẫu.`,
              );
            header = h.map;
            continue;
          }
          if (!header)
            throw new RuleError(
              'import_header_missing',
              'Dòng 1 của trang tính phải là dòng tiêu đề. Hãy dùng tệp mẫu.',
            );
          if (isBlank(values)) continue;
          progress.rowsRead++;
          if (progress.rowsRead > maxRows)
            throw new TooLargeError(
              'import_too_many_rows',
              `Tệp có quá ${maxRows.toLocaleString('vi-VN')} dòng dữ liệu.`,
            );
          const parsed = parseRow(values, header, today);
          if (parsed.ok) batch.push({ row: row.number, member: parsed.member });
          else rejected.push({ row: row.number, reason: parsed.reason });
          if (batch.length >= BATCH) {
            inFlush = true;
            await flush();
            inFlush = false;
            tick();
          }
        }
      }
    } catch (err) {
      source.destroy();
      // An error of exceljs (not of ours, not of the database) means the workbook cannot be read.
      if (!inFlush && !(err instanceof RuleError) && !(err instanceof TooLargeError))
        throw new RuleError(
          'not_xlsx',
          'Không đọc được bảng tính: tệp Excel bị hỏng hoặc không đúng định dạng .xlsx.',
        );
      throw err;
    }
    if (!header) throw new RuleError('import_header_missing', 'Bảng tính trống: không có dòng tiêu đề.');
    await flush();
    rejected.sort((a, b) => a.row - b.row);
    progress.rejected = rejected.length;
    await iq.finishImport(tx, importId, {
      rowsRead: progress.rowsRead,
      imported: progress.imported,
      rejected: rejected.length,
    });
    await recordAudit(tx, ctx, {
      action: 'member.import',
      entity: 'member_import',
      entityId: importId,
      orgId: unit.id,
      after: {
        fileName: input.fileName,
        sha256,
        rowsRead: progress.rowsRead,
        imported: progress.imported,
        rejected: rejected.length,
      },
    });
    progress.bytesRead = bytesTotal;
    tick(true);
    return { importId, imported: progress.imported, rejected };
  }).then((result) => {
    // Reported only once committed: "done" means saved.
    report({ ...progress, phase: 'done', fraction: 1 });
    return result;
  });
}

/** A workbook uploaded for the import, waiting on disk. */
export interface ReceivedImport {
  orgId: number;
  filePath: string;
  fileName: string;
}

/**
 * Receives the upload of an import (multipart: `file`, `orgId`) once the caller may import: the
 * account is checked before a byte of the file is read. The file waits on disk for runImport().
 */
export async function receiveImport(
  ctx: RequestCtx,
  receive: () => Promise<Upload>,
): Promise<ReceivedImport> {
  authorize(ctx, 'member.manage');
  const upload = await receive();
  const orgId = idParam.safeParse(upload.fields.orgId);
  if (!orgId.success) {
    await rm(upload.tempPath, { force: true });
    throw new ValidationError(
      `${fieldLabel(['orgId'])}: ${upload.fields.orgId ? 'không hợp lệ' : 'bắt buộc'}`,
      {
        fields: [{ path: 'orgId', label: fieldLabel(['orgId']), message: 'bắt buộc' }],
      },
    );
  }
  return { orgId: orgId.data, filePath: upload.tempPath, fileName: upload.filename };
}

/** Runs the import of a received upload, then removes the file whatever happened. */
export async function runImport(
  deps: Deps,
  ctx: RequestCtx,
  file: ReceivedImport,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportResult> {
  authorize(ctx, 'member.manage');
  try {
    return await importMembers(deps, ctx, { ...file, ...(onProgress ? { onProgress } : {}) });
  } finally {
    await rm(file.filePath, { force: true });
  }
}

/** The workbook to fill in: the columns in row 1, genders from a list, and a sheet of instructions. */
export async function template(ctx: RequestCtx) {
  authorize(ctx, 'member.manage');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const ws = wb.addWorksheet('Danh sách đảng viên');
  const headers = Object.keys(IMPORT_COLUMNS);
  ws.columns = headers.map((h) => ({
    header: h,
    key: h,
    width: h === 'Họ và tên' ? 30 : 18,
    ...(h.startsWith('Ngày') ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  // Gender from a list, so the values are exactly Nam / Nữ.
  const genderCol = headers.indexOf('Giới tính') + 1;
  for (let r = 2; r <= 2000; r++) {
    ws.getCell(r, genderCol).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Nam,Nữ"'] };
  }
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 110 }];
  for (const line of [
    'Hướng dẫn nhập danh sách đảng viên',
    '1. Mỗi dòng của trang «Danh sách đảng viên» là một đảng viên; dòng 1 là dòng tiêu đề (giữ nguyên tên cột, thứ tự cột tùy ý).',
    '2. Bắt buộc: Họ và tên, Ngày sinh, Ngày vào Đảng. Ngày nhập kiểu ngày của Excel hoặc dạng DD/MM/YYYY, ví dụ 19/05/1990.',
    '3. Giới tính: Nam hoặc Nữ. Ngày chính thức để trống nếu còn là đảng viên dự bị.',
    '4. Số thẻ đảng viên không được trùng: dòng có số thẻ đã có trong hệ thống bị bỏ qua và báo lại, nên nhập lại cùng tệp không thêm ai.',
    '5. Tuổi vào Đảng phải từ đủ 18 đến đủ 60 tuổi. Các dòng sai được báo kèm số dòng và lý do; các dòng đúng vẫn được nhập.',
  ]) {
    help.addRow([line]);
  }
  help.getRow(1).font = { bold: true, size: 14 };
  return { name: 'Mẫu nhập đảng viên.xlsx', body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
