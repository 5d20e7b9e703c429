// Browser check of the shell on a phone (390×844, touch): every area's main page fits the screen
// (no horizontal scrolling of the page itself: wide tables scroll inside their own box), the header's
// title does not run into its buttons, the bell and the user menu stay reachable, and the menu of
// areas is a drawer opened by the header's menu button. Screenshots of each page are kept in
// $E2E_SCREENSHOTS (default: <tmp>/vanphong-phone) for a person to judge. And on a desktop screen
// the Sider is there and the menu button is not.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

const SHOTS = process.env.E2E_SCREENSHOTS ?? path.join(tmpdir(), 'vanphong-phone');
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Each area's main pages, and the views under its tabs that a phone user opens first. */
const PAGES: [name: string, url: string][] = [
  ['trang-chu', '/'],
  ['van-ban-xu-ly', '/van-ban/xu-ly'],
  ['van-ban-den', '/van-ban/den'],
  ['van-ban-di', '/van-ban/di'],
  ['van-ban-tim-kiem', '/van-ban/tim-kiem'],
  ['luu-tru', '/luu-tru'],
  ['to-chuc', '/to-chuc'],
  ['chuong-trinh', '/chuong-trinh'],
  ['chuong-trinh-nhiem-vu', '/chuong-trinh/nhiem-vu'],
  ['chuong-trinh-tong-hop', '/chuong-trinh/tong-hop'],
  ['chuong-trinh-lich-tuan', '/chuong-trinh/lich-tuan'],
  ['dang-vien', '/dang-vien/danh-sach'],
  ['tai-khoan', '/tai-khoan'],
  ['nhat-ky', '/nhat-ky'],
  ['ca-nhan', '/ca-nhan'],
  ['cai-dat', '/cai-dat'],
];

const CLERK = { username: 'vanthu.dienthoai', password: 'mat-khau-dien-thoai-1' };
/** Forms in modals: [screenshot, page, the button that opens it]. */
const MODALS: [name: string, url: string, button: string][] = [
  ['hop-thoai-vao-so', '/van-ban/den', 'Vào sổ văn bản đến'],
  ['hop-thoai-dang-vien', '/dang-vien/danh-sach', 'Thêm đảng viên'],
  ['hop-thoai-tai-khoan', '/tai-khoan', 'Tạo tài khoản'],
];

let e: E2E;

/** A little of everything, so that the tables have rows with long Vietnamese text in them. */
async function seed(admin: Page) {
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id as number;
  await must(admin, 'PATCH', `/api/orgs/${root}`, { name: 'Đảng ủy Khối các cơ quan Thành phố Hà Nội' });
  const cell = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Chi bộ Văn phòng Đảng ủy',
      shortCode: 'CB',
      kind: 'cell',
      parentId: root,
    })
  ).id as number;
  await must(admin, 'POST', '/api/users', {
    ...CLERK,
    fullName: 'Nguyễn Thị Thu Hương',
    orgId: root,
    role: 'clerk',
    clearance: 1,
  });
  for (const [i, symbol] of ['125-CT/TU', '88-KH/TU'].entries()) {
    await must(admin, 'POST', '/api/documents', {
      direction: 'in',
      typeCode: i === 0 ? 'CT' : 'KH',
      summary:
        i === 0
          ? 'Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác giải phóng mặt bằng các dự án trọng điểm'
          : 'Kế hoạch tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2030',
      orgId: root,
      issuer: 'Văn phòng Thành ủy Hà Nội',
      symbol,
      issuedOn: '2026-10-05',
      receivedOn: '2026-10-06',
    });
  }
  await must(admin, 'POST', '/api/members', {
    fullName: 'Trần Văn Quyết Thắng',
    birthDate: '1978-04-30',
    orgId: cell,
    admittedOn: '2005-02-03',
    officialOn: '2006-02-03',
  });
  // Programmes, tasks, the week's schedule and the file plan are the clerk's.
  const clerk = await e.newPage();
  await login(clerk, e.base, CLERK.username, CLERK.password);
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const programme = await must(clerk, 'POST', '/api/programs', {
    orgId: root,
    kind: 'year',
    title: `Chương trình công tác năm ${year} của Đảng ủy Khối các cơ quan Thành phố`,
    theme: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
  });
  await must(clerk, 'POST', `/api/programs/${programme.id}/items`, {
    title: 'Nâng cao chất lượng sinh hoạt chi bộ; quản lý đảng viên sinh hoạt nơi cư trú',
  });
  for (const title of [
    'Tham mưu báo cáo sơ kết công tác xây dựng Đảng và hệ thống chính trị',
    'Rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030',
  ]) {
    await must(clerk, 'POST', '/api/tasks', { title, orgId: root, dueOn: today });
  }
  await must(clerk, 'POST', '/api/schedule', {
    orgId: root,
    date: today,
    startTime: '08:00',
    title: 'Giao ban Thường trực Đảng ủy Khối về công tác chuẩn bị Đại hội',
  });
  await must(clerk, 'POST', '/api/archive/files', {
    orgId: root,
    year,
    fileCode: '01.TH',
    title: 'Hồ sơ về công tác giải phóng mặt bằng dự án đường vành đai 4 - Vùng Thủ đô',
    retentionYears: 10,
    openedOn: `${year}-01-02`,
  });
  await clerk.context().close();
}

