// Browser journey of a chi bộ meeting, on a desk and on a phone (390×844, touch): the secretary plans
// the meeting in the form, is warned that no document was posted a day before, posts one and
// notifies; takes the register (present, absent with a reason, exempt); records a vote and sees its
// base (full members minus the exempt) and that it passed; writes the minutes; drafts the resolution
// with a task, issues it and sees its number in the chi bộ's sequence and the task in the tracker.
// On the phone no page of the journey is wider than the screen.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

const PASSWORD = 'mat-khau-sinh-hoat-1';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PDF = path.resolve('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const TODAY = todayVn();
const TODAY_VI = TODAY.split('-').reverse().join('/');

let e: E2E;
interface Cell {
  id: number;
  secretary: string;
  members: Record<'an' | 'binh' | 'cuong' | 'dung', number>;
}
const cells: Record<'desk' | 'phone', Cell> = {} as never;

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  const ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Ô Chợ Dừa',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
    })
  ).id;
  for (const [which, name, user] of [
    ['desk', 'Chi bộ Khu dân cư số 1', 'bithu.kdc1'],
    ['phone', 'Chi bộ Khu dân cư số 2', 'bithu.kdc2'],
  ] as const) {
    const id = (
      await must(admin, 'POST', '/api/orgs', { name, shortCode: 'CB', kind: 'cell', parentId: ward })
    ).id;
    await must(admin, 'POST', '/api/users', {
      username: user,
      password: PASSWORD,
      fullName: 'Hoàng Thị Thu',
      orgId: id,
      role: 'clerk',
      clearance: 1,
    });
    const member = async (fullName: string) =>
      (
        await must(admin, 'POST', '/api/members', {
          fullName,
          birthDate: '1970-03-02',
          admittedOn: '2000-05-19',
          officialOn: '2001-05-19',
          orgId: id,
        })
      ).id as number;
    cells[which] = {
      id,
      secretary: user,
      members: {
        an: await member('Trần Văn An'),
        binh: await member('Lê Thị Bình'),
        cuong: await member('Nguyễn Văn Cường'),
        dung: await member('Phạm Thị Dung'),
      },
    };
  }
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

/** The page's width against the screen's (an overflowing mobile page zooms out: both are measured). */
async function fits(page: Page, screen: number) {
  const o = await page.evaluate(
    (screen) => ({
      scroll: document.documentElement.scrollWidth,
      inner: Math.min(window.innerWidth, screen),
    }),
    screen,
  );
  expect(o.scroll, `${page.url()} is ${o.scroll} px wide`).toBeLessThanOrEqual(o.inner + 1);
}

/** Presses the OK button of the open Popconfirm once it has finished opening. */
async function confirm(page: Page, ok: string) {
  const button = page.locator('.ant-popover:visible').getByRole('button', { name: ok, exact: true });
  await button.waitFor();
  await page.waitForTimeout(300);
  await button.click();
}

