// Fees under the 2026 rules: exemptions and reductions (levels and period from the rule, the amount
// due follows), and the portal's statement (CSV and Excel) matched by card number, with unmatched
// lines kept for a person and duplicate transactions never counted twice.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type FinanceWorld, financeWorld } from './finance-fixtures.ts';

let t: TestApp;
let w: FinanceWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await financeWorld(t);
});
afterAll(async () => {
  await t?.close();
});

function upload(c: TestApp['admin'], body: Buffer | string, name: string, orgId: number | string) {
  const f = new FormData();
  f.set('orgId', String(orgId));
  f.set('file', new Blob([typeof body === 'string' ? body : new Uint8Array(body)]), name);
  return c.request('POST', '/api/members/fees/portal/import', f);
}

const sheet = async (orgId: number, month: string) =>
  (await w.wardClerk.get(`/api/members/fees?orgId=${orgId}&month=${month}`)).body;

describe('exemptions and reductions', () => {
  it('a 50% reduction halves the amount due in its months only', async () => {
    const res = await w.wardClerk.post('/api/members/fees/reliefs', {
      memberId: w.salary,
      percent: 50,
      from: '2026-02',
      to: '2026-04',
      reason: 'serious_illness',
      note: 'Điều trị dài ngày',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ percent: 50, label: 'Giảm 50%', reasonLabel: 'Ốm đau nặng, dài ngày' });
    expect(res.body.ruleVersionId).toBeGreaterThan(0);
    const march = (await sheet(w.cellA, '2026-03')).items.find((i: any) => i.memberId === w.salary);
    expect(march).toMatchObject({ due: 40_000, exempt: false });
    expect(march.rule).toMatch(/giảm 50%/);
    const may = (await sheet(w.cellA, '2026-05')).items.find((i: any) => i.memberId === w.salary);
    expect(may.due).toBe(80_000);
  });

  it('an exemption makes the amount nil', async () => {
    const res = await w.wardClerk.post('/api/members/fees/reliefs', {
      memberId: w.pension,
      percent: 100,
      from: '2026-01',
      to: '2026-12',
      reason: 'poor_household',
    });
    expect(res.status).toBe(201);
    const row = (await sheet(w.cellA, '2026-06')).items.find((i: any) => i.memberId === w.pension);
    expect(row).toMatchObject({ due: 0, exempt: true });
    const list = await w.wardClerk.get(`/api/members/fees/reliefs?orgId=${w.ward}`);
    expect(list.body.items.map((i: any) => i.memberId).sort()).toEqual([w.salary, w.pension].sort());
    expect((await w.otherClerk.get(`/api/members/fees/reliefs?orgId=${w.ward}`)).status).toBe(404);
  });

  it('refuses other levels, more than 12 months, overlaps, members out of scope and bad input', async () => {
    const base = { memberId: w.fixed, percent: 30, from: '2026-01', to: '2026-03', reason: 'hardship' };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, percent: 40 }, 422, 'relief_not_allowed'],
      [{ ...base, from: '2026-01', to: '2027-01' }, 422, 'relief_not_allowed'],
      [{ ...base, from: '2026-05', to: '2026-04' }, 422, 'relief_not_allowed'],
      [{ ...base, memberId: w.outsider }, 404, 'not_found'],
      [{ ...base, reason: 'lazy' }, 400, 'validation_failed'],
      [{ ...base, from: '2026-1' }, 400, 'validation_failed'],
      [{ ...base, extra: 1 }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await w.wardClerk.post('/api/members/fees/reliefs', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }
    expect((await w.wardClerk.post('/api/members/fees/reliefs', base)).status).toBe(201);
    const overlap = await w.wardClerk.post('/api/members/fees/reliefs', {
      ...base,
      from: '2026-03',
      to: '2026-05',
    });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.message).toMatch(/trùng tháng/);
    const member = await t.as('member', w.cellB);
    expect(
      (await member.post('/api/members/fees/reliefs', { ...base, from: '2026-07', to: '2026-07' })).status,
    ).toBe(403);
    const list = await w.wardClerk.get(`/api/members/fees/reliefs?orgId=${w.cellB}`);
    expect(list.body.items).toHaveLength(1);
  });
});

const CSV = [
  'Cổng Dịch vụ công quốc gia — sao kê nộp đảng phí',
  'Mã giao dịch;Ngày giao dịch;Số thẻ đảng viên;Họ và tên;Số tiền;Kỳ nộp',
  'DVC-001;05/07/2026 09:12;01 234 567;Nguyễn Văn Lương;80.000;07/2026',
  'DVC-002;05/07/2026;01234569;Lê Văn Cố Định;55.500;07/2026',
  'DVC-003;06/07/2026;77777777;Người Lạ;30.000;07/2026',
  'DVC-002;05/07/2026;01234569;Lê Văn Cố Định;55.500;07/2026',
  'DVC-004;06/07/2026;09999999;Phạm Văn Ngoài;20.000;07/2026',
  'DVC-005;07/07/2026;01234569;Lê Văn Cố Định;abc;07/2026',
].join('\r\n');

