// Early warning on generated weekly reports: a ward whose land complaints rise clearly above its own
// 12-week baseline is warned (with the reason in Vietnamese and the series behind it), a steady ward
// is not, the city above does not repeat the ward's warning; access (404 outside scope) and bad
// input; and the Word synthesis of the period as LibreOffice prints it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/dates.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, renderDocx, SOFFICE } from '../office/pdf.ts';
import { type IntelWorld, intelWorld, weeklyReports } from './intel-fixtures.ts';
import { download } from './members-fixtures.ts';

let t: TestApp;
let w: IntelWorld;
let on: string;

// A steady level around 2 a week with some noise, then a rise to 6–8 a week in the last 4 weeks.
const steady = (k: number) => [2, 3, 1, 2, 2, 3, 2, 1, 3, 2, 2, 2, 3, 2, 1, 2][k % 16] as number;
const rising = (k: number) => (k < 4 ? ([7, 6, 8, 7][k] as number) : steady(k));

beforeAll(async () => {
  t = await startTestApp();
  w = await intelWorld(t);
  on = await weeklyReports(w.wardClerk, w.ward, 16, 'khieu_nai', rising);
  await weeklyReports(w.otherClerk, w.otherWard, 16, 'khieu_nai', steady);
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('warnings', () => {
  it('warns the ward whose complaints rose (28 days against its 12-week baseline), not the steady one', async () => {
    const res = await w.cityClerk.get(`/api/intel/warnings?orgId=${w.city}&on=${on}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ orgId: w.city, on, windowDays: 28, baselineWeeks: 12 });
    const rises = res.body.items.filter((x: { kind: string }) => x.kind === 'rise');
    expect(rises).toHaveLength(1);
    const rise = rises[0];
    expect(rise).toMatchObject({ orgId: w.ward, category: 'khieu_nai', recent: 28 });
    // Baseline: 25 items in 12 weeks, i.e. 8,3 per 28 days.
    expect(rise.baseline).toBe(8.3);
    expect(rise.ratio).toBe(3.36);
    expect(rise.score).toBeGreaterThan(3);
    expect(rise.reason).toMatch(
      /^Số vụ việc «Khiếu nại, tố cáo» 28 ngày qua: 28, gấp 3,4 lần mức nền 12 tuần trước \(bình quân 8,3 vụ\/28 ngày\)/,
    );
    expect(res.body.items.some((x: { orgId: number }) => x.orgId === w.otherWard)).toBe(false);
  });

  it('the ward sees its own warning; the steady level a month earlier raises none', async () => {
    const own = await w.wardClerk.get(`/api/intel/warnings?orgId=${w.ward}&on=${on}`);
    expect(own.body.items.map((x: { orgId: number; kind: string }) => [x.orgId, x.kind])).toEqual([
      [w.ward, 'rise'],
    ]);
    const before = await w.cityClerk.get(`/api/intel/warnings?orgId=${w.city}&on=${addDays(on, -28)}`);
    expect(before.body.items).toEqual([]);
  });

  it('the series behind a warning: weekly counts, the window and the baseline marked', async () => {
    const res = await w.cityClerk.get(
      `/api/intel/series?orgId=${w.ward}&category=khieu_nai&on=${on}&weeks=20`,
    );
    expect(res.status).toBe(200);
    expect(res.body.points).toHaveLength(20);
    const window = res.body.points.filter((p: { part: string }) => p.part === 'window');
    expect(window.map((p: { n: number }) => p.n)).toEqual([7, 8, 6, 7]);
    expect(res.body.points.at(-1)).toMatchObject({
      weekEnd: addDays(on, -1),
      weekStart: addDays(on, -7),
      n: 7,
    });
    expect(
      res.body.points.slice(0, 4).every((p: { part: string; n: number }) => p.part === 'before' && p.n === 0),
    ).toBe(true);
    expect(res.body.baselinePerWeek).toBe(2.08);
  });

  it('outside its scope a unit gets 404; a member 403; bad parameters 400 or 422', async () => {
    expect((await w.otherClerk.get(`/api/intel/warnings?orgId=${w.ward}&on=${on}`)).status).toBe(404);
    expect((await w.wardClerk.get(`/api/intel/warnings?orgId=${w.city}`)).status).toBe(404);
    expect((await w.otherClerk.get(`/api/intel/series?orgId=${w.ward}&category=khieu_nai`)).status).toBe(404);
    expect((await w.member.get(`/api/intel/warnings?orgId=${w.ward}`)).status).toBe(403);
    expect((await w.cityClerk.get('/api/intel/warnings?orgId=abc')).status).toBe(400);
    expect((await w.cityClerk.get(`/api/intel/warnings?orgId=${w.city}&on=2026-13-01`)).status).toBe(400);
    const future = await w.cityClerk.get(`/api/intel/warnings?orgId=${w.city}&on=${addDays(on, 60)}`);
    expect(future.status).toBe(422);
    const unknown = await w.cityClerk.get(`/api/intel/series?orgId=${w.ward}&category=khong_co`);
    expect(unknown.body.error.code).toBe('unknown_category');
  });
});

describe.skipIf(!SOFFICE)('the synthesis in Word (LibreOffice)', () => {
  it(
    'counts by category and place, quotes the severe items, lists the open hot issues',
    async () => {
      const from = addDays(on, -28);
      const to = addDays(on, -1);
      await w.wardClerk.post('/api/intel/reports', {
        orgId: w.ward,
        kind: 'quick',
        items: [
          {
            category: 'antt',
            severity: 4,
            summary: 'Xô xát giữa hai nhóm thanh niên tại chợ Hàn',
            occurredOn: to,
            placeOrgId: w.group,
            peopleCount: 12,
          },
        ],
      });
      const issue = await w.cityClerk.post('/api/intel/issues', {
        orgId: w.city,
        placeOrgId: w.ward,
        category: 'khieu_nai',
        title: 'Khiếu nại kéo dài về ranh giới đất ở phường Hải Châu',
      });
      expect(issue.status).toBe(201);
      expect(
        (await download(t, w.otherClerk, `/api/intel/synthesis.docx?orgId=${w.city}&from=${from}&to=${to}`))
          .status,
      ).toBe(404);
      expect(
        (await w.cityClerk.get(`/api/intel/synthesis.docx?orgId=${w.city}&from=${to}&to=${from}`)).status,
      ).toBe(400);
      const file = await download(
        t,
        w.cityClerk,
        `/api/intel/synthesis.docx?orgId=${w.city}&from=${from}&to=${to}`,
      );
      expect(file.status).toBe(200);
      expect(file.type).toContain('wordprocessingml');
      const out = await renderDocx({ s: file.body });
      const text = (out.s?.all ?? '').replace(/\s+/g, ' ');
      expect(text).toContain('THÀNH ỦY ĐÀ NẴNG');
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Tổng hợp tình hình từ báo cáo của các đơn vị cấp dưới');
      expect(text).toContain('Đảng ủy phường Hải Châu');
      expect(text).toContain('“Xô xát giữa hai nhóm thanh niên tại chợ Hàn”');
      // The open issue, in its table row (its long title wraps inside the cell).
      expect(text).toMatch(
        /IV\. CÁC VỤ VIỆC, ĐIỂM NÓNG ĐANG THEO DÕI .* 1 Khiếu nại kéo dài .*Mới phát hiện/,
      );
      expect(text).toMatch(/Khiếu nại, tố cáo 36 0 72 Tổng cộng 37 1 84/);
      expect(text).toContain('2 đơn vị cấp dưới gửi 8 báo cáo');
    },
    CONVERT_TIMEOUT_MS + 30_000,
  );
});
