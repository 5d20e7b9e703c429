// A party member on a phone (390×844, touch): signs in, sees the next meeting of the chi bộ with its
// agenda and documents, opens the document (which the service worker then keeps for offline reading),
// and reports done a task that last month's resolution gave them. The data is made through the API,
// as a chi bộ's secretary would: last month's meeting and its resolution (the task), next week's
// meeting with a document, notified to the members.
//
// Then the weight of the member's home on Chromium's «Slow 4G» emulation, from a cold cache: the
// compressed script it downloads is asserted (≤ 300 KB); the time until the home is usable is
// measured and printed, never asserted (docs/benchmarks.md keeps the figure).
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const MEMBER = { username: 'dangvien.dienthoai', password: 'mat-khau-dang-vien-1' };
const SECRETARY = { username: 'bithu.chibo5', password: 'mat-khau-bi-thu-1' };
const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const TASK = 'Vận động các hộ gia đình tổ 5 đăng ký tham gia ngày hội đại đoàn kết';
const DOC = 'du-thao-nghi-quyet-thang.pdf';
/** Chromium DevTools' «Slow 4G» preset (its throughput figures already scaled by 0.9). */
const SLOW_4G = {
  latency: 562.5,
  downloadThroughput: (1_400_000 / 8) * 0.9,
  uploadThroughput: (675_000 / 8) * 0.9,
};
const BUDGET = 300 * 1024;

let e: E2E;
let meetingId: number;

/** Posts a meeting document (multipart) from inside the secretary's page. */
async function postMeetingFile(page: Page, id: number, name: string, bytes: Buffer) {
  const res = await page.evaluate(
    async ({ id, name, b64 }) => {
      const me = await fetch('/api/auth/me').then((r) => r.json());
      const form = new FormData();
      form.append('kind', 'material');
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      form.append('file', new Blob([data], { type: 'application/pdf' }), name);
      const r = await fetch(`/api/meetings/${id}/files`, {
        method: 'POST',
        headers: { 'x-csrf-token': me.csrfToken ?? '' },
        body: form,
      });
      return { status: r.status, text: await r.text() };
    },
    { id, name, b64: bytes.toString('base64') },
  );
  if (res.status !== 201) throw new Error(`file upload: ${res.status} ${res.text}`);
}

async function seed() {
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id as number;
  const founded = '2020-01-01';
  const ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Hàng Bông',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
      on: founded,
    })
  ).id as number;
  const cell = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Chi bộ Tổ dân phố số 5',
      shortCode: 'CB5',
      kind: 'cell',
      parentId: ward,
      on: founded,
    })
  ).id as number;
  await must(admin, 'POST', '/api/users', {
    ...SECRETARY,
    fullName: 'Đinh Thị Mai',
    orgId: cell,
    role: 'clerk',
    clearance: 1,
  });
  const account = await must(admin, 'POST', '/api/users', {
    ...MEMBER,
    fullName: 'Trịnh Văn Khoa',
    orgId: cell,
    role: 'member',
    clearance: 0,
  });
  const memberId = (
    await must(admin, 'POST', '/api/members', {
      userId: account.id,
      fullName: 'Trịnh Văn Khoa',
      birthDate: '1968-03-12',
      gender: 'Nam',
      orgId: cell,
      admittedOn: '1994-05-19',
      officialOn: '1995-05-19',
    })
  ).id as number;
  await admin.context().close();

  const secretary = await e.newPage();
  await login(secretary, e.base, SECRETARY.username, SECRETARY.password);
  const today = todayVn();
  // Last month's meeting and its resolution: the member's task comes from it.
  const last = await must(secretary, 'POST', '/api/meetings', {
    orgId: cell,
    kind: 'regular',
    title: 'Sinh hoạt chi bộ thường kỳ tháng trước',
    startsAt: `${addDays(today, -20)}T19:30`,
    place: 'Nhà văn hóa tổ dân phố số 5',
  });
  await must(secretary, 'PUT', `/api/meetings/${last.id}/resolution`, {
    results: 'Chi bộ hoàn thành các nhiệm vụ của tháng.',
    tasks: [{ title: TASK, ownerMemberId: memberId, dueOn: addDays(today, 10) }],
  });
  await must(secretary, 'POST', `/api/meetings/${last.id}/resolution/issue`);
  // Next week's meeting, its agenda and its draft resolution posted, the members notified.
  const next = await must(secretary, 'POST', '/api/meetings', {
    orgId: cell,
    kind: 'regular',
    title: 'Sinh hoạt chi bộ thường kỳ tháng này',
    startsAt: `${addDays(today, 5)}T19:30`,
    place: 'Nhà văn hóa tổ dân phố số 5',
    agenda: ['Kiểm điểm việc thực hiện nghị quyết tháng trước', 'Bàn nhiệm vụ tháng tới'],
  });
  meetingId = next.id;
  await postMeetingFile(secretary, meetingId, DOC, PDF);
  await must(secretary, 'POST', `/api/meetings/${meetingId}/notify`);
  await secretary.context().close();
}

beforeAll(async () => {
  e = await startE2E();
  await seed();
});
afterAll(async () => {
  await e?.close();
});

