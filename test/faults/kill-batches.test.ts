// SIGKILL during the long writes: a members import (all or nothing, answered only after commit) and
// a digitisation batch (scans stored and queued; OCR resumes after the restart). After each restart
// the acknowledged work is there, nothing is half-written, and the store and rows agree.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client.ts';
import { one } from '../../server/db/sql.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { invariants } from './invariants.ts';
import { api, type KillReport, killReport, ServerProcess, serverEnv, tokenFor } from './server.ts';

const RUNS = Number(process.env.KILL_RUNS ?? 4);
const ADMIN = 'quan-tri-kiem-tra-lo';
const SCAN = readFileSync('test/fixtures/scan-chi-thi.png');

const reports: KillReport[] = [];

let db: TestDatabase;
let dataDir: string;
let server: ServerProcess;
let token = '';
let clerkToken = '';
let root = 0;
let cell = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-killb-'));
  server = new ServerProcess(serverEnv(dataDir, db.url, ADMIN));
  await server.start();
  token = await tokenFor(server.base, 'admin', ADMIN);
  root = (await api(server.base, token, 'GET', '/api/orgs/tree')).body[0].id;
  const ward = await api(server.base, token, 'POST', '/api/orgs', {
    name: 'Đảng ủy phường Lô',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parentId: root,
  });
  cell = (
    await api(server.base, token, 'POST', '/api/orgs', {
      name: 'Chi bộ Lô',
      shortCode: 'CB',
      kind: 'cell',
      parentId: ward.body.id,
    })
  ).body.id;
  await api(server.base, token, 'POST', '/api/users', {
    username: 'vanthu.lo',
    password: 'mat-khau-van-thu-lo',
    fullName: 'Văn Thư Lô',
    orgId: cell,
    role: 'clerk',
    clearance: 1,
  });
  clerkToken = await tokenFor(server.base, 'vanthu.lo', 'mat-khau-van-thu-lo');
});

afterAll(async () => {
  await server?.stop();
  const file = process.env.KILL_REPORT;
  if (file) writeFileSync(file.replace(/\.json$/, '-batches.json'), JSON.stringify(reports, null, 2));
  console.log(`kill report (batches): ${JSON.stringify(reports)}`);
  await db?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The scan with a random text chunk before IEND: a valid PNG with bytes (and a hash) of its own. */
function uniquePng(): Buffer {
  const iend = SCAN.length - 12;
  const data = Buffer.concat([
    Buffer.from('Comment\0', 'latin1'),
    Buffer.from(randomBytes(16).toString('hex'), 'latin1'),
  ]);
  const type = Buffer.from('tEXt', 'latin1');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([type, data])));
  return Buffer.concat([SCAN.subarray(0, iend), len, type, data, crc, SCAN.subarray(iend)]);
}

