// Import of member lists from Excel (docs/design.md §5, the stable API): good rows in, bad rows
// named with their row number and reason, the same file twice adds nobody, columns in any order,
// Excel dates and DD/MM/YYYY text, the template, progress lines, and the guards (size, zip bomb, row
// limit).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../server/auth/actor.ts';
import { one } from '../../server/db/sql.ts';
import { importMembers } from '../../server/modules/members/import/service.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, form, sheetRows, upload, xlsx } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cell: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhập');
  cell = await t.org(ward, 'cell', 'Chi bộ Nhập liệu');
});
afterAll(async () => {
  await t?.close();
});

const count = async () =>
  (await one<{ n: number }>(t.rt.database.db, sql`SELECT count(*)::integer AS n FROM members`))?.n ?? 0;

describe('import', () => {
  it('imports good rows and names bad ones with the spreadsheet row number (header = row 1)', async () => {
    const file = await xlsx([
      [
        'Nguyễn Văn Một',
        new Date(Date.UTC(1960, 0, 15)),
        'Nam',
        new Date(Date.UTC(1985, 1, 3)),
        '03/02/1986',
        'IMP-001',
      ],
      ['Trần Thị Hai', '20/10/1970', 'Nữ', '19/05/1995', '', 'IMP-002'],
      ['', '01/01/1960', 'Nam', '01/01/1990', '', 'IMP-003'],
      ['Lê Văn Bốn', '31/02/1970', 'Nam', '01/01/1995', '', 'IMP-004'],
      ['Phạm Văn Năm', '01/01/2000', 'Nam', '01/01/2010', '', 'IMP-005'],
      ['Hoàng Thị Sáu', '01/01/1965', 'Khác', '01/01/1990', '', 'IMP-006'],
      ['Vũ Văn Bảy', '01/01/1965', 'Nam', '01/01/1990', '', 'IMP-001'],
      [],
      ['Đỗ Văn Chín', '01/01/1965', '', '01/01/1990', '', ''],
    ]);
    const res = await upload(t.admin, file, cell);
    expect(res.status).toBe(200);
    expect(res.body.imported).toBe(3);
    const byRow = Object.fromEntries(res.body.rejected.map((r: any) => [r.row, r.reason]));
    expect(Object.keys(byRow).map(Number)).toEqual([4, 5, 6, 7, 8]);
    expect(byRow[4]).toMatch(/Thiếu họ và tên/);
    expect(byRow[5]).toMatch(/Ngày sinh .*không phải ngày/);
    expect(byRow[6]).toMatch(/Chưa đủ 18 tuổi/);
    expect(byRow[7]).toMatch(/Nam hoặc Nữ/);
    expect(byRow[8]).toMatch(/IMP-001 trùng với dòng 2/);
    const one1 = await t.admin.get(`/api/members?orgId=${cell}&q=IMP-001`);
    expect(one1.body.items[0]).toMatchObject({
      fullName: 'Nguyễn Văn Một',
      birthDate: '1960-01-15',
      admittedOn: '1985-02-03',
      officialOn: '1986-02-03',
      status: 'chinh_thuc',
      orgId: cell,
    });
    const two = await t.admin.get(`/api/members?orgId=${cell}&q=IMP-002`);
    expect(two.body.items[0]).toMatchObject({ status: 'du_bi', gender: 'Nữ', birthDate: '1970-10-20' });
    // Imported members have a history entry: the import.
    const h = await t.admin.get(`/api/members/${one1.body.items[0].id}/history`);
    expect(h.body.items[0]).toMatchObject({ action: 'import' });
    expect(h.body.items[0].note).toContain('danh-sach.xlsx');
  });

  it('re-importing the same file adds nobody, and says why for each row', async () => {
    const file = await xlsx([
      ['Ngô Văn Lặp', '01/01/1960', 'Nam', '01/01/1990', '01/01/1991', 'REP-1'],
      ['Ngô Thị Lặp', '01/01/1962', 'Nữ', '01/01/1992', '', ''],
    ]);
    const first = await upload(t.admin, file, cell);
    expect(first.body).toMatchObject({ imported: 2, rejected: [] });
    const before = await count();
    const again = await upload(t.admin, file, cell);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.imported).toBe(0);
    expect(again.body.rejected).toEqual([
      { row: 2, reason: expect.stringContaining('REP-1 đã có') },
      { row: 3, reason: expect.stringContaining('cùng ngày sinh và ngày vào Đảng') },
    ]);
    expect(await count()).toBe(before);
  });

  it('reads the columns in any order; only the first sheet', async () => {
    const header = ['Số thẻ đảng viên', 'Ngày vào Đảng', 'Họ và tên', 'Ngày sinh'];
    const file = await xlsx([['ORD-1', '02/09/1999', 'Bùi Thị Thứ Tự', '02/09/1970']], header, true);
    const res = await upload(t.admin, file, cell);
    expect(res.body).toMatchObject({ imported: 1, rejected: [] });
    const got = await t.admin.get(`/api/members?q=ORD-1`);
    expect(got.body.items[0]).toMatchObject({
      fullName: 'Bùi Thị Thứ Tự',
      admittedOn: '1999-09-02',
      gender: null,
    });
  });

  it('a missing required column is refused as a whole (422), naming it', async () => {
    const before = await count();
    const res = await upload(t.admin, await xlsx([['A B', '01/01/1960']], ['Họ và tên', 'Ngày sinh']), cell);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('Ngày vào Đảng');
    expect(await count()).toBe(before);
  });

  it('refuses what is not a workbook, a missing file or unit, and units out of scope', async () => {
    const notXlsx = await t.admin.request(
      'POST',
      '/api/members/import',
      form(Buffer.from('Họ và tên;Ngày sinh\n'), cell),
    );
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.error.code).toBe('not_xlsx');
    const noOrg = new FormData();
    noOrg.set('file', new Blob([new Uint8Array(await xlsx([]))]), 'a.xlsx');
    const r1 = await t.admin.request('POST', '/api/members/import', noOrg);
    expect(r1.status).toBe(400);
    expect(r1.body.error.message).toContain('Đơn vị');
    const json = await t.admin.post('/api/members/import', { orgId: cell });
    expect(json.status).toBe(400);
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy ngoài phạm vi nhập');
    const clerk = await t.as('clerk', ward);
    const out = await upload(
      clerk,
      await xlsx([['A B', '01/01/1960', 'Nam', '01/01/1990', '', 'OUT-1']]),
      other,
    );
    expect(out.status).toBe(404);
    const plain = await t.as('member', cell);
    expect((await upload(plain, await xlsx([]), cell)).status).toBe(403);
  });

  it('refuses a zip bomb before exceljs inflates it (413), and changes nothing', async () => {
    // A "workbook" whose sheet inflates to 80 MB of zeros from a few hundred kilobytes.
    const huge = new Uint8Array(80 * 1024 * 1024);
    const bomb = Buffer.from(
      zipSync(
        {
          '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
          'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
          'xl/worksheets/sheet1.xml': huge,
        },
        { level: 9 },
      ),
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await count();
    const res = await upload(t.admin, bomb, cell);
    expect(res.status).toBe(413);
    expect(['xlsx_too_large', 'xlsx_suspicious']).toContain(res.body.error.code);
    expect(await count()).toBe(before);
  }, 120_000);

  it('refuses an upload over the size limit (413 in the error shape)', async () => {
    const limit = t.rt.config.maxUploadMb;
    t.rt.config.maxUploadMb = 1;
    try {
      const res = await upload(t.admin, Buffer.alloc(1_300_000, 1), cell);
      expect(res.status).toBe(413);
      expect(res.body.error.code).toMatch(/too_large/);
    } finally {
      t.rt.config.maxUploadMb = limit;
    }
  });

  it('stops at the row limit and keeps nothing of that file', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Người Giới Hạn ${i}`,
      '01/01/1960',
      'Nam',
      '01/01/1990',
      '',
      `LIM-${i}`,
    ]);
    const file = path.join(tmpdir(), `vanphong-limit-${process.pid}.xlsx`);
    writeFileSync(file, await xlsx(rows));
    const before = await count();
    await expect(
      importMembers(t.rt, systemCtx(), { orgId: cell, filePath: file, fileName: 'limit.xlsx', maxRows: 20 }),
    ).rejects.toMatchObject({ code: 'import_too_many_rows' });
    expect(await count()).toBe(before);
    // Within the limit, the same rows go in (batches inside one transaction).
    const ok = await importMembers(t.rt, systemCtx(), {
      orgId: cell,
      filePath: file,
      fileName: 'limit.xlsx',
      maxRows: 30,
    });
    expect(ok.imported).toBe(30);
  });

  it('streams progress lines and then the result when asked for NDJSON', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [
      `Người Tiến Độ ${i}`,
      '01/01/1960',
      'Nam',
      '01/01/1990',
      '',
      `PRG-${i}`,
    ]);
    const res = await upload(t.admin, await xlsx(rows), cell, { accept: 'application/x-ndjson' });
    expect(res.status).toBe(200);
    const lines = String(res.body)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const progress = lines.filter((l) => l.progress).map((l) => l.progress);
    expect(progress[0].phase).toBe('checking');
    expect(progress.at(-1)).toMatchObject({ phase: 'done', imported: 2500, rowsRead: 2500 });
    expect(lines.at(-1).result).toMatchObject({ imported: 2500, rejected: [] });
  });

  it('gives the template, which imports cleanly once filled', async () => {
    const res = await download(t, t.admin, '/api/members/import-template');
    expect(res.status).toBe(200);
    const data = await sheetRows(res.body);
    expect(data[0]).toEqual([
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Ngày vào Đảng',
      'Ngày chính thức',
      'Số thẻ đảng viên',
    ]);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    wb.worksheets[0]?.addRow([
      'Trịnh Văn Mẫu',
      new Date(Date.UTC(1966, 5, 1)),
      'Nam',
      new Date(Date.UTC(1994, 8, 2)),
      null,
      'TPL-1',
    ]);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(t.admin, filled, cell)).body).toMatchObject({ imported: 1, rejected: [] });
  });

  it('is audited once per file', async () => {
    const r = await one<{ n: number }>(
      t.rt.database.db,
      sql`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'member.import'`,
    );
    expect(r?.n).toBeGreaterThanOrEqual(5);
  });
});
