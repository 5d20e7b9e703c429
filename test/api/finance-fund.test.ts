// Reconciliation (what a level received from each unit below against what it should have remitted,
// by unit and month) and the grassroots fund book (categories from the rule, corrections as new
// entries citing the old, the balance, the quarterly report in JSON and Word, every write audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type FinanceWorld, financeWorld, pay } from './finance-fixtures.ts';
import { download } from './members-fixtures.ts';

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
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe('reconciliation', () => {
  it('lists what each chi bộ should have remitted against what the ward recorded', async () => {
    const rec = (body: Record<string, unknown>) =>
      w.wardClerk.post('/api/finance/receipts', { orgId: w.ward, receivedOn: '2026-05-05', ...body });
    expect((await rec({ fromOrgId: w.cellA, month: '2026-03', amount: 77_000 })).status).toBe(200);
    expect((await rec({ fromOrgId: w.cellB, month: '2026-03', amount: 30_000 })).status).toBe(200);
    // Recorded again: the new figure replaces the old one.
    expect(
      (await rec({ fromOrgId: w.cellB, month: '2026-03', amount: 38_000, note: 'Nộp bổ sung' })).status,
    ).toBe(200);
    const res = await w.wardClerk.get(`/api/finance/reconciliation?orgId=${w.ward}&from=2026-03&to=2026-04`);
    expect(res.status).toBe(200);
    expect(res.body.lines).toEqual([
      {
        fromOrgId: w.cellA,
        fromOrgName: 'Chi bộ khu phố 1',
        month: '2026-03',
        expected: 77_000,
        received: 77_000,
        difference: 0,
      },
      {
        fromOrgId: w.cellB,
        fromOrgName: 'Chi bộ khu phố 2',
        month: '2026-03',
        expected: 38_850,
        received: 38_000,
        difference: -850,
      },
      {
        fromOrgId: w.cellA,
        fromOrgName: 'Chi bộ khu phố 1',
        month: '2026-04',
        expected: 56_000,
        received: null,
        difference: -56_000,
      },
    ]);
    expect(res.body).toMatchObject({ expected: 171_850, received: 115_000, differences: 2 });
    const audit = await t.admin.get('/api/audit?action=finance.receipt');
    expect(audit.status).toBe(200);
  });

  it('refuses a unit not directly below, out of scope, in the future, or a member', async () => {
    const base = { orgId: w.ward, fromOrgId: w.cellA, month: '2026-03', amount: 1, receivedOn: '2026-05-05' };
    const cases: [Record<string, unknown>, number][] = [
      [{ ...base, fromOrgId: w.otherCell }, 422],
      [{ ...base, fromOrgId: w.ward }, 422],
      [{ ...base, receivedOn: '2099-01-01' }, 422],
      [{ ...base, amount: -1 }, 400],
      [{ ...base, amount: 1.5 }, 400],
      [{ ...base, month: '2026-3' }, 400],
    ];
    for (const [body, status] of cases)
      expect((await w.wardClerk.post('/api/finance/receipts', body)).status).toBe(status);
    expect((await w.otherClerk.post('/api/finance/receipts', base)).status).toBe(404);
    expect((await (await t.as('member', w.ward)).post('/api/finance/receipts', base)).status).toBe(403);
    expect((await t.admin.post('/api/finance/receipts', base)).status).toBe(403);
    expect(
      (await w.otherClerk.get(`/api/finance/reconciliation?orgId=${w.ward}&from=2026-03&to=2026-04`)).status,
    ).toBe(404);
  });
});