describe('portal statements', () => {
  it('matches by card number, keeps unmatched lines, ignores a repeated transaction', async () => {
    const res = await upload(w.wardClerk, CSV, 'sao-ke-7.csv', w.ward);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // DVC-004 is a member of another ward: unknown here, so unmatched (never matched out of scope).
    expect(res.body).toMatchObject({
      linesRead: 5,
      added: 4,
      duplicates: 1,
      matched: 2,
      unmatched: 2,
      amountMatched: 135_500,
      rejected: [{ row: 8, reason: 'Số tiền không đọc được' }],
    });
    const july = await sheet(w.ward, '2026-07');
    const paid = Object.fromEntries(july.items.map((i: any) => [i.memberId, i.paid]));
    expect(paid[w.salary]).toBe(80_000);
    expect(paid[w.fixed]).toBe(55_500);
    const open = await w.wardClerk.get(`/api/members/fees/portal/lines?orgId=${w.ward}&status=unmatched`);
    expect(open.body.items.map((l: any) => l.ref)).toEqual(['DVC-003', 'DVC-004']);
  });

  it('importing the same file again changes nothing', async () => {
    const res = await upload(w.wardClerk, CSV, 'sao-ke-7.csv', w.ward);
    expect(res.body).toMatchObject({
      linesRead: 5,
      added: 0,
      duplicates: 5,
      matched: 0,
      unmatched: 0,
      amountMatched: 0,
    });
    const rem = await w.wardClerk.get(`/api/finance/fees/remittance?orgId=${w.ward}&from=2026-07&to=2026-07`);
    expect(rem.body.lines.find((l: any) => l.orgId === w.cellA).collected).toBe(80_000);
    expect(rem.body.lines.find((l: any) => l.orgId === w.cellB).collected).toBe(55_500);
  });

  it('an Excel statement with a line already seen and a second payment for a month', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sao kê');
    ws.addRow(['Mã giao dịch', 'Ngày giao dịch', 'Số thẻ đảng viên', 'Họ và tên', 'Số tiền', 'Kỳ nộp']);
    ws.addRow(['DVC-001', '05/07/2026', '01234567', 'Nguyễn Văn Lương', 80_000, '07/2026']);
    ws.addRow(['DVC-010', new Date(Date.UTC(2026, 7, 3)), '01234567', 'Nguyễn Văn Lương', 80_000, '08/2026']);
    ws.addRow(['DVC-011', '04/08/2026', '01234569', 'Lê Văn Cố Định', 10_000, '07/2026']);
    const res = await upload(w.wardClerk, Buffer.from(await wb.xlsx.writeBuffer()), 'sao-ke-8.xlsx', w.ward);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ linesRead: 3, added: 2, duplicates: 1, matched: 2, unmatched: 0 });
    const aug = (await sheet(w.cellA, '2026-08')).items.find((i: any) => i.memberId === w.salary);
    expect(aug.paid).toBe(80_000);
    // A second transaction for July adds to what was paid for July.
    const july = (await sheet(w.cellB, '2026-07')).items.find((i: any) => i.memberId === w.fixed);
    expect(july.paid).toBe(65_500);
  });

  it('a person resolves an unmatched line to a member, or sets it aside; once only', async () => {
    const open = await w.wardClerk.get(`/api/members/fees/portal/lines?orgId=${w.ward}&status=unmatched`);
    const [stranger, outsider] = open.body.items;
    expect(
      (
        await w.otherClerk.post(`/api/members/fees/portal/lines/${stranger.id}/resolve`, {
          memberId: w.outsider,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await w.wardClerk.post(`/api/members/fees/portal/lines/${stranger.id}/resolve`, {
          memberId: w.outsider,
        })
      ).status,
    ).toBe(404);
    const ok = await w.wardClerk.post(`/api/members/fees/portal/lines/${stranger.id}/resolve`, {
      memberId: w.pension,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'resolved', memberId: w.pension, memberName: 'Trần Thị Hưu' });
    const row = (await sheet(w.cellA, '2026-07')).items.find((i: any) => i.memberId === w.pension);
    expect(row.paid).toBe(30_000);
    const again = await w.wardClerk.post(`/api/members/fees/portal/lines/${stranger.id}/resolve`, {
      memberId: w.pension,
    });
    expect(again.status).toBe(409);
    const aside = await w.wardClerk.post(`/api/members/fees/portal/lines/${outsider.id}/dismiss`, {
      note: 'Đảng viên phường khác nộp nhầm',
    });
    expect(aside.body).toMatchObject({ status: 'dismissed', note: 'Đảng viên phường khác nộp nhầm' });
    expect(
      (await w.wardClerk.post(`/api/members/fees/portal/lines/${outsider.id}/dismiss`, { note: '' })).status,
    ).toBe(400);
    const left = await w.wardClerk.get(`/api/members/fees/portal/lines?orgId=${w.ward}&status=unmatched`);
    expect(left.body.items).toEqual([]);
  });

  it('refuses a file without the header, a unit out of scope, a future date and a member role', async () => {
    const bad = await upload(w.wardClerk, 'a,b\n1,2\n', 'x.csv', w.ward);
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('statement_unreadable');
    expect((await upload(w.otherClerk, CSV, 'sao-ke.csv', w.ward)).status).toBe(404);
    expect((await upload(w.wardClerk, CSV, 'sao-ke.csv', 'abc')).status).toBe(400);
    const future = CSV.replace('05/07/2026 09:12', '05/07/2099');
    const f = await upload(w.wardClerk, future, 'tuong-lai.csv', w.ward);
    expect(f.status).toBe(422);
    const member = await t.as('member', w.ward);
    expect((await upload(member, CSV, 'sao-ke.csv', w.ward)).status).toBe(403);
  });
});
