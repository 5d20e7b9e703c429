// The finance area's Word outputs as printed (LibreOffice → PDF → pdftotext): the fee report per
// unit (landscape, the units with their due, paid, rate and the money's path, the monthly table) and
// the fund book's quarterly report (receipts and spending by category, the balances), each with the
// Party heading of the unit and its place. Skipped, with a message, only when LibreOffice is not
// installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FinanceWorld, financeWorld, pay } from '../api/finance-fixtures.ts';
import { download } from '../api/members-fixtures.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, type Rendered, renderDocx, SOFFICE } from './pdf.ts';

const SKIP =
  'SKIPPED: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui poppler-utils';
if (!SOFFICE) console.warn(`test/office/finance.test.ts ${SKIP}`);

/** Without any space: a number or a name broken at a cell's edge reads whole. */
const tight = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!SOFFICE)(SOFFICE ? 'the finance reports as printed (LibreOffice)' : SKIP, () => {
  let t: TestApp;
  let w: FinanceWorld;
  let out: Record<string, Rendered>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await financeWorld(t);
    await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội', place: 'Hà Nội' });
    await pay(t.admin, [
      { memberId: w.salary, month: '2026-03', amount: 80_000 },
      { memberId: w.fixed, month: '2026-03', amount: 55_500 },
    ]);
    const entry = (body: Record<string, unknown>) =>
      w.wardClerk.post('/api/finance/fund/entries', { orgId: w.ward, entryDate: '2026-04-10', ...body });
    await entry({
      direction: 'receipt',
      category: 'fee_share',
      amount: 104_265,
      description: 'Đảng phí giữ lại',
    });
    await entry({ direction: 'spending', category: 'papers', amount: 36_000, description: 'Mua báo' });
    const get = async (url: string) => {
      const r = await download(t, w.wardClerk, url);
      expect(r.status).toBe(200);
      return r.body;
    };
    out = await renderDocx({
      report: await get(`/api/finance/fees/report?orgId=${w.ward}&from=2026-03&to=2026-03&format=docx`),
      quarter: await get(`/api/finance/fund/quarter.docx?orgId=${w.ward}&year=2026&quarter=2`),
    });
  }, CONVERT_TIMEOUT_MS + 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('prints the fee report with the units, the money’s path and the months', () => {
    const p = out.report as Rendered;
    expect(p.page1).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(tight(p.page1)).toContain(tight('ĐẢNG ỦY PHƯỜNG TÀI CHÍNH'));
    expect(tight(p.all)).toContain(tight('Chi bộ khu phố 1'));
    // The ward: 135,500 collected by its chi bộ; 24,000 + 16,650 kept there; the ward gets 94,850.
    expect(tight(p.all)).toContain('135.500');
    expect(tight(p.all)).toContain('94.850');
    expect(tight(p.all)).toContain('03/2026');
  });

  it('prints the quarterly fund report with the categories and the balance', () => {
    const p = out.quarter as Rendered;
    expect(tight(p.page1)).toContain(tight('thu, chi quỹ hoạt động công tác đảng quý II năm 2026'));
    expect(tight(p.all)).toContain(tight('Đảng phí được trích giữ lại'));
    expect(tight(p.all)).toContain(tight('Mua báo, tạp chí của Đảng'));
    expect(tight(p.all)).toContain('68.265');
    expect(p.all.toLocaleLowerCase('vi')).toContain('bí thư');
  });
});
