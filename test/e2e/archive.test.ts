// Browser journey of the archives area: a clerk opens a file in the file plan, adds two documents,
// closes it and declares it as records; the records then refuse any change (a file added to one on
// its document page is refused with the archive's message). Screenshots of the pages are kept in
// $ARCHIVE_SHOTS when set.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestXlsx } from '../api/archive-fixtures.ts';
import { ADMIN_PASSWORD, apiAs, type E2E, login, startE2E } from './helpers.ts';

const CLERK = { username: 'luutru.e2e', password: 'luu-tru-mat-khau-1' };
const LEADER = { username: 'lanhdao.luutru', password: 'lanh-dao-mat-khau-1' };
const SCAN = path.resolve('test/fixtures/scan-chi-thi.png');
const SHOTS = process.env.ARCHIVE_SHOTS;

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.waitForTimeout(700); // let antd's transitions (spinner blur, progress width) finish
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function pickDocument(page: Page, testId: string, symbol: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId(testId).click();
  await page.keyboard.type(symbol);
  await page.locator('.ant-select-item-option', { hasText: symbol }).first().click();
}

describe('archive journey', () => {
  it('open a file, add two documents, close and declare it; editing is then refused', async () => {
    const admin = await e.newPage();
    await login(admin, e.base, 'admin', ADMIN_PASSWORD);
    const root = (await apiAs(admin, 'GET', '/api/orgs/tree')).body[0].id as number;
    const user = await apiAs(admin, 'POST', '/api/users', {
      ...CLERK,
      fullName: 'Phạm Thị Lưu Trữ',
      orgId: root,
      role: 'clerk',
      clearance: 1,
    });
    expect(user.status).toBe(201);

    const clerk = await e.newPage();
    await login(clerk, e.base, CLERK.username, CLERK.password);
    const symbols = ['15-BC/TU', '16-KH/TU'];
    const docIds: number[] = [];
    for (const [i, symbol] of symbols.entries()) {
      const doc = await apiAs(clerk, 'POST', '/api/documents', {
        direction: 'in',
        typeCode: i === 0 ? 'BC' : 'KH',
        summary:
          i === 0
            ? 'Báo cáo tháng 10 về công tác giải phóng mặt bằng'
            : 'Kế hoạch tái định cư cho các hộ dân',
        orgId: root,
        issuer: 'Văn phòng Thành ủy',
        symbol,
        issuedOn: '2026-10-05',
        receivedOn: '2026-10-06',
      });
      expect(doc.status).toBe(201);
      expect(
        (await apiAs(clerk, 'POST', `/api/documents/${doc.body.id}/handling`, { status: 'done' })).status,
      ).toBe(200);
      docIds.push(doc.body.id);
    }

    // The file plan: a new file, retention from the model schedule, opened at once.
    await clerk.getByRole('menuitem', { name: 'Lưu trữ' }).click();
    await clerk.waitForURL(/\/luu-tru$/);
    await clerk.getByTestId('file-create').click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByLabel('Mã hồ sơ').fill('01.09');
    await dialog
      .getByLabel('Tiêu đề hồ sơ')
      .fill('Báo cáo tháng và kế hoạch năm 2026 về giải phóng mặt bằng');
    await dialog.getByLabel('Đề mục').fill('I. Tổng hợp');
    await dialog.getByLabel('Thời hạn bảo quản theo bảng').click();
    await clerk.keyboard.type('Báo cáo tháng');
    await clerk.locator('.ant-select-item-option', { hasText: 'Báo cáo tháng, quý' }).click();
    await shot(clerk, 'archive-file-form');
    await clerk.getByTestId('modal-submit').click();
    await clerk.waitForURL(/\/luu-tru\/ho-so\/\d+$/);
    const fileUrl = clerk.url();
    await expect.poll(() => clerk.getByTestId('file-title').textContent()).toContain('01.09');

    for (const symbol of symbols) {
      await clerk.getByTestId('file-add-doc').click();
      await pickDocument(clerk, 'add-doc-search', symbol);
      await clerk.getByTestId('modal-submit').click();
      await expect.poll(() => clerk.getByRole('dialog').count()).toBe(0);
    }
    await expect.poll(() => clerk.getByTestId('file-document').count()).toBe(2);

    await clerk.getByTestId('file-close').click();
    await clerk.getByTestId('modal-submit').click();
    await expect.poll(() => clerk.getByTestId('file-declare').count()).toBe(1);
    await clerk.getByTestId('file-declare').click();
    await clerk.getByTestId('file-declare-confirm').click();
    await expect.poll(() => clerk.getByTestId('file-declared').count()).toBe(1);
    await expect
      .poll(() => clerk.getByTestId('file-document').filter({ hasText: 'Tài liệu lưu trữ' }).count())
      .toBe(2);
    await shot(clerk, 'archive-file-declared');

    // A record cannot be changed: its document page offers no upload (the server's can-flags say
    // so), and a direct edit through the API is refused.
    await clerk.getByRole('link', { name: symbols[0] as string }).click();
    await clerk.waitForURL(new RegExp(`/van-ban/${docIds[0]}$`));
    await expect.poll(() => clerk.getByText(symbols[0] as string).count()).toBeGreaterThan(0);
    expect(await clerk.locator('.doc-upload input[type=file]').count()).toBe(0);
    const edit = await apiAs(clerk, 'PATCH', `/api/documents/${docIds[1]}`, {
      summary: 'Sửa sau khi lưu trữ',
    });
    expect(edit.status).toBe(422);
    expect(edit.body.error.code).toBe('record_immutable');
    await shot(clerk, 'archive-edit-refused');

    // The tree of the plan shows the file; the other pages load.
    await clerk.goto(`${e.base}/luu-tru`);
    await expect.poll(() => clerk.getByTestId('plan-file').filter({ hasText: '01.09' }).count()).toBe(1);
    await shot(clerk, 'archive-plan');
    for (const [tab, name] of [
      ['tieu-huy', 'archive-disposal'],
      ['tam-giu', 'archive-holds'],
      ['so-hoa', 'archive-batches'],
      ['thoi-han', 'archive-schedule'],
    ] as const) {
      await clerk.getByTestId(`ar-tab-${tab}`).click();
      await clerk.waitForURL(new RegExp(`/luu-tru/${tab}$`));
      await clerk.locator('h3').first().waitFor();
      await shot(clerk, name);
    }
    expect(clerk.url()).toContain('/luu-tru/thoi-han');
    await admin.goto(`${e.base}/luu-tru/kiem-tra`);
    await admin.getByTestId('fixity-run').click();
    await expect.poll(() => admin.getByTestId('fixity-report').count(), { timeout: 30_000 }).toBe(1);
    await shot(admin, 'archive-tools');
    await clerk.goto(fileUrl);
    await expect.poll(() => clerk.getByTestId('file-declared').count()).toBe(1);
  });

  it('disposal review, approval and destruction; a digitisation batch with its progress', async () => {
    const admin = await e.newPage();
    await login(admin, e.base, 'admin', ADMIN_PASSWORD);
    const root = (await apiAs(admin, 'GET', '/api/orgs/tree')).body[0].id as number;
    // The clerk of the first journey (created here too when this journey runs alone).
    await apiAs(admin, 'POST', '/api/users', {
      ...CLERK,
      fullName: 'Phạm Thị Lưu Trữ',
      orgId: root,
      role: 'clerk',
      clearance: 1,
    });
    await apiAs(admin, 'POST', '/api/users', {
      ...LEADER,
      fullName: 'Nguyễn Văn Lãnh Đạo',
      orgId: root,
      role: 'leader',
      clearance: 1,
    });
    const clerk = await e.newPage();
    await login(clerk, e.base, CLERK.username, CLERK.password);
    // A file closed long ago whose five years have run out.
    const doc = await apiAs(clerk, 'POST', '/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: 'Công văn về lịch tiếp dân năm 2015',
      orgId: root,
      issuer: 'Văn phòng Thành ủy',
      symbol: '88-CV/VPTU',
      issuedOn: '2015-04-01',
      receivedOn: '2015-04-02',
    });
    await apiAs(clerk, 'POST', `/api/documents/${doc.body.id}/handling`, { status: 'done' });
    const old = await apiAs(clerk, 'POST', '/api/archive/files', {
      orgId: root,
      year: 2015,
      fileCode: '05.01',
      title: 'Hồ sơ lịch tiếp dân năm 2015',
      retentionYears: 5,
      openedOn: '2015-01-05',
    });
    await apiAs(clerk, 'POST', `/api/archive/files/${old.body.id}/documents`, { documentId: doc.body.id });
    expect(
      (
        await apiAs(clerk, 'POST', `/api/archive/files/${old.body.id}/close`, {
          closedOn: '2016-01-10',
          endYear: 2015,
        })
      ).status,
    ).toBe(200);
    expect((await apiAs(clerk, 'POST', `/api/archive/files/${old.body.id}/declare`, {})).status).toBe(200);

    await clerk.goto(`${e.base}/luu-tru/tieu-huy`);
    const row = clerk.locator('tr', { hasText: 'Hồ sơ lịch tiếp dân năm 2015' });
    await row.locator('input[type=checkbox]').check();
    await clerk.getByTestId('propose-disposal').click();
    await clerk.getByRole('dialog').getByLabel('Tên danh sách').fill('Tài liệu hết giá trị đến năm 2025');
    await clerk.getByTestId('modal-submit').click();
    await clerk.waitForURL(/\/luu-tru\/tieu-huy\/\d+$/);
    const listUrl = clerk.url();
    await clerk.getByTestId('list-review').click();
    await clerk
      .getByRole('dialog')
      .getByLabel('Thành phần Hội đồng')
      .fill('Đ/c Trần Văn B (Chủ tịch), đ/c Lê Thị C');
    await clerk.getByTestId('modal-submit').click();
    await expect.poll(() => clerk.getByTestId('list-decision').count()).toBe(1);

    const leader = await e.newPage();
    await login(leader, e.base, LEADER.username, LEADER.password);
    await leader.goto(listUrl);
    await leader.getByTestId('list-approve').click();
    await leader.getByRole('dialog').getByLabel('Số quyết định phê duyệt').fill('45-QĐ/TU');
    await leader.getByTestId('modal-submit').click();
    await expect.poll(() => leader.getByText('Đã phê duyệt, chờ hủy').count()).toBeGreaterThan(0);

    await clerk.reload();
    await clerk.getByTestId('list-destroy').click();
    await clerk.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await expect.poll(() => clerk.getByTestId('list-minutes').count()).toBe(1);
    await shot(clerk, 'archive-disposal-done');
    const destroyed = await apiAs(clerk, 'GET', `/api/documents/${doc.body.id}`);
    expect(destroyed.body).toMatchObject({ status: 'destroyed', files: [] });

    // Digitisation: a closed file, a manifest and its scan; OCR runs in the server's worker.
    const paper = await apiAs(clerk, 'POST', '/api/archive/files', {
      orgId: root,
      year: 2019,
      fileCode: '02.04',
      title: 'Hồ sơ chỉ đạo giải phóng mặt bằng năm 2019',
      retentionYears: null,
      openedOn: '2019-01-03',
    });
    const first = await apiAs(clerk, 'POST', '/api/documents', {
      direction: 'in',
      typeCode: 'TB',
      summary: 'Thông báo kết luận',
      orgId: root,
      issuer: 'Thành ủy',
      symbol: '7-TB/TU',
      issuedOn: '2019-02-01',
      receivedOn: '2019-02-02',
    });
    await apiAs(clerk, 'POST', `/api/documents/${first.body.id}/handling`, { status: 'done' });
    await apiAs(clerk, 'POST', `/api/archive/files/${paper.body.id}/documents`, {
      documentId: first.body.id,
    });
    await apiAs(clerk, 'POST', `/api/archive/files/${paper.body.id}/close`, {
      closedOn: '2020-01-10',
      endYear: 2019,
    });
    const manifest = path.join(e.dataDir, 'bang-ke.xlsx');
    writeFileSync(
      manifest,
      await manifestXlsx([
        {
          fileCode: '02.04',
          symbol: '34-CT/TU',
          issuedOn: '05/03/2019',
          summary: 'Chỉ thị về giải phóng mặt bằng (bản giấy)',
          pages: 1,
          file: 'scan-chi-thi.png',
          year: 2019,
        },
      ]),
    );
    await clerk.goto(`${e.base}/luu-tru/so-hoa`);
    await clerk.getByTestId('batch-create').click();
    const [manifestChooser] = await Promise.all([
      clerk.waitForEvent('filechooser'),
      clerk.getByTestId('batch-manifest').click(),
    ]);
    await manifestChooser.setFiles(manifest);
    const [scanChooser] = await Promise.all([
      clerk.waitForEvent('filechooser'),
      clerk.getByTestId('batch-scans').click(),
    ]);
    await scanChooser.setFiles(SCAN);
    await clerk.getByTestId('batch-start').click();
    await clerk.waitForURL(/\/luu-tru\/so-hoa\/\d+$/);
    await expect
      .poll(() => clerk.getByTestId('batch-item').textContent(), { timeout: 90_000 })
      .toMatch(/Đã số hóa|Máy chủ chưa cài OCR/);
    await shot(clerk, 'archive-batch');
  });
});