async function members(run: number, count: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên']);
  for (let i = 0; i < count; i++) {
    ws.addRow([
      `Nguyễn Văn Lô ${run}-${i}`,
      '12/03/1980',
      i % 2 ? 'Nữ' : 'Nam',
      '19/05/2005',
      '19/05/2006',
      `K${run}-${String(i).padStart(5, '0')}`,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function countCards(run: number): Promise<number> {
  const database = await openDatabase({ databaseUrl: db.url, dataDir });
  try {
    const row = await one<{ n: number }>(
      database.db,
      sql`SELECT count(*)::integer AS n FROM members WHERE party_card_no LIKE ${`K${run}-%`}`,
    );
    return row?.n ?? 0;
  } finally {
    await database.close();
  }
}

describe('SIGKILL during long writes', () => {
  it('a members import is all or nothing', async () => {
    const report = killReport('import');
    reports.push(report);
    for (let run = 0; run < RUNS; run++) {
      if (!server.proc) await server.start();
      // Small files usually finish before the kill, large ones are cut off: both cases are checked.
      const rows = run % 2 === 0 ? 3000 : 40_000;
      const file = await members(run, rows);
      const form = new FormData();
      form.set('orgId', String(cell));
      form.set('file', new Blob([new Uint8Array(file)]), 'danh-sach.xlsx');
      let answer: { status: number; body: { imported?: number } } | undefined;
      const request = api(server.base, token, 'POST', '/api/members/import', form).then(
        (r) => {
          answer = r;
        },
        () => undefined,
      );
      await new Promise((r) => setTimeout(r, 200 + Math.floor(Math.random() * 2500)));
      await server.kill();
      await request;
      report.runs++;
      const stored = await countCards(run);
      if (answer?.status === 200) {
        report.acknowledged++;
        if (stored !== answer.body.imported) report.lost++;
      } else if (stored !== 0 && stored !== rows) {
        report.violations.push(`import ${run} half-written: ${stored} of ${rows} rows`);
      }
      report.violations.push(...(await invariants(db.url, dataDir)));
    }
    expect(report.lost).toBe(0);
    expect(report.violations).toEqual([]);
  });

  it('a digitisation batch: acknowledged scans are kept and read after the restart', async () => {
    const report = killReport('digitise');
    reports.push(report);
    for (let run = 0; run < RUNS; run++) {
      if (!server.proc) await server.start();
      const file = await api(server.base, token, 'POST', '/api/archive/files', {
        orgId: cell,
        year: 2020,
        fileCode: `${String(run + 1).padStart(2, '0')}.SH`,
        title: 'Hồ sơ số hóa thử',
        retentionYears: 5,
        openedOn: '2020-01-02',
      });
      expect(file.status, JSON.stringify(file.body)).toBe(201);
      // A file is closed with its documents handled: one paper document, already dealt with.
      const paper = await api(server.base, token, 'POST', '/api/documents', {
        direction: 'in',
        typeCode: 'CV',
        summary: 'Công văn giấy của hồ sơ',
        orgId: cell,
        issuer: 'Văn phòng Trung ương',
        symbol: `${900 + run}-CV/VPTW`,
        issuedOn: '2020-02-01',
        receivedOn: '2020-02-03',
      });
      await api(server.base, clerkToken, 'POST', `/api/documents/${paper.body.id}/handling`, {
        status: 'done',
      });
      await api(server.base, token, 'POST', `/api/archive/files/${file.body.id}/documents`, {
        documentId: paper.body.id,
      });
      const closed = await api(server.base, token, 'POST', `/api/archive/files/${file.body.id}/close`, {
        endYear: 2020,
      });
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Bảng kê');
      ws.addRow([
        'Mã hồ sơ',
        'Năm hồ sơ',
        'Loại văn bản',
        'Ngày văn bản',
        'Trích yếu',
        'Số trang',
        'Tệp quét',
      ]);
      for (let i = 0; i < 3; i++)
        ws.addRow([
          file.body.fileCode,
          2020,
          'CT',
          '05/03/2020',
          `Chỉ thị bản quét ${run}-${i}`,
          1,
          `quet-${i}.png`,
        ]);
      const manifest = new FormData();
      manifest.set('orgId', String(cell));
      manifest.set(
        'file',
        new Blob([new Uint8Array(Buffer.from(await wb.xlsx.writeBuffer()))]),
        'bang-ke.xlsx',
      );
      const batch = await api(server.base, token, 'POST', '/api/archive/batches', manifest);
      expect(batch.status, JSON.stringify(batch.body)).toBe(201);
      const acked: string[] = [];
      const uploads = (async () => {
        for (let i = 0; i < 3; i++) {
          const scan = new FormData();
          scan.set('file', new Blob([new Uint8Array(uniquePng())], { type: 'image/png' }), `quet-${i}.png`);
          try {
            const r = await api(
              server.base,
              token,
              'POST',
              `/api/archive/batches/${batch.body.id}/scans`,
              scan,
            );
            if (r.status === 201) acked.push(`quet-${i}.png`);
          } catch {
            return;
          }
        }
      })();
      await new Promise((r) => setTimeout(r, 200 + Math.floor(Math.random() * 3000)));
      await server.kill();
      await uploads;
      report.runs++;
      report.acknowledged += acked.length;
      await server.start();
      // The queue survives the kill: the scans acknowledged are read after the restart.
      const deadline = Date.now() + 120_000;
      let detail = await api(server.base, token, 'GET', `/api/archive/batches/${batch.body.id}`);
      type Item = { sourceName: string | null; status: string };
      const done = (d: typeof detail) =>
        (d.body.items as Item[]).filter(
          (it) =>
            it.sourceName &&
            acked.includes(it.sourceName) &&
            ['done', 'failed', 'ocr_unavailable'].includes(it.status),
        );
      while (done(detail).length < acked.length && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1000));
        detail = await api(server.base, token, 'GET', `/api/archive/batches/${batch.body.id}`);
      }
      const items = detail.body.items as Item[];
      for (const name of acked) {
        const item = items.find((it) => it.sourceName === name);
        if (!item || !['done', 'ocr_unavailable'].includes(item.status)) report.lost++;
      }
      await server.stop();
      report.violations.push(...(await invariants(db.url, dataDir)));
    }
    expect(report.lost).toBe(0);
    expect(report.violations).toEqual([]);
  });
});