/** Picks a person in a searchable Select: types the name, takes the first match, checks it shows. */
async function pickOption(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  const select = input.locator(
    'xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  for (let attempt = 1; ; attempt++) {
    await input.click();
    await input.fill(option);
    await page.keyboard.press('Enter');
    try {
      await select.getByText(option).waitFor({ timeout: 3000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      await page.keyboard.press('Escape');
    }
  }
}

async function journey(page: Page, cell: Cell, screen: number | null) {
  const check = async () => {
    if (screen) await fits(page, screen);
  };
  await login(page, e.base, cell.secretary, PASSWORD);
  await page.goto(`${e.base}/sinh-hoat`);
  await page.getByTestId('meeting-create').click();
  await check();

  // The plan: kind, title, day and hours, place, chair and secretary (by given name).
  const title = `Sinh hoạt chi bộ thường kỳ ngày ${TODAY_VI}`;
  await page.getByLabel('Tên cuộc sinh hoạt').fill(title);
  // A typed day is taken when the field loses focus (Enter would submit the whole form).
  await page.getByLabel('Ngày họp').fill(TODAY_VI);
  await page.getByLabel('Địa điểm').click();
  await page.getByLabel('Giờ bắt đầu', { exact: true }).fill('07:30');
  await page.getByLabel('Giờ kết thúc', { exact: true }).fill('09:30');
  await page.getByLabel('Địa điểm').fill('Nhà văn hóa khu dân cư số 1');
  await pickOption(page, 'Người chủ trì', 'Trần Văn An');
  await pickOption(page, 'Thư ký', 'Lê Thị Bình');
  await page.getByLabel('Nội dung sinh hoạt').fill('Đánh giá kết quả tháng trước\nNhiệm vụ tháng này');
  await page.getByTestId('modal-submit').click();
  await page.getByTestId('meeting-title').getByText(title).waitFor();
  const id = Number(/\/sinh-hoat\/(\d+)/.exec(page.url())?.[1]);
  expect(id).toBeGreaterThan(0);
  await page.getByText('Trần Văn An').first().waitFor();
  await check();

  // No document a day before: warned. A material is posted, then the members are notified.
  await page.getByTestId('warning-documents_missing').waitFor();
  await page.locator('input[type=file]').setInputFiles(PDF);
  await page.getByTestId('meeting-files').getByText('chi-thi-giai-phong-mat-bang.pdf').waitFor();
  // Posted on the meeting's own day: still late.
  await page.getByTestId('warning-documents_late').waitFor();
  expect(await page.getByTestId('warning-documents_missing').count()).toBe(0);
  await page.getByTestId('meeting-notify').click();
  await confirm(page, 'Gửi');
  await page.getByTestId('meeting-status').getByText('Đã thông báo').waitFor();
  await check();

  // The register: two present, one absent with a reason, one exempt from meetings.
  await page.getByTestId('section-attendance').click();
  const m = cell.members;
  await page.getByTestId(`att-${m.an}-present`).click();
  await page.getByTestId(`att-${m.binh}-present`).click();
  await page.getByTestId(`att-${m.cuong}-absent_excused`).click();
  await page.getByLabel('Lý do vắng của Nguyễn Văn Cường').fill('Đi công tác');
  await page.getByTestId(`att-${m.dung}-exempt`).click();
  await check();
  await page.getByTestId('att-save').click();
  // Two present of the three expected (the exempt member is not expected): 67 %.
  await page.getByTestId('attendance-counts').getByText('67%').waitFor();
  await page.getByTestId('attendance-counts').getByText('/ 3').waitFor();
  const names = await page.locator('.mt-att-name').allTextContents();
  expect(names).toEqual(['Trần Văn An', 'Lê Thị Bình', 'Nguyễn Văn Cường', 'Phạm Thị Dung']);

  // A vote: 2 for out of a base of 3 (4 full members, 1 exempt) passes.
  await page.getByTestId('section-votes').click();
  await page.getByLabel('Nội dung biểu quyết').fill('Thông qua nghị quyết chi bộ tháng này');
  await page.getByLabel('Tán thành', { exact: true }).fill('2');
  await page.getByTestId('vote-submit').click();
  await page
    .getByTestId('vote-base')
    .getByText('Cơ sở tính: 3 (4 đảng viên chính thức, trừ 1 miễn sinh hoạt)')
    .waitFor();
  await page.getByTestId('vote-passed').getByText('Thông qua', { exact: true }).waitFor();
  await check();

  // The minutes.
  await page.getByTestId('section-minutes').click();
  await page.getByLabel('Ý kiến thảo luận').fill('Các đồng chí thống nhất với dự thảo nghị quyết.');
  await page.getByTestId('minutes-save').click();
  await page.getByTestId('meeting-status').getByText('Đã họp, có biên bản').waitFor();
  await check();

  // The resolution with one task, issued: its number and the task in the tracker.
  await page.getByTestId('section-resolution').click();
  await page.getByLabel('Kết quả thực hiện nhiệm vụ tháng trước').fill('Hoàn thành 5/6 nhiệm vụ đề ra.');
  await page.getByTestId('task-add').click();
  await page.getByLabel('Nhiệm vụ 1', { exact: true }).fill('Vận động nhân dân giữ gìn vệ sinh môi trường');
  await pickOption(page, 'Người thực hiện 1', 'Trần Văn An');
  const due = '28/12/2026';
  await page.getByLabel('Thời hạn 1').fill(due);
  await page.getByLabel('Kết quả thực hiện nhiệm vụ tháng trước').click();
  await check();
  await page.getByTestId('resolution-save').click();
  await page.getByText('Đã lưu dự thảo nghị quyết.').waitFor();
  await page.getByTestId('resolution-issue').click();
  await confirm(page, 'Ban hành');
  const symbol = page.getByTestId('resolution-symbol');
  await symbol.waitFor();
  expect(await symbol.textContent()).toMatch(/NQ/);
  await page
    .getByTestId('resolution-tasks')
    .getByText('Vận động nhân dân giữ gìn vệ sinh môi trường')
    .waitFor();
  await page.getByTestId('meeting-status').getByText('Đã ban hành nghị quyết').waitFor();
  await check();

  // The quality score: 5 points on each of the seven criteria of the sheet in force.
  await page.getByTestId('section-quality').click();
  const inputs = page.locator('.mt-quality input');
  expect(await inputs.count()).toBe(7);
  for (let i = 0; i < 7; i++) await inputs.nth(i).fill('5');
  await page.getByTestId('quality-save').click();
  await page.getByTestId('quality-total').getByText('35').waitFor();
  await check();

  const detail = await must(page, 'GET', `/api/meetings/${id}`);
  expect(detail.resolution.tasks[0].taskId).toBeGreaterThan(0);
  expect(detail.resolution.tasks[0].ownerMemberId).toBe(m.an);
  expect(detail.resolution.tasks[0].dueOn).toBe('2026-12-28');
  expect(detail.attendance.counts).toMatchObject({ present: 2, absentExcused: 1, exempt: 1 });

  // Back on the list: the meeting, issued.
  await page.goto(`${e.base}/sinh-hoat`);
  await page.getByTestId(`meeting-card-${id}`).getByText('Đã ban hành nghị quyết').waitFor();
  await check();
}

describe('a chi bộ meeting in the browser', () => {
  it('the secretary plans and holds it, takes the register, records a vote and issues the resolution (desktop)', async () => {
    const page = await e.newPage();
    await journey(page, cells.desk, null);
    await page.context().close();
  });

  it('the same on a phone, nothing wider than the screen', async () => {
    const page = await e.newPage(PHONE);
    await journey(page, cells.phone, PHONE.viewport.width).catch(async (err) => {
      await page.screenshot({ path: path.join(tmpdir(), 'vanphong-meetings-phone.png'), fullPage: true });
      throw err;
    });
    await page.context().close();
  });
});

describe('the rules and the secretary’s other pages', () => {
  it('an administrator adds a version of a rule with its source; the overview and the absences fit a phone', async () => {
    const admin = await e.newPage();
    await login(admin, e.base, 'admin', ADMIN_PASSWORD);
    await admin.goto(`${e.base}/quy-dinh`);
    const card = admin.getByTestId('rule-meetings.documents_lead_days');
    await card.waitFor();
    await admin.getByTestId('rule-add-meetings.documents_lead_days').click();
    await admin.getByLabel('Số ngày trước giờ họp').fill('2');
    await admin.getByLabel('Căn cứ (văn bản, điều khoản)').fill('Hướng dẫn của Đảng ủy phường số 05-HD/ĐU');
    await admin.getByLabel('Có hiệu lực từ ngày').fill('01/01/2030');
    await admin.getByLabel('Ghi chú').click();
    await admin.getByTestId('modal-submit').click();
    await admin.getByText('Đã thêm phiên bản quy định.').waitFor();
    await card.getByText(/Các phiên bản \(2\)/).click();
    await card.getByText('Từ 01/01/2030').waitFor();
    const rules = await must(admin, 'GET', '/api/rules');
    const lead = rules.items.find((r: { key: string }) => r.key === 'meetings.documents_lead_days');
    expect(lead.versions[0]).toMatchObject({ value: 2, effectiveFrom: '2030-01-01' });
    await admin.context().close();

    const phone = await e.newPage(PHONE);
    await login(phone, e.base, cells.phone.secretary, PASSWORD);
    for (const url of ['/sinh-hoat/tong-hop', '/sinh-hoat/vang-mat']) {
      await phone.goto(`${e.base}${url}`);
      await phone.locator('.ant-alert, .ant-empty, .mt-card').first().waitFor();
      await fits(phone, PHONE.viewport.width);
    }
    await phone
      .getByTestId('absence-rule')
      .getByText(/Căn cứ/)
      .waitFor();
    await phone.context().close();
  });
});
