// Browser journey: a board of the city is assigned a scheme, uploads its Word draft and sends it to a
// ward for comments; the ward's clerk comments on it; the board explains its answer to the comment
// and downloads the table of comments (bảng tổng hợp tiếp thu, giải trình) in Word.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, pickUnit, startE2E } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-14';
const TITLE = 'Đề án nâng cao chất lượng tuyên truyền miệng giai đoạn 2026 - 2030';
let e: E2E;

/** DD/MM/YYYY `days` from today in Vietnam. */
function vnDate(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  const iso = d.toISOString().slice(0, 10);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

async function fillDate(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  // No Enter: it would submit the dialog; the submit button commits the typed date (FormModal).
}

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  await must(admin, 'PATCH', `/api/orgs/${root}`, { name: 'Thành ủy Đà Nẵng' });
  const unit = async (name: string, kind: string, shortCode: string) =>
    (await must(admin, 'POST', '/api/orgs', { name, shortCode, kind, parentId: root })).id as number;
  const board = await unit('Ban Tuyên giáo Thành ủy', 'board', 'BTG');
  const ward = await unit('Đảng ủy phường Hải Châu', 'direct_committee', 'ĐU');
  const user = (username: string, fullName: string, orgId: number, role: string) =>
    must(admin, 'POST', '/api/users', { username, password: PASSWORD, fullName, orgId, role, clearance: 1 });
  await user('chuyenvien.btg', 'Trần Thị Lan', board, 'specialist');
  await user('vanthu.haichau', 'Lê Văn Minh', ward, 'clerk');
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('a scheme goes through consultation to its table of comments', () => {
  it('drafted, consulted, commented, explained, and the table downloaded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanphong-proposal-'));
    const draft = path.join(dir, 'du-thao-lan-1.docx');
    const lines = [
      'ĐỀ ÁN',
      'Nâng cao chất lượng công tác tuyên truyền miệng giai đoạn 2026 - 2030',
      'Mỗi phường có ít nhất bảy báo cáo viên.',
    ];
    const doc = new Document({
      sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
    });
    writeFileSync(draft, await Packer.toBuffer(doc));

    // The board's specialist is assigned the scheme and uploads the first draft.
    const cv = await e.newPage();
    await login(cv, e.base, 'chuyenvien.btg', PASSWORD);
    await cv.goto(`${e.base}/de-an`);
    await cv.getByTestId('proposal-create').click();
    await cv.getByLabel('Tên đề án, báo cáo').fill(TITLE);
    await fillDate(cv, 'Thời hạn trình', vnDate(60));
    await cv.getByTestId('modal-submit').click();
    await cv.getByTestId('proposal-page').waitFor();
    await cv.getByRole('heading', { name: TITLE }).waitFor();
    const id = Number(/\/de-an\/(\d+)/.exec(cv.url())?.[1]);
    expect(id).toBeGreaterThan(0);
    await cv.getByRole('tab', { name: /Dự thảo/ }).click();
    await cv.locator('input[type=file]').setInputFiles(draft);
    await cv.getByText('du-thao-lan-1.docx').waitFor();
    await cv.getByText('3 đoạn').waitFor();

    // It is sent to the ward for comments, with a deadline.
    await cv.getByRole('tab', { name: /Lấy ý kiến/ }).click();
    await cv.getByTestId('round-open').click();
    await fillDate(cv, 'Hạn góp ý', vnDate(10));
    await pickUnit(
      cv,
      cv.getByTestId('round-target-0').locator('input'),
      'hai chau',
      'Đảng ủy phường Hải Châu',
    );
    await cv.getByTestId('modal-submit').click();
    await cv.getByText('Đợt 1: dự thảo lần 1').waitFor();
    await cv.getByTestId('proposal-stage').getByText('Lấy ý kiến').waitFor();

    // The ward's clerk is told, opens the scheme and comments on a paragraph.
    const ward = await e.newPage();
    await login(ward, e.base, 'vanthu.haichau', PASSWORD);
    const notes = await must(ward, 'GET', '/api/notifications');
    expect(JSON.stringify(notes)).toContain(`Xin ý kiến góp ý: ${TITLE}`);
    await ward.goto(`${e.base}/de-an/${id}`);
    await ward.getByTestId('comment-text').waitFor();
    await expect(ward.getByTestId('comment-author').inputValue()).resolves.toBe('Đảng ủy phường Hải Châu');
    await ward.getByTestId('comment-text').fill('Đề nghị giảm xuống năm báo cáo viên đối với phường nhỏ.');
    await ward.getByTestId('comment-submit').click();
    await ward.getByText('Đề nghị giảm xuống năm báo cáo viên đối với phường nhỏ.').last().waitFor();
    await ward.getByText('Chưa xử lý').first().waitFor();
    // The ward may not download the lead unit's table.
    expect(await ward.getByTestId('response-table').count()).toBe(0);

    // The board explains its answer and downloads the table of comments.
    await cv.reload();
    await cv.getByRole('tab', { name: /Góp ý/ }).click();
    const item = cv.locator('[data-testid^="comment-"]', { hasText: 'Đề nghị giảm xuống' });
    await item.getByRole('button', { name: 'Xử lý' }).click();
    await cv.getByText('Giải trình', { exact: true }).click();
    await cv
      .getByTestId('dispose-reply')
      .fill('Giữ bảy báo cáo viên để bảo đảm tuyên truyền đến từng tổ dân phố.');
    await cv.getByTestId('modal-submit').click();
    await item.getByText('Giữ bảy báo cáo viên để bảo đảm tuyên truyền đến từng tổ dân phố.').waitFor();
    await item.getByText('Giải trình').waitFor();
    const [download] = await Promise.all([
      cv.waitForEvent('download'),
      cv.getByTestId('response-table').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = path.join(dir, 'bang-tong-hop.docx');
    await download.saveAs(saved);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(saved) });
    const text = value.normalize('NFC');
    expect(text.toUpperCase()).toContain('BẢNG TỔNG HỢP');
    expect(text).toContain('Đảng ủy phường Hải Châu');
    expect(text).toContain('Đề nghị giảm xuống năm báo cáo viên đối với phường nhỏ.');
    expect(text).toContain('Giải trình: Giữ bảy báo cáo viên để bảo đảm tuyên truyền đến từng tổ dân phố.');

    // On a phone the portfolio is cards with the chart by stage, and nothing runs off the screen.
    const phone = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(phone, e.base, 'chuyenvien.btg', PASSWORD);
    await phone.goto(`${e.base}/de-an`);
    await phone.getByTestId(`proposal-card-${id}`).getByText('Lấy ý kiến').waitFor();
    await phone.getByTestId('proposal-chart').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
    await phone.getByTestId(`proposal-card-${id}`).getByRole('link').click();
    await phone.getByTestId('proposal-page').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
  }, 240_000);
});
