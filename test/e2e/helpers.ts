// Browser journeys: a real `vanphong serve` process on a fresh data directory (and a fresh
// PostgreSQL database when TEST_DATABASE_URL is set), driven in Debian's Chromium by playwright-core.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

export const ADMIN_PASSWORD = 'quan-tri-trinh-duyet';
const BIN = path.resolve('bin/vanphong.mjs');

export interface E2E {
  base: string;
  browser: Browser;
  dataDir: string;
  /** A page in a fresh context; `options` override the defaults (a phone's viewport, touch). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  const db: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-e2e-'));
  // On the embedded database, a copy of the run's migrated template (template.ts).
  const template = inject('e2eTemplateDir');
  if (!db.url && template) {
    cpSync(path.join(template, 'pgdata'), path.join(dataDir, 'pgdata'), { recursive: true });
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VANPHONG_DATA_DIR: dataDir,
    VANPHONG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  const proc: ChildProcess = spawn(process.execPath, [BIN, 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    proc.stdout?.on('data', (d) => {
      out += d;
      const m = /vanphong: http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.stderr?.on('data', (d) => {
      out += d;
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  // A browser that does not start (Chromium missing) must not leave the server running: the test's
  // afterAll has no handle to close it.
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch(async (err: unknown) => {
      proc.kill('SIGKILL');
      await db.drop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    browser,
    dataDir,
    async newPage(options?: BrowserContextOptions) {
      const context = await browser.newContext({
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1366, height: 860 },
        // The app's service worker (web/src/pwa.ts) only where a test asks for it: it would answer
        // some requests from its caches.
        serviceWorkers: 'block',
        ...options,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return page;
    },
    async close() {
      await browser.close().catch(() => {});
      const exited = new Promise((resolve) => proc.on('exit', resolve));
      proc.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Calls the API from inside the page (its cookie and CSRF token), for setting up data quickly. */
export async function apiAs(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = await fetch('/api/auth/me').then((r) => r.json());
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken ?? '' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    { method, url, body },
  );
}

/** apiAs for set-up steps that must succeed: the body of a 2xx answer, or the test fails with the answer. */
export async function must(page: Page, method: string, url: string, body?: unknown): Promise<any> {
  const res = await apiAs(page, method, url, body);
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Picks a unit in an OrgSelect (antd TreeSelect): opens it, types a search without diacritics, clicks
 * the unit, and checks the field now shows it. On a busy machine a click can land while a dialog is
 * still animating in (the dialog then takes the focus back and the list closes), or while the list is
 * still animating, and select nothing: so each try first waits for the list to be open and focused,
 * clicks the node in the visible list only, and a failed try clears the search rather than pressing
 * Escape (which would close the dialog around the field). Up to five tries.
 */
export async function pickUnit(page: Page, field: Locator, typed: string, title: string): Promise<void> {
  const select = field.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const input = select.locator('input').first();
  for (let attempt = 1; ; attempt++) {
    const open = async () => (await select.getAttribute('class'))?.includes('ant-select-open') ?? false;
    if (!(await open())) await field.click();
    await expect
      .poll(open, { timeout: 3000 })
      .toBe(true)
      .catch(() => undefined);
    await input.fill('');
    await input.pressSequentially(typed);
    const node = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper')
      .filter({ hasText: title })
      .first();
    await node.click({ timeout: 5000 }).catch(() => undefined);
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if ((await select.textContent())?.includes(title)) return;
      await page.waitForTimeout(100);
    }
    if (attempt === 5) throw new Error(`pickUnit: «${title}» was not selected after 5 tries`);
  }
}

/**
 * A ward committee under the root and a chi bộ under it, made through the API by the signed-in admin:
 * the setting most journeys start from.
 */
export async function wardAndCell(
  admin: Page,
  wardName: string,
  cellName: string,
): Promise<{ root: number; ward: number; cell: number }> {
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id as number;
  const ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: wardName,
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
    })
  ).id as number;
  const cell = (
    await must(admin, 'POST', '/api/orgs', { name: cellName, shortCode: 'CB', kind: 'cell', parentId: ward })
  ).id as number;
  return { root, ward, cell };
}
