// Browser journey of the documents area: a clerk registers an incoming document with its PDF, a
// leader assigns it with a direction (lead unit and deadline), and the clerk finds it by typing
// without diacritics — by its summary and by words only in the PDF.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiAs, type E2E, login, pickUnit, startE2E } from './helpers.ts';

const PDF = path.resolve('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const SYMBOL = '34-CT/TU';
const SUMMARY = 'Chỉ thị về tăng cường công tác giải phóng mặt bằng các dự án trọng điểm';
const CLERK = { username: 'vanthu.e2e', password: 'van-thu-mat-khau-1' };
const LEADER = { username: 'lanhdao.e2e', password: 'lanh-dao-mat-khau-1' };

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

describe('documents journey', () => {
  it('clerk registers with a PDF, leader directs, clerk finds it without diacritics', async () => {
    const admin = await e.newPage();
    await login(admin, e.base, 'admin', ADMIN_PASSWORD);
    const root = (await apiAs(admin, 'GET', '/api/orgs/tree')).body[0].id as number;
    const board = await apiAs(admin, 'POST', '/api/orgs', {
      name: 'Ban Tổ chức Thành ủy',
      shortCode: 'BTCTU',
      kind: 'board',
      parentId: root,
    });
    expect(board.status).toBe(201);
    for (const [u, role, fullName] of [
      [CLERK, 'clerk', 'Trần Thị Văn Thư'],
      [LEADER, 'leader', 'Nguyễn Văn Lãnh Đạo'],
    ] as const) {
      const res = await apiAs(admin, 'POST', '/api/users', {
        ...u,
        fullName,
        orgId: root,
        role,
        clearance: 0,
      });
      expect(res.status).toBe(201);
    }

    // The clerk registers the incoming document with its PDF.
    const clerk = await e.newPage();
    await login(clerk, e.base, CLERK.username, CLERK.password);
    // «Liên thông văn bản» contains the words too: the menu item whose name ends with «Văn bản».
    await clerk.getByRole('menuitem', { name: /Văn bản$/ }).click();
    await clerk.waitForURL(/\/van-ban\/xu-ly$/);
    await clerk.getByTestId('doc-nav-den').click();
    await clerk.getByTestId('doc-register').click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByLabel('Cơ quan ban hành').fill('Thành ủy Hà Nội');
    await dialog.getByLabel('Số ký hiệu').fill(SYMBOL);
    await dialog.getByLabel('Loại văn bản').click();
    await clerk.locator('.ant-select-item-option', { hasText: 'Chỉ thị (CT)' }).click();
    await dialog.getByLabel('Ngày văn bản').fill('20/11/2026');
    await dialog.getByLabel('Ngày văn bản').press('Tab');
    await dialog.getByLabel('Trích yếu').fill(SUMMARY);
    await dialog.locator('input[type=file]').setInputFiles(PDF);
    await expect.poll(() => dialog.getByText('chi-thi-giai-phong-mat-bang.pdf').count()).toBeGreaterThan(0);
    await clerk.getByTestId('modal-submit').click();

    await clerk.waitForURL(/\/van-ban\/\d+$/);
    const docUrl = clerk.url();
    await expect.poll(() => clerk.getByTestId('doc-title').textContent()).toBe(SYMBOL);
    await expect.poll(() => clerk.getByTestId('doc-file').count()).toBe(1);
    await expect.poll(() => clerk.getByTestId('doc-file').textContent()).toContain('Đã trích xuất chữ');
    await expect.poll(() => clerk.getByTestId('doc-viewer').getAttribute('src')).toMatch(/^blob:/);
    expect(await clerk.getByTestId('doc-viewer').getAttribute('data-file')).toMatch(
      /\/files\/\d+\?inline=1$/,
    );
    await expect.poll(() => clerk.getByText('Số đến', { exact: true }).count()).toBeGreaterThan(0);

    // The leader finds it in the unit's inbox and assigns it.
    const leader = await e.newPage();
    await login(leader, e.base, LEADER.username, LEADER.password);
    await leader.goto(`${e.base}/van-ban/xu-ly`);
    await leader.getByRole('cell', { name: new RegExp(SYMBOL) }).click();
    await leader.waitForURL(docUrl);
    await leader.getByTestId('doc-direct').click();
    const direct = leader.getByRole('dialog');
    await direct.getByLabel('Nội dung chỉ đạo').fill('Giao Ban Tổ chức chủ trì, báo cáo kết quả trước hạn.');
    await pickUnit(leader, direct.getByLabel('Đơn vị chủ trì'), 'Ban To chuc', 'Ban Tổ chức Thành ủy');
    await direct.getByLabel('Hạn xử lý').fill('31/12/2026');
    await direct.getByLabel('Hạn xử lý').press('Tab');
    await leader.getByTestId('modal-submit').click();
    const direction = leader.getByTestId('doc-direction');
    await expect.poll(() => direction.count()).toBe(1);
    await expect.poll(() => direction.textContent()).toContain('Ban Tổ chức Thành ủy');
    expect(await direction.textContent()).toContain('31/12/2026');
    await expect.poll(() => leader.getByRole('cell', { name: 'Chủ trì' }).count()).toBe(1);

    // The clerk searches without diacritics: by the summary, then by words only in the PDF.
    await clerk.getByTestId('doc-nav-tim-kiem').click();
    await clerk.getByTestId('doc-search').fill('giai phong mat bang');
    const hit = clerk.getByTestId('search-hit').filter({ hasText: SYMBOL });
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('mark').first().textContent()).toBe('giải phóng mặt bằng');
    await clerk.getByTestId('doc-search').fill('ne tranh dun day');
    await expect.poll(() => hit.locator('mark').allTextContents()).toEqual(['né tránh', 'đùn đẩy']);
    expect(await hit.count()).toBe(1);
    await hit.getByRole('link', { name: SYMBOL }).click();
    await clerk.waitForURL(docUrl);
    await expect.poll(() => clerk.getByText('Chỉ đạo', { exact: true }).count()).toBeGreaterThan(0);
  });
});
