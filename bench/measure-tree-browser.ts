// The organisation page («Tổ chức», /to-chuc) loaded in Chromium against the bench server, as the
// city's clerk (whose scope is the whole tree): from navigation to the first paint, and to the tree's
// first row on screen. A fresh browser context each pass (no cache, no service worker), after one
// pass that is not counted. Needs the built web client (`npm run build`) and Chromium at
// /usr/bin/chromium (CHROMIUM_PATH); without them the measure is skipped, not failed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Session } from './lib/http.ts';
import { ROOT } from './lib/server.ts';
import { summarise } from './lib/stats.ts';

export interface TreeBrowserResult {
  passes: number;
  /** first-contentful-paint, ms from navigation start. */
  firstPaint: { p50: number; max: number };
  /** The first row of the tree visible, ms from navigation start. */
  treeShown: { p50: number; max: number };
}

export async function measureTreeBrowser(
  base: string,
  session: Session,
  passes: number,
): Promise<TreeBrowserResult | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath) || !existsSync(path.join(ROOT, 'web/dist/index.html'))) return null;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const paints: number[] = [];
  const shown: number[] = [];
  try {
    const [name, value] = session.cookie.split('=') as [string, string];
    for (let i = 0; i <= passes; i++) {
      const context = await browser.newContext({
        serviceWorkers: 'block',
        viewport: { width: 1280, height: 800 },
      });
      await context.addCookies([{ name, value, url: base }]);
      const page = await context.newPage();
      await page.goto(`${base}/to-chuc`, { waitUntil: 'commit' });
      await page
        .locator('[aria-label="Cây tổ chức"] .ant-tree-treenode')
        .first()
        .waitFor({ timeout: 60_000 });
      const t = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
        return { fcp, now: performance.now() };
      });
      if (i > 0) {
        paints.push(t.fcp);
        shown.push(t.now);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const s = (xs: number[]) => {
    const x = summarise(xs);
    return { p50: x.p50, max: x.max };
  };
  return { passes, firstPaint: s(paints), treeShown: s(shown) };
}