/** Waits for the page's data: no request in flight and no spinner left in the content. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !document.querySelector('.app-content .ant-spin-spinning, .ant-skeleton-active'),
  );
  await page.waitForTimeout(400); // antd's transitions
}

/** How wide the page is, and (to say why) the outermost elements that stick out on the right. */
function overflow(page: Page, screen: number) {
  return page.evaluate((screen) => {
    // On a mobile browser an overflowing page is zoomed out and window.innerWidth grows with it:
    // measure against the screen's width as well.
    const w = Math.min(window.innerWidth, screen);
    const culprits: string[] = [];
    const clippedByAncestor = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= w + 1)
          return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('#root *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= w + 1 || clippedByAncestor(el)) continue;
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > w + 1) continue; // report only where the overflow starts
      culprits.push(
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`,
      );
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: w,
      culprits: culprits.slice(0, 6),
    };
  }, screen);
}

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector}: not on screen`);
  return b;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** The header: its items within the screen and the header, the title clear of the buttons. */
async function checkHeader(page: Page) {
  const header = await box(page, '.app-header');
  const title = await box(page, '.app-header-brand');
  const items = {
    menu: await box(page, '[data-testid="menu-button"]'),
    bell: await box(page, '[data-testid="notifications"]'),
    user: await box(page, '[data-testid="user-menu"]'),
  };
  for (const [name, b] of Object.entries({ title, ...items })) {
    expect(b.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
    expect(b.y, `${name} within the header`).toBeGreaterThanOrEqual(header.y);
    expect(b.y + b.height, `${name} within the header`).toBeLessThanOrEqual(header.y + header.height + 0.5);
  }
  for (const [name, b] of Object.entries(items))
    expect(overlaps(title, b), `title overlaps ${name}`).toBe(false);
  expect(overlaps(items.bell, items.user), 'bell overlaps user menu').toBe(false);
  // The page's content (its title first) starts below the header.
  const content = await box(page, '.app-content');
  expect(content.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  await seed(admin);
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('on a phone (390×844)', () => {
  it('every area fits the screen, with a readable header and the menu in a drawer', async () => {
    const page = await e.newPage(PHONE);
    await login(page, e.base, 'admin', ADMIN_PASSWORD);
    expect(await page.locator('.app-sider').count()).toBe(0);

    const failures: string[] = [];
    for (const [name, url] of PAGES) {
      await page.goto(`${e.base}${url}`);
      await page.getByTestId('user-menu').waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      const o = await overflow(page, PHONE.viewport.width);
      if (o.scrollWidth > o.innerWidth + 1)
        failures.push(
          `${url}: page ${o.scrollWidth} px wide on a ${o.innerWidth} px screen — ${o.culprits.join('; ')}`,
        );
      await checkHeader(page);
      const text = (await page.locator('.app-content').textContent()) ?? '';
      expect(text.trim().length, `${url} shows something`).toBeGreaterThan(20);
    }
    expect(failures).toEqual([]);

    // Forms in modals fit the screen, their buttons within reach.
    for (const [name, url, button] of MODALS) {
      await page.goto(`${e.base}${url}`);
      await settle(page);
      await page.getByRole('button', { name: button }).click();
      const modal = page.locator('.ant-modal').last();
      await modal.waitFor();
      await page.waitForTimeout(500); // the zoom-in
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
      const b = await modal.boundingBox();
      expect(b && b.x >= 0 && b.x + b.width <= 390, `${button}: the dialog fits the screen`).toBe(true);
      const ok = modal.locator('.ant-modal-footer .ant-btn-primary');
      await ok.scrollIntoViewIfNeeded();
      const okBox = await ok.boundingBox();
      expect(okBox && okBox.x + okBox.width <= 390, `${button}: its button is on screen`).toBe(true);
      const o = await overflow(page, PHONE.viewport.width);
      expect(o.scrollWidth, `${button}: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(391);
      await page.keyboard.press('Escape');
      await modal.waitFor({ state: 'hidden' });
    }

    // The bell's list and the user menu open within the screen.
    await page.goto(`${e.base}/`);
    await page.getByTestId('notifications').click();
    await page.waitForTimeout(500); // measured while zooming in, it would look smaller than it is
    const notices = await box(page, '.ant-popover:not(.ant-popover-hidden)');
    expect(notices.x).toBeGreaterThanOrEqual(0);
    expect(notices.x + notices.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'thong-bao.png') });
    await page.getByTestId('notifications').click(); // a second tap closes it
    await page.locator('.ant-popover:not(.ant-popover-hidden)').waitFor({ state: 'hidden' });
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).waitFor();
    expect(await page.locator('.app-user-who-name').isVisible(), 'the user menu names the user').toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'nguoi-dung.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).waitFor({ state: 'hidden' });

    // The menu button opens the drawer with the areas; an area navigates and closes the drawer.
    await page.getByTestId('menu-button').click();
    const drawer = page.locator('.app-drawer');
    await drawer.getByRole('menuitem', { name: 'Tổ chức' }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SHOTS, 'ngan-keo-menu.png') });
    const panel = await box(page, '.app-drawer');
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(390);
    await drawer.getByRole('menuitem', { name: 'Tổ chức' }).click();
    await page.waitForURL(/\/to-chuc$/);
    await drawer.waitFor({ state: 'hidden' });
    await page.getByTestId('menu-button').click();
    await drawer.getByRole('menuitem', { name: /Văn bản$/ }).click();
    await page.waitForURL(/\/van-ban\/xu-ly$/);
    await drawer.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});

describe('on a desktop (1366×768)', () => {
  it('shows the Sider and no menu button', async () => {
    const page = await e.newPage({ viewport: { width: 1366, height: 768 } });
    await login(page, e.base, 'admin', ADMIN_PASSWORD);
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'desktop-trang-chu.png') });
    await expect.poll(() => page.locator('.app-sider').isVisible()).toBe(true);
    expect(await page.locator('.app-sider').getByRole('menuitem', { name: 'Lưu trữ' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByTestId('menu-button').count()).toBe(0);
    expect(await page.locator('.app-header-brand').count()).toBe(0);
    expect(await page.locator('.app-header-org').isVisible()).toBe(true);
    const o = await overflow(page, 1366);
    expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth + 1);
    await page.context().close();
  });
});
