// A member writes their year's review on a phone (390 px): the form suggested for them, a section,
// the self-scores; the chi bộ proposes a grade, and the ward's leader, one level up, decides it on the
// desktop — the decided grade is then the member's rating on their record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E, wardAndCell } from './helpers.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const MEMBER = { username: 'dangvien.kiemdiem', password: 'mat-khau-dang-vien-2' };
const LEADER = { username: 'lanhdao.phuong', password: 'mat-khau-lanh-dao-2' };
const YEAR = Number(todayVn().slice(0, 4));

let e: E2E;
let memberId: number;

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const { ward, cell } = await wardAndCell(admin, 'Đảng ủy phường Cửa Nam', 'Chi bộ Tổ dân phố số 9');
  const account = await must(admin, 'POST', '/api/users', {
    ...MEMBER,
    fullName: 'Lương Thị Hạnh',
    orgId: cell,
    role: 'member',
    clearance: 0,
  });
  await must(admin, 'POST', '/api/users', {
    ...LEADER,
    fullName: 'Đỗ Văn Quang',
    orgId: ward,
    role: 'leader',
    clearance: 1,
  });
  memberId = (
    await must(admin, 'POST', '/api/members', {
      userId: account.id,
      fullName: 'Lương Thị Hạnh',
      birthDate: '1980-04-02',
      gender: 'Nữ',
      orgId: cell,
      admittedOn: '2005-05-19',
      officialOn: '2006-05-19',
    })
  ).id as number;
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('a member’s review', () => {
  it('is written on the phone, proposed by the chi bộ and decided one level up', async () => {
    const phone = await e.newPage(PHONE);
    await login(phone, e.base, MEMBER.username, MEMBER.password);
    await phone.goto(`${e.base}/dang-vien/${memberId}`);
    await phone.getByTestId('member-review-link').click();
    await phone.getByRole('heading', { name: 'Bản kiểm điểm cá nhân' }).waitFor();
    await phone.getByText(`kiểm điểm năm ${YEAR}`).waitFor();
    await phone.getByText('Tiêu chí tính tự động').waitFor();
    await phone
      .getByLabel('Kết quả thực hiện chức trách, nhiệm vụ được giao')
      .fill('Hoàn thành các việc chi bộ giao.');
    await phone.getByLabel('Điểm tiêu chí chung').fill('27');
    await phone.getByLabel('Điểm kết quả').fill('55');
    await phone.getByRole('button', { name: 'Lưu bản kiểm điểm' }).click();
    await phone.getByText('Đã lưu bản kiểm điểm.').waitFor();
    await phone.getByText('Hoàn thành tốt nhiệm vụ (82 điểm)').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A member neither proposes nor decides.
    expect(await phone.getByRole('button', { name: 'Ghi đề xuất' }).count()).toBe(0);

    const desk = await e.newPage();
    await login(desk, e.base, LEADER.username, LEADER.password);
    await must(desk, 'POST', `/api/reviews/members/${memberId}/proposal`, {
      year: YEAR,
      grade: 'tot',
      decidedOn: todayVn(),
    });
    await desk.goto(`${e.base}/dang-vien/${memberId}/kiem-diem`);
    await desk.getByText('Hoàn thành các việc chi bộ giao.').waitFor();
    await desk.getByRole('combobox', { name: 'Cấp trên quyết định', exact: true }).click();
    await desk.locator('.ant-select-item-option', { hasText: 'Hoàn thành tốt nhiệm vụ' }).last().click();
    await desk.getByRole('button', { name: 'Ghi quyết định' }).click();
    await desk
      .getByTestId('review-decided')
      .getByText(/Hoàn thành tốt nhiệm vụ, Đảng ủy phường Cửa Nam/)
      .waitFor();

    await phone.goto(`${e.base}/dang-vien/${memberId}`);
    const ratings = await must(phone, 'GET', `/api/members/${memberId}/ratings`);
    expect(ratings.items[0]).toMatchObject({
      year: YEAR,
      finalCategory: 'tot',
      committeeOrgName: 'Đảng ủy phường Cửa Nam',
    });
  });
});
