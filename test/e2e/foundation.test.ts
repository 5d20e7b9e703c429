// Browser journey of the foundation: the admin logs in, creates a unit and an account in the app,
// and that account logs in. Names with markup render as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiAs, type E2E, login, pickUnit, startE2E } from './helpers.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

describe('foundation journey', () => {
  it('admin creates a unit and an account; the account logs in', async () => {
    const page = await e.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await login(page, e.base, 'admin', ADMIN_PASSWORD);

    await page.goto(`${e.base}/to-chuc`);
    await page.getByTestId('org-add').click();
    const orgDialog = page.getByRole('dialog');
    await orgDialog.getByLabel('Tên đơn vị').fill('Đảng ủy phường Thử Nghiệm');
    await orgDialog.getByLabel('Ký hiệu').fill('ĐU');
    await orgDialog.getByLabel('Loại tổ chức').click();
    await page.locator('.ant-select-item-option', { hasText: 'Đảng ủy trực thuộc' }).click();
    await page.getByTestId('modal-submit').click();
    await expect.poll(() => page.getByText('Đảng ủy phường Thử Nghiệm').count()).toBeGreaterThan(0);

    await page.goto(`${e.base}/tai-khoan`);
    await page.getByTestId('user-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Thử');
    await dialog.getByLabel('Tên đăng nhập').fill('thu.nt');
    await dialog.getByLabel('Mật khẩu ban đầu').fill('mat-khau-dau-tien');
    await pickUnit(
      page,
      dialog.getByLabel('Đơn vị', { exact: true }),
      'Thử Nghiệm',
      'Đảng ủy phường Thử Nghiệm',
    );
    await dialog.getByLabel('Vai trò').click();
    await page.locator('.ant-select-item-option', { hasText: 'Văn thư' }).click();
    await dialog.getByLabel('Được tiếp cận').click();
    await page.locator('.ant-select-item-option', { hasText: 'Thường' }).first().click();
    await page.getByTestId('modal-submit').click();
    await expect.poll(() => page.getByRole('cell', { name: 'thu.nt' }).count()).toBe(1);

    // A unit whose name holds markup is shown as text, never run.
    const root = (await apiAs(page, 'GET', '/api/orgs/tree')).body[0].id;
    const evil = await apiAs(page, 'POST', '/api/orgs', {
      name: '<script>alert("xss")</script><img src=x onerror=alert(1)>',
      shortCode: 'X',
      kind: 'board',
      parentId: root,
    });
    expect(evil.status).toBe(201);
    await page.goto(`${e.base}/to-chuc`);
    await expect
      .poll(() => page.getByText('<script>alert("xss")</script>', { exact: false }).count())
      .toBeGreaterThan(0);
    expect(dialogs).toEqual([]);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();

    await login(page, e.base, 'thu.nt', 'mat-khau-dau-tien');
    await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Nguyễn Thị Thử');
    await expect.poll(() => page.getByText('Đảng ủy phường Thử Nghiệm').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${e.dataDir}/home.png` });
  });

  it('a document summary and a file name holding markup show as text', async () => {
    const page = await e.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await login(page, e.base, 'admin', ADMIN_PASSWORD);
    const root = (await apiAs(page, 'GET', '/api/orgs/tree')).body[0].id;
    const doc = await apiAs(page, 'POST', '/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: '<script>alert("trich-yeu")</script><img src=x onerror=alert(2)>',
      orgId: root,
      issuer: '<b>Cơ quan</b>',
    });
    expect(doc.status).toBe(201);
    // A file whose name carries markup, uploaded from the page itself.
    const uploaded = await page.evaluate(async (id) => {
      const me = await fetch('/api/auth/me').then((r) => r.json());
      const form = new FormData();
      const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), '<img src=x onerror=alert(3)>.pdf');
      const res = await fetch(`/api/documents/${id}/files`, {
        method: 'POST',
        body: form,
        headers: { 'x-csrf-token': me.csrfToken },
      });
      return res.status;
    }, doc.body.id);
    expect(uploaded).toBe(201);
    await page.goto(`${e.base}/van-ban/${doc.body.id}`);
    await expect
      .poll(() => page.getByText('<script>alert("trich-yeu")</script>', { exact: false }).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('<img src=x onerror=alert(3)>.pdf', { exact: false }).count())
      .toBeGreaterThan(0);
    await page.goto(`${e.base}/van-ban/den`);
    await expect
      .poll(() => page.getByText('<script>alert("trich-yeu")</script>', { exact: false }).count())
      .toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
  });

  it('a deep link loads the app', async () => {
    const page = await e.newPage();
    await login(page, e.base, 'admin', ADMIN_PASSWORD);
    await page.goto(`${e.base}/nhat-ky`);
    await expect.poll(() => page.getByText('Kiểm tra toàn vẹn').count()).toBeGreaterThan(0);
  });
});
