// Browser journey: an administrator enters a day off the government swapped (Lịch làm việc), then
// defines the unit's working regulation with a consultation rule of 5 working days (Quy chế làm việc),
// and sees the due date the rule gives for a request made today — past the weekend, the holidays
// and the day off entered — next to the rule's article, on a phone-sized screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateVi, todayVn } from '../../domain/dates.ts';
import { WORKDAY_RULES } from '../../domain/rules/workdays.ts';
import { addWorkingDays, type WorkCalendar } from '../../domain/workdays/calendar.ts';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

let e: E2E;
let page: Page;
const rule = WORKDAY_RULES['workdays.holidays'].defaultValue;

beforeAll(async () => {
  e = await startE2E();
  page = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await login(page, e.base, 'admin', ADMIN_PASSWORD);
});
afterAll(async () => {
  await e?.close();
});

async function fillDate(label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

describe('working rules drive a due date', () => {
  it('a day off entered, a rule defined, the due date computed from both', async () => {
    const today = todayVn();
    const plain: WorkCalendar = { rule, entries: new Map() };
    // The second working day from today is swapped for a day off.
    const swapped = addWorkingDays(today, 2, plain);

    await page.goto(`${e.base}/lich-lam-viec`);
    await page.getByTestId('cal-note').fill('Nghỉ hoán đổi theo thông báo');
    await fillDate('Ngày', formatDateVi(swapped));
    await page.getByTestId('cal-add').click();
    await expect
      .poll(() => page.getByTestId('cal-days').textContent(), { timeout: 10_000 })
      .toContain(formatDateVi(swapped));

    await page.goto(`${e.base}/quy-che`);
    await page.getByText('Đơn vị chưa có quy chế làm việc có hiệu lực.').waitFor();
    await page.getByTestId('reg-new').click();
    await page.getByTestId('reg-source').fill('Quy chế số 01-QC/TU ngày 05/01/2026');
    await fillDate('Ngày hiệu lực', formatDateVi(today));
    await page.getByTestId('reg-article-0').fill('Điều 12, khoản 1');
    await page.getByTestId('reg-consultee-0').fill('Ban Tổ chức');
    await page.getByTestId('reg-save').click();

    const expected = addWorkingDays(today, 5, {
      rule,
      entries: new Map([[swapped, { kind: 'off' as const, note: 'Nghỉ hoán đổi' }]]),
    });
    expect(expected).not.toBe(addWorkingDays(today, 5, plain));
    const due = page.getByTestId('reg-due-0');
    await due.waitFor({ timeout: 10_000 });
    expect(await due.textContent()).toContain(`hạn ${formatDateVi(expected)}`);
    await expect.poll(() => page.locator('.ru-versions').first().textContent()).toContain('Điều 12, khoản 1');
    const list = await must(page, 'GET', '/api/work-rules');
    expect(list.items[0]).toMatchObject({ inForce: true, source: 'Quy chế số 01-QC/TU ngày 05/01/2026' });
  });
});
