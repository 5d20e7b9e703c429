// SCRATCH (deleted after use): screenshots of the documents pages.
import path from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { ADMIN_PASSWORD, apiAs, type E2E, login, startE2E } from './helpers.ts';

const OUT = '/tmp/docshots';
let e: E2E;
const logs: string[] = [];
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  console.log(logs.join('\n'));
  await e?.close();
});

it('shots', async () => {
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await apiAs(admin, 'GET', '/api/orgs/tree')).body[0].id as number;
  const board = (await apiAs(admin, 'POST', '/api/orgs', { name: 'Ban Tổ chức Thành ủy', shortCode: 'BTCTU', kind: 'board', parentId: root })).body.id;
  const ward = (await apiAs(admin, 'POST', '/api/orgs', { name: 'Đảng ủy phường Ba Đình', shortCode: 'ĐU', kind: 'direct_committee', parentId: root })).body.id;
  await apiAs(admin, 'POST', '/api/users', { username: 'vanthu', password: 'mat-khau-van-thu', fullName: 'Trần Thị Thu', orgId: root, role: 'clerk', clearance: 3 });
  await apiAs(admin, 'POST', '/api/users', { username: 'bithu', password: 'mat-khau-bi-thu', fullName: 'Nguyễn Văn Bình', orgId: root, role: 'leader', clearance: 3 });
  await apiAs(admin, 'POST', '/api/users', { username: 'cv', password: 'mat-khau-chuyen-vien', fullName: 'Lê Văn Chuyên', orgId: board, role: 'specialist', clearance: 1 });

  const clerk = await e.newPage();
  clerk.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(`clerk ${m.type()}: ${m.text()}`); });
  await login(clerk, e.base, 'vanthu', 'mat-khau-van-thu');
  const mk = async (body: object) => {
    const r = await apiAs(clerk, 'POST', '/api/documents', body);
    if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    return r.body.id as number;
  };
  const d1 = await mk({ direction: 'in', typeCode: 'CT', summary: 'Chỉ thị về tăng cường công tác giải phóng mặt bằng các dự án trọng điểm trên địa bàn thành phố', orgId: root, secrecy: 0, urgency: 1, issuer: 'Thành ủy Hà Nội', symbol: '34-CT/TU', issuedOn: '2026-11-10', receivedOn: '2026-11-12', deadline: '2026-11-20', pages: 3 });
  await mk({ direction: 'in', typeCode: 'CV', summary: 'Công văn về việc báo cáo kết quả thực hiện nhiệm vụ năm 2026', orgId: root, secrecy: 1, urgency: 0, issuer: 'Văn phòng Trung ương Đảng', symbol: '1234-CV/VPTW', issuedOn: '2026-11-18', deadline: '2026-12-15' });
  await mk({ direction: 'in', typeCode: 'KH', summary: 'Kế hoạch tổ chức hội nghị tổng kết công tác xây dựng Đảng', orgId: root, secrecy: 0, urgency: 3, issuer: 'Ban Tổ chức Trung ương', symbol: '56-KH/BTCTW', issuedOn: '2026-11-20' });
  const o1 = await mk({ direction: 'out', typeCode: 'CT', summary: 'về tăng cường công tác phòng, chống tham nhũng, tiêu cực', content: 'Ban Thường vụ Thành ủy yêu cầu:\n1. Các cấp ủy tập trung lãnh đạo.\n2. Báo cáo kết quả trước ngày 31/12.', orgId: root, secrecy: 0, urgency: 0, place: 'Hà Nội', signAuthority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ' });
  const o2 = await mk({ direction: 'out', typeCode: 'BC', summary: 'Báo cáo sơ kết 6 tháng đầu năm', orgId: root, secrecy: 0, urgency: 0 });
  const o3 = await mk({ direction: 'out', typeCode: 'TB', summary: 'Thông báo kết luận của Thường trực Thành ủy', orgId: root, secrecy: 0, urgency: 1 });
  await apiAs(clerk, 'POST', `/api/documents/${o3}/recipients`, { orgIds: [ward, board], external: ['Lưu Văn phòng'] });
  await apiAs(clerk, 'POST', `/api/documents/${o3}/issue`, {});
  const users = (await apiAs(clerk, 'GET', '/api/users?role=leader')).body.items;
  await apiAs(clerk, 'POST', `/api/documents/${o2}/submit`, { signerId: users[0].id, note: 'Kính trình đồng chí xem xét' });

  const shot = async (p: typeof clerk, name: string, full = true) => {
    await p.waitForTimeout(700);
    await p.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: full });
  };
  await clerk.goto(`${e.base}/van-ban`);
  await clerk.getByTestId('inbox-unit').waitFor();
  await shot(clerk, '01-inbox-clerk');
  await clerk.getByTestId('doc-nav-den').click();
  await shot(clerk, '02-incoming');
  await clerk.getByTestId('doc-register').click();
  await shot(clerk, '03-register-modal', false);
  const dialog = clerk.getByRole('dialog');
  await dialog.getByLabel('Cơ quan ban hành').fill('Thành ủy Hà Nội');
  await dialog.getByLabel('Số ký hiệu').fill('34-CT/TU');
  await dialog.getByLabel('Loại văn bản').click();
  await clerk.locator('.ant-select-item-option', { hasText: 'Chỉ thị (CT)' }).click();
  await dialog.getByLabel('Ngày văn bản').fill('10/11/2026');
  await dialog.getByLabel('Ngày văn bản').press('Tab');
  await dialog.getByLabel('Trích yếu').fill('Chỉ thị về giải phóng mặt bằng');
  await dialog.locator('input[type=file]').setInputFiles(path.resolve('test/fixtures/scan-chi-thi.png'));
  await clerk.getByTestId('modal-submit').click();
  await clerk.getByTestId('duplicate-warning').waitFor();
  await shot(clerk, '04-duplicate', false);
  await clerk.getByTestId('register-anyway').click();
  await clerk.waitForURL(/\/van-ban\/\d+$/);
  await shot(clerk, '05-doc-scan-uploaded');
  await clerk.waitForTimeout(6000);
  await shot(clerk, '05b-doc-scan-after-ocr');

  await clerk.goto(`${e.base}/van-ban/${d1}`);
  await clerk.getByTestId('doc-title').waitFor();
  await clerk.locator('input[type=file]').setInputFiles(path.resolve('test/fixtures/chi-thi-giai-phong-mat-bang.pdf'));
  await clerk.getByTestId('doc-file').waitFor();
  await shot(clerk, '06-doc-in-pdf');


  await clerk.getByTestId('doc-nav-di').click();
  await shot(clerk, '07-outgoing');
  await clerk.getByTestId('doc-draft').click();
  await shot(clerk, '08-draft-modal', false);
  await clerk.keyboard.press('Escape');
  await clerk.goto(`${e.base}/van-ban/${o1}`);
  await clerk.getByTestId('doc-title').waitFor();
  await shot(clerk, '09-out-draft');
  await clerk.getByTestId('doc-recipients').click();
  await shot(clerk, '10-recipients-modal', false);
  await clerk.keyboard.press('Escape');
  await clerk.getByTestId('doc-submit').click();
  await shot(clerk, '11-submit-modal', false);
  await clerk.keyboard.press('Escape');
  await clerk.goto(`${e.base}/van-ban/${o3}`);
  await clerk.getByTestId('doc-title').waitFor();
  await shot(clerk, '12-out-issued');
  await clerk.getByTestId('doc-nav-tim-kiem').click();
  await shot(clerk, '13-search-empty');
  await clerk.getByTestId('doc-search').fill('giai phong mat bang');
  await clerk.waitForTimeout(1500);
  await shot(clerk, '14-search-gpmb');
  await clerk.getByTestId('doc-search').fill('ne tranh');
  await clerk.waitForTimeout(1500);
  await shot(clerk, '15-search-file');
  await clerk.getByTestId('doc-search').fill('khong co gi ca xyz');
  await clerk.waitForTimeout(1500);
  await shot(clerk, '16-search-none');
  await clerk.goto(`${e.base}/van-ban/den`);
  await clerk.getByTestId('export-in').click();
  await shot(clerk, '17-export', false);

  const leader = await e.newPage();
  leader.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(`leader ${m.type()}: ${m.text()}`); });
  await login(leader, e.base, 'bithu', 'mat-khau-bi-thu');
  await leader.goto(`${e.base}/van-ban/xu-ly`);
  await leader.getByTestId('inbox-unit').waitFor();
  await shot(leader, '20-inbox-leader');
  await leader.goto(`${e.base}/van-ban/${d1}`);
  await leader.getByTestId('doc-direct').click();
  await shot(leader, '21-direction-modal', false);
  const direct = leader.getByRole('dialog');
  await direct.getByLabel('Nội dung chỉ đạo').fill('Giao Ban Tổ chức chủ trì, Đảng ủy phường Ba Đình phối hợp; báo cáo trước hạn.');
  await direct.getByLabel('Đơn vị chủ trì').click();
  await leader.keyboard.type('Ban To chuc');
  await leader.locator('.ant-select-tree-node-content-wrapper', { hasText: 'Ban Tổ chức Thành ủy' }).click();
  await direct.getByLabel('Đơn vị phối hợp').click();
  await leader.keyboard.type('Ba Dinh');
  await leader.locator('.ant-select-tree-node-content-wrapper', { hasText: 'Đảng ủy phường Ba Đình' }).last().click();
  await leader.keyboard.press('Escape');
  await direct.getByLabel('Hạn xử lý').fill('31/12/2026');
  await direct.getByLabel('Hạn xử lý').press('Tab');
  await leader.getByTestId('modal-submit').click();
  await leader.getByTestId('doc-direction').waitFor();
  await shot(leader, '22-doc-directed');
  await leader.getByTestId('handling-done').click();
  await leader.waitForTimeout(800);
  await shot(leader, '23-doc-handling');
  await leader.goto(`${e.base}/van-ban/${o2}`);
  await leader.getByTestId('doc-title').waitFor();
  await shot(leader, '24-out-submitted-leader');
  await leader.getByTestId('doc-return').click();
  await shot(leader, '25-return-modal', false);

  const cv = await e.newPage();
  cv.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(`cv ${m.type()}: ${m.text()}`); });
  await login(cv, e.base, 'cv', 'mat-khau-chuyen-vien');
  await cv.goto(`${e.base}/van-ban/xu-ly`);
  await cv.getByTestId('inbox-unit').waitFor();
  await shot(cv, '30-inbox-specialist');
  await cv.goto(`${e.base}/van-ban/${d1}`);
  await cv.getByTestId('doc-title').waitFor();
  await shot(cv, '31-doc-specialist');
  await cv.goto(`${e.base}/van-ban/999999`);
  await shot(cv, '32-doc-404');
  console.log(logs.join('\n'));
});
