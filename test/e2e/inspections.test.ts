// The inspection committee opens a case on a member, takes it to a conclusion with a violation and
// records the discipline decision; the member's record shows it; the member's award proposal is then
// refused with the reason named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E, wardAndCell } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-kiem-tra';
let e: E2E;
let memberId: number;
const year = new Date().getFullYear();

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const { ward, cell } = await wardAndCell(admin, 'Đảng ủy phường Hải Châu', 'Chi bộ Tổ dân phố 7');
  await must(admin, 'POST', '/api/users', {
    username: 'ubkt.haichau',
    password: PASSWORD,
    fullName: 'Hoàng Thị Lan',
    orgId: ward,
    role: 'leader',
    clearance: 2,
  });
  memberId = (
    await must(admin, 'POST', '/api/members', {
      fullName: 'Trần Văn Bình',
      birthDate: '1970-04-02',
      orgId: cell,
      admittedOn: '2001-03-02',
      officialOn: '2002-03-02',
    })
  ).id;
  for (let y = year - 4; y <= year; y++) {
    await must(admin, 'PUT', `/api/members/${memberId}/ratings`, {
      year: y,
      generalScore: 29,
      resultScore: 66,
      allTasksOnTime: true,
    });
  }
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('from a case to a refused award', () => {
  it('opens a case, concludes it, disciplines the member, who is then refused an award', async () => {
    const p = await e.newPage();
    await login(p, e.base, 'ubkt.haichau', PASSWORD);

    // The inspection committee opens a case on the member.
    await p.goto(`${e.base}/kiem-tra`);
    await p.getByRole('button', { name: 'Mở cuộc kiểm tra, giám sát' }).click();
    await p
      .getByLabel('Tên cuộc kiểm tra, giám sát')
      .fill('Kiểm tra đảng viên Trần Văn Bình khi có dấu hiệu vi phạm');
    await p.getByRole('combobox', { name: 'Đảng viên được kiểm tra' }).click();
    await p.keyboard.type('Bình');
    await p.locator('.ant-select-item-option', { hasText: 'Trần Văn Bình' }).click();
    await p.getByLabel('Số quyết định').fill('07-QĐ/UBKT');
    await p.getByRole('button', { name: 'Mở cuộc kiểm tra', exact: true }).click();
    await p
      .getByRole('heading', { name: 'Kiểm tra đảng viên Trần Văn Bình khi có dấu hiệu vi phạm' })
      .waitFor();
    await p.getByText('Mật', { exact: true }).waitFor();

    // Through the stages to a conclusion with a violation.
    await p.getByRole('button', { name: 'Bắt đầu tiến hành' }).click();
    await p.getByRole('button', { name: 'Chuyển sang kết luận' }).click();
    await p.getByLabel('Nội dung kết luận').fill('Đảng viên vi phạm quy định về kê khai tài sản, thu nhập.');
    await p.getByRole('switch', { name: 'Có vi phạm' }).click();
    await p.getByRole('button', { name: 'Ghi kết luận' }).click();

    // The discipline decision.
    await p.getByText('Quyết định kỷ luật: Trần Văn Bình').waitFor();
    await p.getByLabel('Ngày vi phạm').fill(`01/03/${year}`);
    await p.getByLabel('Ngày vi phạm').press('Tab');
    await p.getByRole('button', { name: 'Ghi quyết định kỷ luật' }).click();
    await p.getByText('Đã ghi quyết định kỷ luật vào hồ sơ đảng viên.').waitFor();

    // The member's record shows it.
    await p.goto(`${e.base}/dang-vien/${memberId}`);
    await p.getByRole('tab', { name: 'Kỷ luật' }).click();
    await p.getByText('Khiển trách', { exact: true }).waitFor();
    await p.getByText('Cấp quyết định: Đảng ủy phường Hải Châu', { exact: false }).waitFor();

    // The award proposal is refused with the reason.
    await p.goto(`${e.base}/khen-thuong`);
    await p.getByRole('combobox', { name: 'Đảng viên được đề nghị' }).click();
    await p.keyboard.type('Bình');
    await p.locator('.ant-select-item-option', { hasText: 'Trần Văn Bình' }).click();
    await p.getByRole('combobox', { name: 'Hình thức khen thưởng' }).click();
    await p.locator('.ant-select-item-option', { hasText: 'Bằng khen' }).click();
    await p.getByLabel('Năm xét').fill(String(year));
    await p.getByLabel('Thành tích').fill('Hoàn thành xuất sắc nhiệm vụ 5 năm liền');
    await p.getByRole('button', { name: 'Nộp hồ sơ đề nghị' }).click();
    await p.getByText('Không đủ tiêu chuẩn', { exact: true }).waitFor();
    const reason = p.getByText(/Bị kỷ luật khiển trách ngày/);
    await reason.waitFor();
    expect(await reason.textContent()).toContain('không được khen thưởng');

    // On a phone: the case list and the unit review fit the screen.
    const phone = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(phone, e.base, 'ubkt.haichau', PASSWORD);
    await phone.goto(`${e.base}/kiem-tra`);
    await phone.getByText('Kiểm tra đảng viên Trần Văn Bình khi có dấu hiệu vi phạm').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.getByRole('link', { name: 'Kiểm điểm, xếp loại tập thể' }).click();
    await phone.getByText('Đảng viên bị kỷ luật trong kỳ').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