describe('a member on the phone', () => {
  it('sees the next meeting, opens its document (kept for offline reading) and reports a task done', async () => {
    const page = await e.newPage({ ...PHONE, serviceWorkers: 'allow' });
    await login(page, e.base, MEMBER.username, MEMBER.password);
    const home = page.getByTestId('member-home');
    await home.waitFor();
    // A member's home: no office menus, no staff figures.
    expect(await page.getByTestId('staff-home').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const meeting = page.getByTestId('home-meeting');
    await meeting.getByText('Sinh hoạt chi bộ thường kỳ tháng này').waitFor();
    await meeting.getByText('Bàn nhiệm vụ tháng tới').waitFor();
    expect(await meeting.textContent()).toContain('Nhà văn hóa tổ dân phố số 5');
    await page.getByTestId('home-record').getByText('Trịnh Văn Khoa').waitFor();

    // The service worker takes the page over (it was registered after the first load).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });

    // Installable: a manifest with the icons a phone asks for, and the worker in control.
    const install = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]')?.getAttribute('href') ?? '';
      const m = await fetch(href).then((r) => r.json());
      const icons = await Promise.all(
        (m.icons as { src: string; sizes: string }[]).map(
          async (i) => `${i.sizes} ${(await fetch(i.src)).status}`,
        ),
      );
      return {
        display: m.display,
        start: m.start_url,
        icons,
        worker: navigator.serviceWorker.controller?.scriptURL,
      };
    });
    expect(install).toMatchObject({ display: 'standalone', start: '/', worker: `${e.base}/sw.js` });
    expect(install.icons).toEqual(expect.arrayContaining(['192x192 200', '512x512 200']));

    // The document opens (a PDF: the phone's browser downloads it to show it).
    const link = meeting.getByRole('link', { name: DOC });
    const url = new URL((await link.getAttribute('href')) ?? '', e.base).pathname;
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(DOC);
    expect(readFileSync(await download.path()).equals(PDF)).toBe(true);
    // What was opened is in the worker's private cache, and is read from there offline.
    // (The worker stores it beside answering, so it may land a moment after the download.)
    const cached = await page.evaluate(async (u) => {
      for (let i = 0; i < 100; i++) {
        const hit = await (await caches.open('vp-private')).match(u);
        if (hit) return (await hit.arrayBuffer()).byteLength;
        await new Promise((r) => setTimeout(r, 100));
      }
      return 0;
    }, url);
    expect(cached).toBe(PDF.length);
    await page.context().setOffline(true);
    const offline = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, size: (await r.arrayBuffer()).byteLength };
    }, url);
    expect(offline).toEqual({ status: 200, size: PDF.length });
    await page.context().setOffline(false);

    // The task from last month's resolution, reported done from the home.
    const tasks = page.getByTestId('home-tasks');
    const task = tasks.locator('.home-task', { hasText: TASK });
    expect(await task.textContent()).toContain('theo 1-NQ/CB5');
    await task.getByRole('button', { name: 'Báo cáo đã xong' }).click();
    await page.getByRole('button', { name: 'Đã xong', exact: true }).click();
    await tasks.getByText(`Đã báo cáo hoàn thành: ${TASK}`).waitFor();
    await task.waitFor({ state: 'detached' });
    const mine = await must(page, 'GET', '/api/tasks?view=mine&status=done');
    expect(mine.items.map((t: { title: string; progress: number }) => [t.title, t.progress])).toEqual([
      [TASK, 100],
    ]);

    // Signing out forgets what was kept for offline reading.
    await page.getByTestId('user-menu').click();
    await page.getByText('Đăng xuất').click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await page.evaluate(() => caches.has('vp-private'))).toBe(false);
    await page.context().close();
  });

  it('loads the home with at most 300 KB of compressed script (time on «Slow 4G» printed)', async () => {
    // Signed in once; the measured visit then starts from a cold cache with only the cookie.
    const signIn = await e.newPage(PHONE);
    await login(signIn, e.base, MEMBER.username, MEMBER.password);
    const cookies = await signIn.context().cookies();
    await signIn.context().close();

    const page = await e.newPage(PHONE);
    await page.context().addCookies(cookies);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    const scripts: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r);
    });
    const started = Date.now();
    await page.goto(`${e.base}/`);
    // Usable: the home's data drawn (its first card), the page's code running.
    await page.getByTestId('home-meeting').getByText('Sinh hoạt chi bộ thường kỳ tháng này').waitFor({
      timeout: 60_000,
    });
    const wall = Date.now() - started;
    const ready = await page.evaluate(
      () => performance.getEntriesByName('vp:home-ready')[0]?.startTime ?? -1,
    );
    const waterfall = await page.evaluate(() =>
      (
        [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ] as PerformanceResourceTiming[]
      )
        .map(
          (r) => `  ${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ms ${new URL(r.name).pathname}`,
        )
        .join('\n'),
    );
    // What loads after the page (the menus' code) is part of the home's weight too.
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    await page.waitForTimeout(1500);
    await page.waitForLoadState('networkidle', { timeout: 60_000 });

    const sizes = await Promise.all(
      scripts.map(async (r) => ({
        url: new URL(r.url()).pathname,
        encoding: r.headers()['content-encoding'] ?? 'identity',
        bytes: Number(r.headers()['content-length'] ?? (await r.body()).length),
      })),
    );
    const total = sizes.reduce((s, x) => s + x.bytes, 0);
    console.log(
      `member home on Slow 4G: usable after ${Math.round(ready)} ms (mark), ${wall} ms (wall); ` +
        `${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB compressed:\n${sizes
          .map((s) => `  ${s.url} ${s.encoding} ${(s.bytes / 1024).toFixed(1)} KB`)
          .join('\n')}\n${waterfall}`,
    );
    expect(sizes.length).toBeGreaterThan(0);
    // Every script is sent brotli-compressed, except a file so small that brotli saves nothing (the
    // build keeps no compressed copy that is not smaller: a one-line re-export of 60 bytes).
    for (const s of sizes) if (s.bytes > 200) expect(s.encoding, s.url).toBe('br');
    expect(total).toBeLessThanOrEqual(BUDGET);
    await page.context().close();
  });
});
