import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type E2E, login, must, startE2E } from './helpers.ts';

const PASSWORD = 'mat-khau-hanh-trinh-lien-thong';
const SUMMARY = 'về việc triển khai liên thông văn bản điện tử trên mạng thông tin diện rộng của Đảng';
let e: E2E;
let docId: number;
let symbol: string;
const dir = mkdtempSync(path.join(tmpdir(), 'vanphong-e2e-edxml-'));

beforeAll(async () => {
  e = await startE2E();
  const admin = await e.newPage();
  await login(admin, e.base, 'admin', ADMIN_PASSWORD);
  const root = (await must(admin, 'GET', '/api/orgs/tree'))[0].id;
  await must(admin, 'PUT', `/api/exchange/units/${root}/code`, { code: '000.00.00.H01' });
  const ward = (
    await must(admin, 'POST', '/api/orgs', {
      name: 'Đảng ủy phường Hoàn Kiếm',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: root,
    })
  ).id;
  const user = (username: string, fullName: string, orgId: number) =>
    must(admin, 'POST', '/api/users', {
      username,
      password: PASSWORD,
      fullName,
      orgId,
      role: 'clerk',
      clearance: 0,
    });
  await user('vanthu.thanhuy', 'Nguyễn Thị Hoa', root);
  await user('vanthu.hoankiem', 'Lê Văn Minh', ward);
  await admin.context().close();
  const clerk = await e.newPage();
  await login(clerk, e.base, 'vanthu.thanhuy', PASSWORD);
  const draft = await must(clerk, 'POST', '/api/documents', {
    direction: 'out',
    typeCode: 'CV',
    orgId: root,
    summary: SUMMARY,
    secrecy: 0,
    urgency: 1,
    signAuthority: 'T/M',
    signerTitle: 'Bí thư',
  });
  docId = draft.id;
  symbol = (await must(clerk, 'POST', `/api/documents/${docId}/issue`, {})).symbol;
  await clerk.context().close();
});
afterAll(async () => {
  await e?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a document leaves one system as edXML and enters another’s register', () => {
  it('the city’s clerk downloads the envelope; the ward’s clerk, on a phone, receives it as an incoming document', async () => {
    const clerk = await e.newPage();
    await login(clerk, e.base, 'vanthu.thanhuy', PASSWORD);
    await clerk.goto(`${e.base}/van-ban/${docId}`);
    const panel = clerk.getByTestId('exchange-panel');
    await panel.getByText('Chưa gửi qua liên thông.').waitFor();
    const [download] = await Promise.all([
      clerk.waitForEvent('download'),
      panel.getByRole('button', { name: 'Tải edXML' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.edxml\.xml$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);

    const phone = await e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await login(phone, e.base, 'vanthu.hoankiem', PASSWORD);
    await phone.goto(`${e.base}/lien-thong`);
    await phone.getByRole('heading', { name: 'Liên thông văn bản' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.locator('input[type=file]').setInputFiles(file);
    await phone.waitForURL(/\/van-ban\/\d+$/);
    await expect.poll(() => phone.getByTestId('doc-title').textContent()).toBe(symbol);
    await phone.getByText(SUMMARY).first().waitFor();
    await phone.getByTestId('exchange-panel').getByText('từ 000.00.00.H01').waitFor();

    // The same file again is refused in Vietnamese, and nothing is registered twice.
    await phone.goto(`${e.base}/lien-thong`);
    await phone.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => phone.getByTestId('edxml-error').textContent()).toContain('đã được nhận');
  });
});
