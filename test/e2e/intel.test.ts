import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiAs, type E2E, login, must, startE2E } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-tinh-hinh';
const SUMMARY =
  'Khoảng 40 hộ dân tập trung tại trụ sở phường phản đối phương án bồi thường dự án đường ven sông';
const ISSUE = 'Khiếu kiện đông người về bồi thường dự án đường ven sông';
let e: E2E;
let ward: number;

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  await must(admin, 'PATCH', `/api/orgs/${root}`, { name: 'Thành ủy Đà Nẵng' });
  ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Hải Châu',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
    })
  ).id;
  const user = (username: string, fullName: string, orgId: number, role: string) =>
    must(admin, 'POST', '/api/users', { username, password: PASSWORD, fullName, orgId, role, clearance: 1 });
  await user('vanthu.haichau', 'Lê Văn Minh', ward, 'clerk');
  await user('vanthu.thanhuy', 'Nguyễn Thị Hoa', root, 'clerk');
  await user('lanhdao.thanhuy', 'Trần Văn Quang', root, 'leader');
  await admin.context().close();
});
afterAll(async () => {
  await e?.close();
});

describe('a ward’s quick report becomes a hot issue that a leader directs', () => {
  it('sent from a phone, filed by the city’s clerk, directed by the leader: a task appears', async () => {
    // The ward's clerk, on a phone, sends a quick report.
    const phone = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(phone, e.base, 'vanthu.haichau', PASSWORD);
    await phone.goto(`${e.base}/tinh-hinh/gui-bao-cao`);
    await phone.getByRole('combobox', { name: 'Lĩnh vực' }).click();
    await phone.locator('.ant-select-item-option', { hasText: 'Đất đai, giải phóng mặt bằng' }).click();
    await phone.getByRole('combobox', { name: 'Mức độ' }).click();
    await phone.locator('.ant-select-item-option', { hasText: '3 — Nghiêm trọng' }).click();
    await phone.getByLabel('Nội dung').fill(SUMMARY);
    await phone.getByLabel('Số người liên quan').fill('40');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await phone.getByRole('heading', { name: 'Báo cáo nhanh của Đảng ủy phường Hải Châu' }).waitFor();
    await phone.getByText(SUMMARY).waitFor();

    // The city's leader is notified at once.
    const leader = await e.newPage();
    await login(leader, e.base, 'lanhdao.thanhuy', PASSWORD);
    const notes = await must(leader, 'GET', '/api/notifications');
    expect(JSON.stringify(notes)).toContain('Báo cáo nhanh của Đảng ủy phường Hải Châu');

    // The city's clerk sees it among the reports and files it under a new hot issue.
    const clerk = await e.newPage();
    await login(clerk, e.base, 'vanthu.thanhuy', PASSWORD);
    await clerk.goto(`${e.base}/tinh-hinh?tab=reports`);
    await clerk.getByRole('link', { name: 'Báo cáo nhanh — Đảng ủy phường Hải Châu' }).click();
    await clerk.getByText(SUMMARY).waitFor();
    await clerk.getByRole('button', { name: 'Đưa vào theo dõi' }).click();
    const dialog = clerk.getByRole('dialog');
    await dialog.getByLabel('Tên vụ việc, điểm nóng').fill(ISSUE);
    await dialog.getByRole('button', { name: 'Đưa vào theo dõi' }).click();
    await clerk.getByRole('heading', { name: ISSUE }).waitFor();
    await expect(clerk.getByTestId('issue-status').textContent()).resolves.toBe('Mới phát hiện');
    await clerk.getByRole('button', { name: 'Đã báo cáo Ban Thường vụ' }).click();
    await clerk.getByTestId('issue-status').getByText('Đã báo cáo Ban Thường vụ').waitFor();
    const issueId = Number(/\/tinh-hinh\/vu-viec\/(\d+)/.exec(clerk.url())?.[1]);
    expect(issueId).toBeGreaterThan(0);
    // The clerk cannot direct.
    expect(await clerk.getByRole('button', { name: 'Chỉ đạo và giao nhiệm vụ' }).count()).toBe(0);

    // The leader opens the issue from the register and directs the ward to handle it.
    await leader.goto(`${e.base}/tinh-hinh?tab=issues`);
    await leader.getByRole('link', { name: ISSUE }).click();
    await leader
      .getByLabel('Nội dung chỉ đạo')
      .fill('Đảng ủy phường chủ trì đối thoại với các hộ dân, báo cáo kết quả.');
    await leader.getByRole('button', { name: 'Chỉ đạo và giao nhiệm vụ' }).click();
    await leader.getByTestId('issue-status').getByText('Đã có chỉ đạo').waitFor();
    await leader.getByRole('link', { name: `Nhiệm vụ: Chỉ đạo xử lý: ${ISSUE}` }).waitFor();

    const issue = await must(leader, 'GET', `/api/intel/issues/${issueId}`);
    const taskId = issue.links.find((l: { kind: string }) => l.kind === 'task').id;
    const task = await must(leader, 'GET', `/api/tasks/${taskId}`);
    expect(task.source).toMatchObject({ kind: 'intel_issue', id: issueId });
    expect(task.orgId).toBe(ward);
    // The ward sees its new task.
    const wardTask = await apiAs(phone, 'GET', `/api/tasks/${taskId}`);
    expect(wardTask.status).toBe(200);
  });
});