describe('fund book', () => {
  const entry = (body: Record<string, unknown>) =>
    w.wardClerk.post('/api/finance/fund/entries', { orgId: w.ward, entryDate: '2026-04-10', ...body });
  let papers: number;

  it('records receipts and spending by category, and the balance', async () => {
    const r1 = await entry({
      direction: 'receipt',
      category: 'fee_share',
      amount: 104_265,
      description: 'Đảng phí trích giữ lại tháng 3',
    });
    expect(r1.status).toBe(201);
    expect(r1.body).toMatchObject({
      categoryLabel: 'Đảng phí được trích giữ lại',
      counts: true,
      correctsId: null,
    });
    const s1 = await entry({
      direction: 'spending',
      category: 'papers',
      amount: 50_000,
      description: 'Mua Báo Nhân Dân quý II',
    });
    expect(s1.status).toBe(201);
    papers = s1.body.id;
    await entry({
      direction: 'spending',
      category: 'support',
      amount: 20_000,
      description: 'Thăm đảng viên ốm',
      entryDate: '2026-05-02',
    });
    const book = await w.wardClerk.get(`/api/finance/fund/book?orgId=${w.ward}`);
    expect(book.body).toMatchObject({ opening: 0, receipts: 104_265, spending: 70_000, closing: 34_265 });
  });

  it('a correction is a new entry citing the old one, which stays but no longer counts', async () => {
    const c = await w.wardClerk.post(`/api/finance/fund/entries/${papers}/corrections`, {
      amount: 45_000,
      entryDate: '2026-04-15',
      description: 'Sửa số tiền mua báo (hóa đơn 45.000 đồng)',
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({
      correctsId: papers,
      amount: 45_000,
      category: 'papers',
      direction: 'spending',
    });
    const again = await w.wardClerk.post(`/api/finance/fund/entries/${papers}/corrections`, {
      amount: 1,
      entryDate: '2026-04-15',
      description: 'x',
    });
    expect(again.status).toBe(409);
    const book = await w.wardClerk.get(`/api/finance/fund/book?orgId=${w.ward}`);
    expect(book.body.entries).toHaveLength(4);
    const old = book.body.entries.find((e: any) => e.id === papers);
    expect(old).toMatchObject({ counts: false, correctedById: c.body.id, amount: 50_000 });
    expect(book.body).toMatchObject({ spending: 65_000, closing: 39_265 });
    const may = await w.wardClerk.get(`/api/finance/fund/book?orgId=${w.ward}&from=2026-05-01&to=2026-05-31`);
    expect(may.body).toMatchObject({ opening: 59_265, receipts: 0, spending: 20_000, closing: 39_265 });
    const audit = await t.admin.get('/api/audit?action=finance.fund_correction');
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('finance.fund_correction');
  });

  it('the quarterly report sums by category, in JSON and in Word', async () => {
    const q = await w.wardClerk.get(`/api/finance/fund/quarter?orgId=${w.ward}&year=2026&quarter=2`);
    expect(q.status).toBe(200);
    expect(q.body).toMatchObject({
      opening: 0,
      totalReceipts: 104_265,
      totalSpending: 65_000,
      closing: 39_265,
    });
    expect(q.body.spending.find((s: any) => s.category === 'papers').amount).toBe(45_000);
    const file = await download(
      t,
      w.wardClerk,
      `/api/finance/fund/quarter.docx?orgId=${w.ward}&year=2026&quarter=2`,
    );
    expect(file.status).toBe(200);
    const mammoth = await import('mammoth');
    const text = (await mammoth.extractRawText({ buffer: file.body })).value;
    expect(text).toContain('Đảng phí được trích giữ lại');
    expect(text).toContain('39.265');
  });

  it('refuses unknown categories, boards, the future, other scopes and bad input', async () => {
    const cases: [Record<string, unknown>, number][] = [
      [{ direction: 'spending', category: 'party', amount: 1, description: 'x' }, 422],
      [{ direction: 'receipt', category: 'papers', amount: 1, description: 'x' }, 422],
      [
        { direction: 'spending', category: 'papers', amount: 1, description: 'x', entryDate: '2099-01-01' },
        422,
      ],
      [{ direction: 'spending', category: 'papers', amount: 0, description: 'x' }, 400],
      [{ direction: 'spending', category: 'papers', amount: 1, description: '' }, 400],
      [{ direction: 'out', category: 'papers', amount: 1, description: 'x' }, 400],
    ];
    for (const [body, status] of cases) expect((await entry(body)).status, JSON.stringify(body)).toBe(status);
    const board = await t.org(w.city, 'board', 'Văn phòng Thành ủy', 'VPTU');
    const leader = w.cityLeader;
    const b = await leader.post('/api/finance/fund/entries', {
      orgId: board,
      entryDate: '2026-04-10',
      direction: 'spending',
      category: 'papers',
      amount: 1,
      description: 'x',
    });
    expect(b.status).toBe(422);
    expect((await w.otherClerk.get(`/api/finance/fund/book?orgId=${w.ward}`)).status).toBe(404);
    expect(
      (
        await w.otherClerk.post(`/api/finance/fund/entries/${papers}/corrections`, {
          amount: 1,
          entryDate: '2026-04-20',
          description: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await w.wardClerk.post('/api/finance/fund/entries/999999/corrections', {
          amount: 1,
          entryDate: '2026-04-20',
          description: 'x',
        })
      ).status,
    ).toBe(404);
    const member = await t.as('member', w.ward);
    expect((await member.get(`/api/finance/fund/book?orgId=${w.ward}`)).status).toBe(403);
  });
});
