// The remittance of party fees up the tree (the stable API): collected = kept + remitted at every
// unit with the shares of the rule in force each month, scope, roles and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type FinanceWorld, financeWorld, pay } from './finance-fixtures.ts';

let t: TestApp;
let w: FinanceWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await financeWorld(t);
  await pay(t.admin, [
    { memberId: w.salary, month: '2026-03', amount: 80_000 },
    { memberId: w.pension, month: '2026-03', amount: 30_000 },
    { memberId: w.fixed, month: '2026-03', amount: 55_500 },
    { memberId: w.salary, month: '2026-04', amount: 80_000 },
    { memberId: w.outsider, month: '2026-03', amount: 20_000 },
  ]);
});
afterAll(async () => {
  await t?.close();
});

const url = (orgId: number, from: string, to: string) =>
  `/api/finance/fees/remittance?orgId=${orgId}&from=${from}&to=${to}`;

describe('remittance', () => {
  it('a chi bộ keeps 30%, the ward 90% of what reaches it, to the đồng', async () => {
    const res = await w.wardClerk.get(url(w.ward, '2026-03', '2026-03'));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['collected', 'kept', 'lines', 'remitted']);
    expect(res.body).toEqual({
      collected: 115_850,
      kept: 104_265,
      remitted: 11_585,
      lines: [
        { orgId: w.ward, collected: 115_850, kept: 104_265, remitted: 11_585 },
        { orgId: w.cellA, collected: 110_000, kept: 33_000, remitted: 77_000 },
        { orgId: w.cellB, collected: 55_500, kept: 16_650, remitted: 38_850 },
      ],
    });
  });

  it('sums month by month over a range, and the city sees every ward', async () => {
    const ward = await w.wardClerk.get(url(w.ward, '2026-01', '2026-06'));
    // April: cell A 80,000 → keeps 24,000, remits 56,000; the ward keeps 50,400 and remits 5,600.
    expect(ward.body.lines[1]).toEqual({
      orgId: w.cellA,
      collected: 190_000,
      kept: 57_000,
      remitted: 133_000,
    });
    expect(ward.body).toMatchObject({ collected: 171_850, kept: 154_665, remitted: 17_185 });
    const city = await w.cityLeader.get(url(w.city, '2026-03', '2026-04'));
    expect(city.status).toBe(200);
    for (const l of city.body.lines) expect(l.collected).toBe(l.kept + l.remitted);
    const other = city.body.lines.find((l: any) => l.orgId === w.otherWard);
    // The other ward: 20,000 in its chi bộ → 14,000 remitted, it keeps 12,600 and remits 1,400.
    expect(other).toEqual({ orgId: w.otherWard, collected: 14_000, kept: 12_600, remitted: 1_400 });
    const top = city.body.lines[0];
    expect(top.orgId).toBe(w.city);
    expect(top.collected).toBe(17_185 + 1_400);
    expect(city.body.collected).toBe(top.collected);
  });

  it('a new version of the shares applies from the month it takes effect', async () => {
    const v = await t.admin.post('/api/rules/finance.kept_shares/versions', {
      value: { cell: 40, grassroots: 90, direct_committee: 50, provincial: 50, central: 100, board: 0 },
      source: 'Hướng dẫn thử nghiệm của đảng bộ',
      effectiveFrom: '2026-04-01',
    });
    expect(v.status).toBe(201);
    const res = await w.wardClerk.get(url(w.cellA, '2026-03', '2026-04'));
    // March at 30%: 33,000; April at 40%: 32,000.
    expect(res.body).toEqual({
      collected: 190_000,
      kept: 65_000,
      remitted: 125_000,
      lines: [{ orgId: w.cellA, collected: 190_000, kept: 65_000, remitted: 125_000 }],
    });
  });

  it('answers 404 for a unit outside the scope, and only staff may ask', async () => {
    expect((await w.otherClerk.get(url(w.ward, '2026-03', '2026-03'))).status).toBe(404);
    const expected: Record<string, number> = {
      admin: 403,
      leader: 200,
      clerk: 200,
      specialist: 200,
      member: 403,
    };
    for (const role of ROLES) {
      const c = await t.as(role, w.ward);
      const res = await c.get(url(w.ward, '2026-03', '2026-03'));
      expect(res.status, role).toBe(expected[role]);
      if (res.status === 200) expect(res.body.collected).toBe(115_850);
    }
    expect((await t.client().get(url(w.ward, '2026-03', '2026-03'))).status).toBe(401);
  });

  it('refuses bad input with a Vietnamese message and changes nothing', async () => {
    for (const q of [
      `orgId=${w.ward}&from=2026-13&to=2026-12`,
      `orgId=${w.ward}&from=2026-1&to=2026-12`,
      `orgId=abc&from=2026-01&to=2026-02`,
      `from=2026-01&to=2026-02`,
      `orgId=${w.ward}&from=2026-01`,
    ]) {
      const res = await w.wardClerk.get(`/api/finance/fees/remittance?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const reversed = await w.wardClerk.get(url(w.ward, '2026-05', '2026-04'));
    expect(reversed.status).toBe(422);
    expect(reversed.body.error.code).toBe('range_reversed');
    const long = await w.wardClerk.get(url(w.ward, '2020-01', '2026-12'));
    expect(long.status).toBe(422);
    expect((await w.wardClerk.get(url(999_999, '2026-01', '2026-02'))).status).toBe(404);
  });
});

describe('dashboard and reports', () => {
  it('collection rate and arrears by unit, totals up the tree, and the monthly chart', async () => {
    const { sql } = await import('drizzle-orm');
    await t.rt.database.db.execute(
      sql`UPDATE members SET fee_from = '2026-01-01' WHERE org_id IN (${w.cellA}, ${w.cellB})`,
    );
    const res = await w.wardClerk.get(`/api/finance/fees/dashboard?orgId=${w.ward}&from=2026-03&to=2026-04`);
    expect(res.status).toBe(200);
    const by = Object.fromEntries(res.body.units.map((u: any) => [u.orgId, u]));
    // Cell A owes 110,000 a month (80,000 + 30,000); paid 110,000 in March and 80,000 in April.
    expect(by[w.cellA]).toMatchObject({ depth: 1, due: 220_000, paid: 190_000, ratePerMille: 863 });
    expect(by[w.cellB]).toMatchObject({ due: 111_000, paid: 55_500, ratePerMille: 500 });
    // April at the 40% share of the version added above: cell A remits 48,000.
    expect(by[w.ward]).toMatchObject({ depth: 0, due: 331_000, paid: 245_500, collected: 163_850 });
    expect(res.body.months).toEqual([
      { month: '2026-03', due: 165_500, paid: 165_500 },
      { month: '2026-04', due: 165_500, paid: 80_000 },
    ]);
    // By the end of June nobody has paid May and June: with April unpaid, Cell B's member is 3 behind.
    const june = await w.wardClerk.get(`/api/finance/fees/dashboard?orgId=${w.ward}&from=2026-06&to=2026-06`);
    const juneBy = Object.fromEntries(june.body.units.map((u: any) => [u.orgId, u]));
    expect(juneBy[w.cellB].arrears).toBe(1);
    expect(juneBy[w.cellA].arrears).toBe(1);
    expect(juneBy[w.ward].arrears).toBe(2);
    expect(
      (await w.otherClerk.get(`/api/finance/fees/dashboard?orgId=${w.ward}&from=2026-03&to=2026-04`)).status,
    ).toBe(404);
  });

  it('the fee report per unit and month in Excel and Word', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { download } = await import('./members-fixtures.ts');
    const x = await download(
      t,
      w.wardClerk,
      `/api/finance/fees/report?orgId=${w.ward}&from=2026-03&to=2026-04&format=xlsx`,
    );
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body as never);
    const rows: unknown[][] = [];
    wb.worksheets[0]?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const ward = rows.find((r) => r[0] === 'Đảng ủy phường Tài Chính' && r.length > 1);
    expect(ward?.slice(1, 5)).toEqual([165_500, 80_000, 331_000, 245_500]);
    const cellB = rows.find((r) => String(r[0]).trim() === 'Chi bộ khu phố 2');
    expect(cellB?.slice(1, 3)).toEqual([55_500, 0]);
    const d = await download(
      t,
      w.wardClerk,
      `/api/finance/fees/report?orgId=${w.ward}&from=2026-03&to=2026-04&format=docx`,
    );
    expect(d.status).toBe(200);
    const mammoth = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: d.body })).value;
    expect(text).toContain('Chi bộ khu phố 1');
    expect(text).toContain('245.500');
    const bad = await w.wardClerk.get(
      `/api/finance/fees/report?orgId=${w.ward}&from=2026-03&to=2026-04&format=pdf`,
    );
    expect(bad.status).toBe(400);
    const member = await t.as('member', w.ward);
    expect(
      (await member.get(`/api/finance/fees/report?orgId=${w.ward}&from=2026-03&to=2026-04&format=xlsx`))
        .status,
    ).toBe(403);
  });
});
