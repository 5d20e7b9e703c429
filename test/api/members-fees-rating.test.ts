// Party fees (amounts from the rules, payments per month, arrears of 3+ months, the fee book as
// Excel) and the annual rating (scores, thresholds, the task flag, self-review, decisions, stats).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../domain/members/calendar.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, member, sheetRows } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cell: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Phí');
  cell = await t.org(ward, 'cell', 'Chi bộ Đảng phí');
});
afterAll(async () => {
  await t?.close();
});

const thisMonth = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
const month = (k: number) => addMonths(`${thisMonth}-01`, k).slice(0, 7);

describe('fees', () => {
  let salary: number;
  let pension: number;
  let student: number;
  let veteran: number;
  beforeAll(async () => {
    salary = await member(t.admin, cell, {
      fullName: 'Nguyễn Văn Lương',
      feeBasis: 'salary',
      feeBase: 8_000_000,
    });
    pension = await member(t.admin, cell, {
      fullName: 'Trần Văn Hưu',
      feeBasis: 'pension',
      feeBase: 6_000_000,
      birthDate: '1955-01-01',
      admittedOn: '1985-01-01',
    });
    student = await member(t.admin, cell, {
      fullName: 'Lê Thị Sinh Viên',
      feeBasis: 'student',
      birthDate: '2003-01-01',
      admittedOn: '2023-01-01',
    });
    veteran = await member(t.admin, cell, {
      fullName: 'Phạm Văn Lão Thành',
      feeBasis: 'pension',
      feeBase: 5_000_000,
      birthDate: '1940-01-01',
      admittedOn: '1965-01-01',
    });
  });

  it('computes each member’s monthly amount from the rules', async () => {
    const res = await t.admin.get(`/api/members/fees?orgId=${cell}&month=${thisMonth}`);
    expect(res.status).toBe(200);
    const by = Object.fromEntries(res.body.items.map((i: any) => [i.memberId, i]));
    expect(by[salary]).toMatchObject({ due: 80_000, exempt: false });
    expect(by[pension]).toMatchObject({ due: 30_000, exempt: false });
    expect(by[student]).toMatchObject({ due: 5_000 });
    expect(by[veteran]).toMatchObject({ due: 0, exempt: true });
  });

  it('records payments per month and lists members three or more months behind', async () => {
    // Every record starts owing from the month it was entered: move that back to test arrears.
    const { sql } = await import('drizzle-orm');
    await t.rt.database.db.execute(
      sql`UPDATE members SET fee_from = ${`${month(-6)}-01`}::date WHERE org_id = ${cell}`,
    );
    const pay = await t.admin.post('/api/members/fees/payments', {
      payments: [
        { memberId: salary, month: month(-1), amount: 80_000, paidOn: `${month(-1)}-20` },
        { memberId: pension, month: month(-4), amount: 30_000, paidOn: `${month(-4)}-05` },
      ],
    });
    expect(pay.status).toBe(200);
    expect(pay.body.recorded).toBe(2);
    const arrears = await t.admin.get(`/api/members/fees/arrears?orgId=${ward}&month=${month(-1)}`);
    expect(arrears.status).toBe(200);
    const owed = Object.fromEntries(arrears.body.items.map((i: any) => [i.fullName, i.monthsOwed]));
    // pension paid 4 months ago → 3 unpaid months; student never paid since 6 months ago → 6.
    expect(owed).toEqual({ 'Trần Văn Hưu': 3, 'Lê Thị Sinh Viên': 6 });
    // Exempt and up-to-date members are not listed.
    expect(arrears.body.items.map((i: any) => i.memberId)).not.toContain(veteran);
    // A payment fixes it; amounts may be corrected (the month is written once).
    await t.admin.post('/api/members/fees/payments', {
      payments: [{ memberId: pension, month: month(-1), amount: 30_000, paidOn: `${month(-1)}-28` }],
    });
    const after = await t.admin.get(`/api/members/fees/arrears?orgId=${ward}&month=${month(-1)}`);
    expect(after.body.items.map((i: any) => i.fullName)).toEqual(['Lê Thị Sinh Viên']);
  });

  it('refuses payments for members out of scope (404) and bad months (400)', async () => {
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Khác Phí');
    const stranger = await member(t.admin, other);
    const clerk = await t.as('clerk', ward);
    const res = await clerk.post('/api/members/fees/payments', {
      payments: [{ memberId: stranger, month: thisMonth, amount: 1000, paidOn: `${thisMonth}-01` }],
    });
    expect(res.status).toBe(404);
    const bad = await clerk.post('/api/members/fees/payments', {
      payments: [{ memberId: salary, month: '2026-13', amount: 1000, paidOn: '2026-01-01' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Tháng');
  });

  it('gives the chi bộ’s fee book for a year as Excel', async () => {
    const year = Number(month(-1).slice(0, 4));
    const res = await download(t, t.admin, `/api/members/fees/book.xlsx?orgId=${cell}&year=${year}`);
    expect(res.status).toBe(200);
    const data = await sheetRows(res.body);
    expect(String(data[0]?.[0])).toBe(`SỔ THU ĐẢNG PHÍ NĂM ${year}`);
    const header = data.find((r) => r[0] === 'STT') as unknown[];
    expect(header).toContain('Tháng 12');
    const row = data.find((r) => r[1] === 'Nguyễn Văn Lương') as unknown[];
    expect(row[3]).toBe(80_000);
    const m = Number(month(-1).slice(5, 7));
    expect(row[3 + m]).toBe(80_000);
    expect(data.find((r) => r[1] === 'Phạm Văn Lão Thành')?.[3]).toBe('Miễn');
  });
});

describe('annual rating', () => {
  it('derives the category from the score; xuất sắc needs every task on time', async () => {
    const id = await member(t.admin, cell, { fullName: 'Vũ Văn Xếp Loại' });
    const r1 = await t.admin.put(`/api/members/${id}/ratings`, {
      year: 2025,
      generalScore: 28,
      resultScore: 65,
    });
    expect(r1.status).toBe(200);
    expect(r1.body).toMatchObject({ total: 93, category: 'tot', allTasksOnTime: false });
    const r2 = await t.admin.put(`/api/members/${id}/ratings`, {
      year: 2025,
      generalScore: 28,
      resultScore: 65,
      allTasksOnTime: true,
    });
    expect(r2.body).toMatchObject({ category: 'xuat_sac', categoryLabel: 'Hoàn thành xuất sắc nhiệm vụ' });
    const r3 = await t.admin.put(`/api/members/${id}/ratings`, {
      year: 2024,
      generalScore: 20,
      resultScore: 29.5,
    });
    expect(r3.body.category).toBe('khong_hoan_thanh');
    const bad = await t.admin.put(`/api/members/${id}/ratings`, {
      year: 2025,
      generalScore: 31,
      resultScore: 10,
    });
    expect(bad.status).toBe(400);
  });

  it('the member writes the self-review; the chi bộ, then the committee, decide', async () => {
    const acct = await t.as('member', cell);
    const id = await member(t.admin, cell, { fullName: 'Đỗ Thị Tự Kiểm', userId: acct.userId });
    const other = await member(t.admin, cell);
    const sr = await acct.put(`/api/members/${id}/self-review`, {
      year: 2025,
      selfReview: 'Tôi đã hoàn thành tốt nhiệm vụ được giao.',
    });
    expect(sr.status).toBe(200);
    expect(sr.body.selfReview).toContain('hoàn thành tốt');
    expect(
      (await acct.put(`/api/members/${other}/self-review`, { year: 2025, selfReview: 'x' })).status,
    ).toBe(404);
    expect(
      (await acct.put(`/api/members/${id}/ratings`, { year: 2025, generalScore: 30, resultScore: 70 }))
        .status,
    ).toBe(403);
    await t.admin.put(`/api/members/${id}/ratings`, { year: 2025, generalScore: 25, resultScore: 55 });
    const committeeFirst = await t.admin.post(`/api/members/${id}/ratings/decision`, {
      year: 2025,
      level: 'committee',
      category: 'tot',
      decidedOn: '2025-12-20',
    });
    expect(committeeFirst.status).toBe(422);
    const excellent = await t.admin.post(`/api/members/${id}/ratings/decision`, {
      year: 2025,
      level: 'cell',
      category: 'xuat_sac',
      decidedOn: '2025-12-15',
    });
    expect(excellent.status).toBe(422);
    const cellD = await t.admin.post(`/api/members/${id}/ratings/decision`, {
      year: 2025,
      level: 'cell',
      category: 'tot',
      decidedOn: '2025-12-15',
    });
    expect(cellD.body).toMatchObject({ cellCategory: 'tot', finalCategory: 'tot' });
    const com = await t.admin.post(`/api/members/${id}/ratings/decision`, {
      year: 2025,
      level: 'committee',
      category: 'hoan_thanh',
      decidedOn: '2025-12-20',
    });
    expect(com.body).toMatchObject({
      committeeCategory: 'hoan_thanh',
      finalCategory: 'hoan_thanh',
      selfReview: expect.stringContaining('Tôi'),
    });
    const own = await acct.get(`/api/members/${id}/ratings`);
    expect(own.body.items[0]).toMatchObject({ year: 2025, finalLabel: 'Hoàn thành nhiệm vụ' });
  });

  it('counts categories by unit and rates organisations', async () => {
    const res = await t.admin.get(`/api/members/ratings?orgId=${ward}&year=2025`);
    expect(res.status).toBe(200);
    const row = res.body.stats.find((s: any) => s.orgId === cell);
    expect(row).toMatchObject({ xuat_sac: 1, hoan_thanh: 1 });
    expect(row.total).toBe(row.xuat_sac + row.tot + row.hoan_thanh + row.khong_hoan_thanh + row.unrated);
    const org = await t.admin.put(`/api/members/org-ratings/${cell}`, {
      year: 2025,
      generalScore: 27,
      resultScore: 62,
      allTasksOnTime: false,
    });
    expect(org.body.category).toBe('tot');
    const again = await t.admin.get(`/api/members/ratings?orgId=${ward}&year=2025`);
    expect(again.body.orgRatings[0]).toMatchObject({ orgId: cell, total: 89, category: 'tot' });
  });
});
