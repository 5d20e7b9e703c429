// A leader of a ward launches an emulation movement with its criteria, period and the units taking
// part, reached from the menu; then records a member's appeal against a discipline decision within its
// deadline, sees its state and settles it. Both pages fit a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, pickUnit, startE2E, wardAndCell } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-thi-dua';
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const { ward, cell } = await wardAndCell(admin, 'Đảng ủy phường Hải Châu', 'Chi bộ Tổ dân phố 7');
  await must(admin, 'POST', '/api/users', {
    username: 'vp.haichau',
    password: PASSWORD,
    fullName: 'Hoàng Thị Lan',
    orgId: ward,
    role: 'leader',
    clearance: 2,
  });
  const memberId = (
    await must(admin, 'POST', '/api/members', {
      fullName: 'Trần Văn Bình',
      birthDate: '1970-04-02',
      orgId: cell,
      admittedOn: '2001-03-02',
      officialOn: '2002-03-02',
    })
  ).id;
  await admin.context().close();
  const leader = await e.newPage();
  await login(leader, e.base, 'vp.haichau', PASSWORD);
  const today = new Date().toISOString().slice(0, 10);
  await must(leader, 'POST', '/api/discipline', {
    memberId,
    form: 'khien_trach',
    violatedOn: today,
    decidedOn: today,
    authorityOrgId: ward,
    reason: 'Vi phạm quy định về những điều đảng viên không được làm',
    decisionNo: '12-QĐ/ĐU',
  });
  await leader.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('emulation movements and appeals', () => {
  it('launches a movement, then records and settles an appeal', async () => {
    const p = await e.newPage();
    await login(p, e.base, 'vp.haichau', PASSWORD);

    // From the menu to the movements.
    await p.getByRole('menuitem', { name: 'Thi đua, khen thưởng' }).click();
    await p.getByRole('link', { name: 'Phong trào thi đua' }).click();
    await p.getByRole('heading', { name: 'Phong trào thi đua' }).waitFor();
    await p.getByRole('button', { name: 'Phát động phong trào' }).click();
    await p.getByLabel('Tên phong trào').fill('Thi đua xây dựng chi bộ trong sạch, vững mạnh');
    await p
      .getByLabel('Tiêu chí thi đua')
      .fill('Hoàn thành 100% nhiệm vụ đúng hạn\nKhông có đảng viên vi phạm');
    await pickUnit(p, p.getByLabel('Đơn vị tham gia'), 'To dan pho 7', 'Chi bộ Tổ dân phố 7');
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Phát động', exact: true }).click();
    await p.getByText('Đã phát động phong trào thi đua.').waitFor();
    const item = p.locator('.ant-list-item', { hasText: 'Thi đua xây dựng chi bộ trong sạch, vững mạnh' });
    await item.getByText('Đang diễn ra').waitFor();
    await item.getByText('Chi bộ Tổ dân phố 7', { exact: true }).waitFor();
    expect(await item.textContent()).toContain('0 hồ sơ đề nghị');

    // The appeal against the discipline decision.
    await p.getByRole('menuitem', { name: 'Kiểm tra, giám sát' }).click();
    await p.getByRole('link', { name: 'Khiếu nại kỷ luật' }).click();
    const decision = p.locator('.ant-list-item', { hasText: 'Trần Văn Bình' });
    await decision.getByText(/^Còn hạn khiếu nại đến/).waitFor();
    await decision.getByRole('button', { name: 'Ghi nhận khiếu nại' }).click();
    await decision.getByLabel('Nội dung khiếu nại').fill('Đề nghị xem xét lại hình thức kỷ luật.');
    await decision.getByRole('button', { name: 'Ghi nhận khiếu nại' }).click();
    await p.getByText('Đã ghi nhận đơn khiếu nại.').waitFor();
    await decision.getByText(/^Đã khiếu nại ngày .*, chờ giải quyết$/).waitFor();
    await decision.getByText('Khiếu nại: Đề nghị xem xét lại hình thức kỷ luật.').waitFor();
    await decision.getByRole('button', { name: 'Giải quyết khiếu nại' }).click();
    await decision.getByRole('combobox', { name: 'Kết quả giải quyết' }).click();
    await p.locator('.ant-select-item-option', { hasText: 'Giữ nguyên quyết định' }).click();
    await decision.getByRole('button', { name: 'Ghi kết quả' }).click();
    await decision.getByText('Giữ nguyên quyết định', { exact: true }).waitFor();
    expect(await decision.getByRole('button', { name: 'Giải quyết khiếu nại' }).count()).toBe(0);

    // On a phone both pages fit the screen.
    const phone = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(phone, e.base, 'vp.haichau', PASSWORD);
    for (const [path, text] of [
      ['/khen-thuong/phong-trao', 'Thi đua xây dựng chi bộ trong sạch, vững mạnh'],
      ['/kiem-tra/khieu-nai', 'Trần Văn Bình'],
    ] as const) {
      await phone.goto(`${e.base}${path}`);
      await phone.getByText(text).first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });
});
