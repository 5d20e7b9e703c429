// Browser journey: an administrator enters a day off the government swapped (Lịch làm việc), then
// defines the unit's working regulation with a consultation rule of 5 working days (Quy chế làm việc),
// and sees the due date the rule gives for a request made today — past the weekend, the holidays
// and the day off entered — next to the rule's article, on a phone-sized screen. Then a leader opens
// an opinion request without a deadline (the rule gives it) and one entered with a deadline already
// passed, and sees the late opinion by unit on «Theo dõi thời hạn», at desktop and at 390 px.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDateVi, todayVn } from '../../domain/dates.ts';
import { WORKDAY_RULES } from '../../domain/rules/workdays.ts';
import { addWorkingDays, type WorkCalendar } from '../../domain/workdays/calendar.ts';
import { ADMIN_PASSWORD, apiAs, type E2E, login, must, startE2E } from './helpers.ts';

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

  it('a round opened without a deadline takes the rule; a late opinion shows on «Theo dõi thời hạn»', async () => {
    const root = (await must(page, 'GET', '/api/orgs/tree'))[0].id as number;
    const ward = (
      await must(page, 'POST', '/api/orgs', {
        name: 'Đảng ủy phường Chậm Trả Lời',
        shortCode: 'ĐU',
        kind: 'direct_committee',
        parentId: root,
      })
    ).id as number;
    const password = 'mat-khau-lanh-dao-thu';
    await must(page, 'POST', '/api/users', {
      username: 'lanhdao.quyche',
      password,
      fullName: 'Hoàng Văn Quyết',
      orgId: root,
      role: 'leader',
      clearance: 1,
    });
    const leader = await e.newPage({ viewport: { width: 1280, height: 900 } });
    await login(leader, e.base, 'lanhdao.quyche', password);
    const TITLE = 'Đề án nâng cao hiệu quả công tác dân vận giai đoạn 2026 - 2030';
    const p = await must(leader, 'POST', '/api/proposals', {
      orgId: root,
      kind: 'scheme',
      title: TITLE,
      dueOn: addDays(todayVn(), 60),
    });
    const doc = new Document({
      sections: [
        {
          children: ['ĐỀ ÁN', TITLE, 'Mỗi phường có tổ dân vận.'].map(
            (l) => new Paragraph({ children: [new TextRun(l)] }),
          ),
        },
      ],
    });
    const bytes = [...new Uint8Array(await Packer.toBuffer(doc))];
    const up = await leader.evaluate(
      async ({ id, bytes }) => {
        const me = await fetch('/api/auth/me').then((r) => r.json());
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)]), 'du-thao.docx');
        const res = await fetch(`/api/proposals/${id}/versions`, {
          method: 'POST',
          headers: { 'x-csrf-token': me.csrfToken ?? '' },
          body: form,
        });
        return res.status;
      },
      { id: p.id, bytes },
    );
    expect(up).toBe(201);
    // No deadline typed: the rule defined above gives it, with its article.
    const ruled = await must(leader, 'POST', `/api/proposals/${p.id}/rounds`, {
      version: 1,
      targets: [{ orgId: ward }],
    });
    expect(ruled.ruleArticle).toContain('Điều 12, khoản 1');
    // A request made on paper a fortnight ago, entered with its deadline: nobody answered.
    const late = await apiAs(leader, 'POST', `/api/proposals/${p.id}/rounds`, {
      version: 1,
      dueOn: addDays(todayVn(), -14),
      targets: [{ orgId: ward }],
    });
    expect(late.status).toBe(201);

    await leader.goto(`${e.base}/theo-doi-thoi-han`);
    const opinions = leader.getByTestId('late-opinions');
    await expect.poll(() => opinions.textContent(), { timeout: 10_000 }).toContain(TITLE);
    expect(await opinions.textContent()).toContain('Đảng ủy phường Chậm Trả Lời');
    expect(await leader.getByTestId(`late-unit-${ward}`).textContent()).toContain('Ý kiến chậm');
    // The same page on a phone: nothing wider than the screen.
    await leader.setViewportSize({ width: 390, height: 844 });
    await leader.reload();
    await leader.getByTestId(`late-unit-${ward}`).waitFor();
    const wide = await leader.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
  });
});
