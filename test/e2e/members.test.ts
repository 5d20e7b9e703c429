// Browser journey of the members area: import a list from Excel (with a refused row named by its
// row number), open a member and see the import in the history, record a transfer and receive it,
// and see the badge list for the next occasion.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, todayVn } from '../../domain/dates.ts';
import { nextOccasion } from '../../domain/members/badges.ts';
import { ADMIN_PASSWORD, apiAs, type E2E, login, pickUnit, startE2E } from './helpers.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

async function workbook(file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên']);
  ws.addRow([
    'Nguyễn Văn Lão Thành',
    new Date(Date.UTC(1950, 2, 1)),
    'Nam',
    new Date(Date.UTC(1980, 1, 3)),
    '03/02/1981',
    'E2E-001',
  ]);
  ws.addRow(['Trần Thị Chuyển', '12/08/1985', 'Nữ', '19/05/2010', '19/05/2011', 'E2E-002']);
  ws.addRow(['Lê Văn Sai Ngày', '31/02/1980', 'Nam', '01/01/2005', '', 'E2E-003']);
  ws.addRow(['Phạm Thị Mới', '01/01/1995', 'Nữ', '01/01/2020', '01/01/2021', 'E2E-004']);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('members journey', () => {
  it('imports a list, opens a member, records a transfer, sees the badge list', async () => {
    const page = await e.newPage();
    await login(page, e.base, 'admin', ADMIN_PASSWORD);
    const root = (await apiAs(page, 'GET', '/api/orgs/tree')).body[0].id;
    const ward = await apiAs(page, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Hành Trình',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
    });
    const from = await apiAs(page, 'POST', '/api/orgs', {
      name: 'Chi bộ Nhập Danh Sách',
      shortCode: 'CB',
      kind: 'cell',
      parentId: ward.body.id,
    });
    const to = await apiAs(page, 'POST', '/api/orgs', {
      name: 'Chi bộ Tiếp Nhận',
      shortCode: 'CB',
      kind: 'cell',
      parentId: ward.body.id,
    });
    expect([from.status, to.status]).toEqual([201, 201]);
    const file = path.join(tmpdir(), `vanphong-e2e-members-${process.pid}.xlsx`);
    await workbook(file);

    // Import.
    await page.goto(`${e.base}/dang-vien/danh-sach`);
    await page.getByTestId('member-import').click();
    const dialog = page.getByRole('dialog');
    await pickUnit(page, dialog.getByLabel('Chi bộ nhận'), 'Nhap Danh', 'Chi bộ Nhập Danh Sách');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Đã nhập 3 đảng viên; 1 dòng không nhập được');
    expect(await result.getByRole('cell', { name: '4', exact: true }).count()).toBe(1);
    expect(await result.textContent()).toContain('Ngày sinh «31/02/1980» không phải ngày hợp lệ');
    expect(await page.getByTestId('import-progress').textContent()).toContain('Đã lưu xong');
    await page.getByTestId('import-close').click();

    // The list shows them, by given name; open one.
    await expect.poll(() => page.getByRole('link', { name: 'Trần Thị Chuyển' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Trần Thị Chuyển' }).click();
    await page.waitForURL(/\/dang-vien\/\d+$/);
    expect(await page.getByTestId('member-name').textContent()).toBe('Trần Thị Chuyển');
    await expect.poll(() => page.getByTestId('member-history').textContent()).toContain('Nhập từ Excel');
    const memberUrl = page.url();

    // Record a transfer to another chi bộ.
    await page.getByTestId('member-transfer').click();
    const t = page.getByRole('dialog');
    await pickUnit(page, t.getByLabel('Chi bộ chuyển đến'), 'Tiep Nhan', 'Chi bộ Tiếp Nhận');
    await t.getByLabel('Số giấy giới thiệu').fill('25-GGT/ĐU');
    await page.getByTestId('modal-submit').click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('tab', { name: 'Chuyển sinh hoạt, nơi cư trú' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '25-GGT/ĐU' }).count()).toBe(1);
    expect(await page.getByText('Chờ tiếp nhận').count()).toBeGreaterThan(0);

    // The receiving side records the arrival.
    await page.goto(`${e.base}/dang-vien/chuyen-sinh-hoat`);
    const row = page.getByRole('row', { name: /Trần Thị Chuyển/ });
    await row.getByRole('button', { name: 'Tiếp nhận' }).click();
    await page.getByTestId('modal-submit').click();
    await expect.poll(() => page.getByRole('row', { name: /Trần Thị Chuyển/ }).count()).toBe(0);
    await page.goto(memberUrl);
    await expect.poll(() => page.locator('.ant-descriptions').textContent()).toContain('Chi bộ Tiếp Nhận');

    // The badge list of the next occasion.
    const occasion = nextOccasion(todayVn());
    await page.goto(`${e.base}/dang-vien/huy-hieu`);
    await expect.poll(() => page.getByTestId('badges-summary').textContent()).toContain(occasion.label);
    const badges = page.getByTestId('badges-table');
    await expect.poll(() => badges.getByRole('link', { name: 'Nguyễn Văn Lão Thành' }).count()).toBe(1);
    const lao = badges.getByRole('row', { name: /Nguyễn Văn Lão Thành/ });
    expect(await lao.textContent()).toContain('45 năm');
    expect(await lao.textContent()).toContain(formatDateVi('2025-02-03'));
    expect(await badges.getByRole('link', { name: 'Phạm Thị Mới' }).count()).toBe(0);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('badges-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/Huy hiệu Đảng .*\.xlsx$/);
  });
});
