// Browser journey: a chi bộ's secretary prepares the chi bộ's congress (its timetable with a
// deadline), creates the election of the chi ủy at it, enters the ballots as the ballot committee
// agreed them, reads the result (elected above half of the valid ballots, never more than the seats)
// and prints the count record (biên bản kiểm phiếu) in Word with both shares; on a phone the
// election's page fits the screen.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E, wardAndCell } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-16';
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Chín', 'Phạm Thị Dung'];
let e: E2E;

function vnDate(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000);
  const iso = d.toISOString().slice(0, 10);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  await must(admin, 'PATCH', `/api/orgs/${root}`, { name: 'Thành ủy Đà Nẵng' });
  const { cell } = await wardAndCell(admin, 'Đảng ủy phường Hải Châu', 'Chi bộ Tổ dân phố 5');
  await must(admin, 'POST', '/api/users', {
    username: 'bithu.cb5',
    password: PASSWORD,
    fullName: 'Hoàng Văn Sơn',
    orgId: cell,
    role: 'clerk',
    clearance: 0,
  });
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

/** One ballot on the agreed-count tab: the names ticked, then «Thêm phiếu». */
async function ballot(page: Page, ...names: string[]) {
  const box = page.getByTestId('agreed-ballot');
  for (const n of names) await box.getByText(n, { exact: true }).click();
  await page.getByTestId('agreed-add').click();
}

describe('a chi bộ prepares its congress, elects its committee and prints the count record', () => {
  it('congress, timetable, election, ballots, result, count record', async () => {
    const p = await e.newPage();
    await login(p, e.base, 'bithu.cb5', PASSWORD);
    await p.goto(`${e.base}/dai-hoi`);
    await p.getByTestId('congress-create').click();
    await p.getByLabel('Tên đại hội').fill('Đại hội Chi bộ Tổ dân phố 5 nhiệm kỳ 2025-2030');
    const held = p.getByLabel('Ngày đại hội', { exact: true });
    await held.click();
    await held.fill(vnDate(30));
    await p.getByTestId('modal-submit').click();
    await p.getByRole('heading', { name: 'Đại hội Chi bộ Tổ dân phố 5 nhiệm kỳ 2025-2030' }).waitFor();
    await p.getByText('Chi bộ Tổ dân phố 5 · nhiệm kỳ 2025-2030').waitFor();

    // The timetable: a step with the deadline the committee above set.
    await p.getByTestId('milestone-title').locator('input').fill('Xây dựng dự thảo báo cáo chính trị');
    const due = p.getByPlaceholder('Thời hạn');
    await due.click();
    await due.fill(vnDate(10));
    await due.press('Enter');
    await p.getByTestId('milestone-add').click();
    await p.getByText(`Hạn ${vnDate(10)}`).waitFor();

    // The election of the chi ủy: 3 seats, 4 on the list, 5 convened.
    await p.getByTestId('election-create').click();
    await p.getByLabel('Tên', { exact: true }).fill('Bầu Chi ủy nhiệm kỳ 2025-2030');
    await p.getByLabel('Số lượng cần bầu').fill('3');
    await p.getByLabel('Số người được triệu tập').fill('5');
    await p.getByLabel('Danh sách bầu cử (mỗi dòng một người)').fill(NAMES.join('\n'));
    await p.getByTestId('modal-submit').click();
    await p.getByRole('heading', { name: 'Bầu Chi ủy nhiệm kỳ 2025-2030' }).waitFor();

    // The ballots as the ballot committee agreed them; one marks four names for three seats.
    await p.getByRole('tab', { name: 'Nhập phiếu' }).click();
    await ballot(p, NAMES[0]!, NAMES[1]!, NAMES[2]!);
    await ballot(p, NAMES[0]!, NAMES[1]!, NAMES[3]!);
    await ballot(p, NAMES[0]!, NAMES[1]!);
    await ballot(p, NAMES[0]!, NAMES[2]!);
    await ballot(p, ...NAMES);
    await p.getByText('Bầu 4 người, nhiều hơn số lượng cần bầu (3)').waitFor({ state: 'detached' });
    await p.getByTestId('agreed-save').click();
    await p.getByTestId('agreed-save').getByText('Ghi 0 phiếu vào kết quả').waitFor();

    await p.getByRole('tab', { name: 'Kết quả' }).click();
    const result = p.getByTestId('election-result');
    await result.getByText('Trúng cử').first().waitFor();
    const rows = await result.locator('tr.ant-table-row').allInnerTexts();
    expect(rows[0]).toContain('Nguyễn Văn An');
    expect(rows[0]).toContain('Trúng cử');
    expect(rows[1]).toContain('Trần Thị Bình');
    expect(rows[1]).toContain('Trúng cử');
    // Lê Văn Chín: 2 of 4 valid ballots is not more than half.
    expect(rows[2]).toContain('Không quá bán');
    expect(await result.getByText('Trúng cử').count()).toBe(2);

    const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('record-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = path.join(mkdtempSync(path.join(tmpdir(), 'vanphong-congress-')), 'bien-ban.docx');
    await download.saveAs(saved);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(saved) });
    const text = value.normalize('NFC');
    expect(text.toUpperCase()).toContain('BIÊN BẢN');
    expect(text).toContain('Số phiếu thu vào: 5; số phiếu hợp lệ: 4; số phiếu không hợp lệ: 1');
    expect(text).toContain('100,00%'); // Nguyễn Văn An: 4 of 4 valid ballots
    expect(text).toContain('80,00%'); // and 4 of 5 convened
    expect(text).toContain('Những người trúng cử (2): Nguyễn Văn An, Trần Thị Bình.');
    const id = Number(/\/bau-cu\/(\d+)/.exec(p.url())?.[1]);

    // On a phone the election's page fits the screen.
    const phone = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(phone, e.base, 'bithu.cb5', PASSWORD);
    await phone.goto(`${e.base}/dai-hoi/bau-cu/${id}`);
    await phone.getByTestId('election-result').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
  }, 240_000);
});
