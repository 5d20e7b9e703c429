// Browser journey on a phone (390 px): the ward's clerk opens «Tài chính đảng», sees the chi bộ's
// collection rate, imports the portal's statement (one line matched, one unknown, one repeated),
// sets the unknown line aside, writes an allocation in the fund book, whose balance follows, and
// records a 50% reduction for an ill member, whose amount due follows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-tai-chinh';
let e: E2E;
let ward = 0;
const lastMonth = (() => {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
})();

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Hòa Bình',
      shortCode: 'ĐU',
      kind: 'grassroots',
      parentId: root,
    })
  ).id;
  const cell = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Chi bộ khu phố Đông',
      shortCode: 'CB',
      kind: 'cell',
      parentId: ward,
    })
  ).id;
  await must(admin, 'POST', '/api/users', {
    username: 'vanthu.hoabinh',
    password: PASSWORD,
    fullName: 'Lê Thị Hòa',
    orgId: ward,
    role: 'clerk',
    clearance: 1,
  });
  for (const [fullName, partyCardNo, feeBase] of [
    ['Nguyễn Văn An', '22001001', 8_000_000],
    ['Trần Thị Bình', '22001002', 6_000_000],
  ] as const)
    await must(admin, 'POST', '/api/members', {
      fullName,
      birthDate: '1980-01-01',
      admittedOn: '2005-01-01',
      officialOn: '2006-01-01',
      orgId: cell,
      partyCardNo,
      feeBasis: 'salary',
      feeBase,
    });
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('party finance on a phone', () => {
  it('imports a statement, sets aside the unknown line, and keeps the fund book', async () => {
    const page = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(page, e.base, 'vanthu.hoabinh', PASSWORD);
    await page.goto(`${e.base}/tai-chinh?tab=portal`);
    const [y, m] = lastMonth.split('-');
    const csv = [
      'Mã giao dịch;Ngày giao dịch;Số thẻ đảng viên;Họ và tên;Số tiền;Kỳ nộp',
      `GD-1;05/${m}/${y};22001001;Nguyễn Văn An;80.000;${m}/${y}`,
      `GD-2;06/${m}/${y};55555555;Người lạ;30.000;${m}/${y}`,
      `GD-1;05/${m}/${y};22001001;Nguyễn Văn An;80.000;${m}/${y}`,
    ].join('\n');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vanphong-sao-ke-')), 'sao-ke.csv');
    writeFileSync(file, csv);
    await page.locator('input[type=file]').setInputFiles(file);
    await page
      .getByText('1 dòng khớp số thẻ (80.000 đồng), 1 dòng chưa khớp, 1 dòng trùng giao dịch')
      .waitFor();
    await page.getByRole('cell', { name: 'Người lạ' }).waitFor();
    await page.getByRole('button', { name: 'Để riêng' }).click();
    await page.getByText('Không còn dòng sao kê nào chờ xử lý.').waitFor();

    await page.getByRole('tab', { name: 'Thu, nộp đảng phí' }).click();
    const row = page.getByRole('row', { name: /Chi bộ khu phố Đông/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('80.000');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('tab', { name: 'Sổ quỹ' }).click();
    await page.getByLabel('Nội dung').click();
    await page.getByTitle('Thu — Kinh phí cấp trên cấp, hỗ trợ').click();
    await page.getByLabel('Số tiền').fill('500000');
    await page.getByLabel('Diễn giải').fill('Kinh phí hỗ trợ quý');
    await page.getByRole('button', { name: 'Ghi sổ' }).click();
    await page.getByRole('cell', { name: 'Kinh phí hỗ trợ quý' }).waitFor();
    await expect(page.locator('.finance-total', { hasText: 'Số dư' }).textContent()).resolves.toContain(
      '500.000',
    );
    const book = await must(page, 'GET', `/api/finance/fund/book?orgId=${ward}`);
    expect(book).toMatchObject({ receipts: 500_000, closing: 500_000 });

    await page.getByRole('tab', { name: 'Miễn, giảm' }).click();
    await page.getByLabel('Đảng viên được miễn, giảm').click();
    await page.keyboard.type('Bình');
    await page.getByTitle('Trần Thị Bình').click();
    await page.getByLabel('Mức miễn, giảm').click();
    await page.getByTitle('Giảm 50%').click();
    await page.getByLabel('Miễn, giảm từ tháng').fill(lastMonth);
    await page.getByLabel('Miễn, giảm đến tháng').fill(lastMonth);
    await page.getByLabel('Lý do').click();
    await page.getByTitle('Ốm đau nặng, dài ngày').click();
    await page.getByRole('button', { name: 'Ghi', exact: true }).click();
    await page.getByRole('cell', { name: 'Trần Thị Bình' }).waitFor();
    const sheet = await must(page, 'GET', `/api/members/fees?orgId=${ward}&month=${lastMonth}`);
    expect(sheet.items.find((i: any) => i.fullName === 'Trần Thị Bình').due).toBe(30_000);
  });
});
