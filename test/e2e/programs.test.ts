import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-1';
let e: E2E;
let ward: number;

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  await must(admin, 'PATCH', `/api/orgs/${root}`, { name: 'Thành ủy Hà Nội' });
  ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Ô Chợ Dừa',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
    })
  ).id;
  const user = (username: string, fullName: string, orgId: number, role: string) =>
    must(admin, 'POST', '/api/users', { username, password: PASSWORD, fullName, orgId, role, clearance: 1 });
  await user('bithu', 'Nguyễn Văn Hùng', root, 'leader');
  await user('chuyenvien', 'Trần Thị Lan', root, 'specialist');
  await user('chuyenvien.ocd', 'Phạm Thu Hà', ward, 'specialist');
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('cascading a programme', () => {
  it('the city issues, the ward concretises, the city sees the copy score fall', async () => {
    // The city's specialist drafts the programme in the browser.
    const cv = await e.newPage();
    await login(cv, e.base, 'chuyenvien', PASSWORD);
    await cv.goto(`${e.base}/chuong-trinh`);
    await cv.getByTestId('program-create').click();
    await cv.getByLabel('Tên chương trình').fill('Chương trình công tác năm 2026 của Thành ủy Hà Nội');
    await cv.getByLabel('Chủ đề').fill('Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển');
    const range = cv.locator('.ant-picker-range input');
    await range.first().click();
    await range.first().fill('01/01/2026');
    await range.first().press('Enter');
    await range.nth(1).fill('31/12/2026');
    await cv.getByTestId('modal-submit').click();
    await cv
      .getByTestId('program-title')
      .getByText('Chương trình công tác năm 2026 của Thành ủy Hà Nội')
      .waitFor();
    const programId = Number(/\/chuong-trinh\/(\d+)/.exec(cv.url())?.[1]);
    expect(programId).toBeGreaterThan(0);
    for (const title of [
      'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của Thành phố năm 2026',
      'Nâng cao chất lượng sinh hoạt chi bộ; quản lý đảng viên sinh hoạt nơi cư trú',
    ]) {
      await cv.getByTestId('item-add').click();
      await cv.getByTestId('new-item-title').fill(title);
      await cv.getByTestId('modal-submit').click();
      await cv.getByText(title).first().waitFor();
    }
    await must(cv, 'POST', `/api/programs/${programId}/items`, {
      title: 'Đẩy mạnh cải cách hành chính, chuyển đổi số trong các cơ quan Đảng',
    });

    // The city's leader approves: the programme is issued to the ward.
    const leader = await e.newPage();
    await login(leader, e.base, 'bithu', PASSWORD);
    await leader.goto(`${e.base}/chuong-trinh/${programId}`);
    await leader.getByTestId('program-approve').click();
    await leader.getByRole('button', { name: 'Phê duyệt', exact: true }).last().click();
    await leader.getByTestId('program-status').getByText('Đã phê duyệt').waitFor();

    // The ward cascades it from its list: everything copied, 100 % at first.
    const wcv = await e.newPage();
    await login(wcv, e.base, 'chuyenvien.ocd', PASSWORD);
    await wcv.goto(`${e.base}/chuong-trinh`);
    await wcv.getByTestId(`cascade-${programId}`).click();
    await wcv.getByTestId('program-title').getByText('Đảng ủy phường Ô Chợ Dừa').waitFor();
    await expect.poll(() => wcv.getByTestId('copy-score-value').textContent()).toBe('100%');

    // It rewrites the first item for its own situation; the score moves while it types.
    await wcv.getByTestId('item-edit-1').click();
    const input = wcv.getByTestId('item-title-input');
    await input.fill(
      'Lãnh đạo hoàn thành giải phóng mặt bằng dự án đường Vành đai 1 đoạn qua phường; thu ngân sách trên địa bàn đạt 350 tỷ đồng, tăng 8% so với năm 2025',
    );
    await expect.poll(() => wcv.getByTestId('copy-score-value').textContent()).toBe('67%');
    await wcv.getByTestId('item-save').click();
    await wcv.getByText('Đã cụ thể hóa').first().waitFor();
    const check = await must(
      wcv,
      'GET',
      `/api/programs/${Number(/\/chuong-trinh\/(\d+)/.exec(wcv.url())?.[1])}/copy-check`,
    );
    expect(check.copyScore).toBeCloseTo(2 / 3, 3);

    // The city sees the ward's score in the table of lower programmes.
    await leader.reload();
    await leader.getByRole('tab', { name: 'Cấp dưới cụ thể hóa' }).click();
    await leader.getByTestId(`cascade-score-${ward}`).getByText('67%').waitFor();
  });
});
