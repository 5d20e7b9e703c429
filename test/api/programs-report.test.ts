// The review report (sơ kết / tổng kết) of a programme over a period, as JSON and as a Word draft in
// the Party layout, and the weekly schedule with its conflicts, printable as Word.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTY_LAYOUT } from '../../domain/party-layout.ts';
import { REPORT_LAYOUT } from '../../domain/programs/layout.ts';
import { buildReportDocx } from '../../server/modules/programs/report/report-docx.ts';
import { progress } from '../../server/modules/programs/report/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let wardA: number;
let wardB: number;
let board: number;
let leader: Client & { userId: number; username: string };
let staff: Client & { userId: number };
let programId: number;

type Json = Record<string, any>;

async function fetchDocx(
  url: string,
  as: Client,
): Promise<{ xml: string; type: string | null; status: number }> {
  const headers: Record<string, string> = {};
  if (as.cookie) headers.cookie = as.cookie;
  const res = await t.app.request(url, { headers });
  const buf = new Uint8Array(await res.arrayBuffer());
  if (res.status !== 200)
    return { xml: new TextDecoder().decode(buf), type: res.headers.get('content-type'), status: res.status };
  const files = unzipSync(buf);
  return {
    xml: strFromU8(files['word/document.xml'] as Uint8Array),
    type: res.headers.get('content-type'),
    status: 200,
  };
}

/** The visible text of a document.xml, runs joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

beforeAll(async () => {
  t = await startTestApp();
  await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội' });
  wardA = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Cửa Nam');
  wardB = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Tây Hồ');
  board = await t.org(t.rootId, 'board', 'Ban Tuyên giáo và Dân vận Thành ủy', 'BTGDVTU');
  leader = await t.as('leader', t.rootId, 2);
  staff = await t.as('specialist', t.rootId, 1);
  const p = await staff.post('/api/programs', {
    orgId: t.rootId,
    kind: 'year',
    title: 'Chương trình công tác năm 2026 của Thành ủy Hà Nội',
    theme: 'Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  });
  programId = p.body.id;
  const c1 = await staff.post(`/api/programs/${programId}/items`, { title: 'Công tác xây dựng Đảng' });
  const c2 = await staff.post(`/api/programs/${programId}/items`, { title: 'Phát triển kinh tế - xã hội' });
  await staff.post(`/api/programs/${programId}/items`, {
    title: 'Tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2027',
    parentItemId: c1.body.id,
    leadOrgId: wardA,
    dueOn: '2026-03-31',
    product: 'Báo cáo',
  });
  await staff.post(`/api/programs/${programId}/items`, {
    title: 'Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng',
    parentItemId: c1.body.id,
    leadOrgId: board,
    coordinatingOrgIds: [wardA, wardB],
    dueOn: '2026-06-30',
    product: 'Kế hoạch',
  });
  await staff.post(`/api/programs/${programId}/items`, {
    title: 'Hoàn thành giải phóng mặt bằng dự án cải tạo hồ Tây',
    parentItemId: c2.body.id,
    leadOrgId: wardB,
    dueOn: '2026-12-15',
    product: 'Đề án',
  });
  const ok = await leader.post(`/api/programs/${programId}/approve`, {});
  expect(ok.body.tasksCreated).toBe(3);
  const tasks = (await leader.get(`/api/tasks?programId=${programId}`)).body.items as Json[];
  const byOrg = (o: number) => tasks.find((x) => x.orgId === o)?.id;
  const wardALeader = await t.as('leader', wardA);
  const wardBLeader = await t.as('leader', wardB);
  await wardALeader.post(`/api/tasks/${byOrg(wardA)}/updates`, {
    progress: 100,
    note: 'Đã tổ chức xong 18 chi bộ',
  });
  await wardBLeader.post(`/api/tasks/${byOrg(wardB)}/updates`, {
    progress: 100,
    note: 'Đã bàn giao mặt bằng',
    product: 'Đề án số 05-ĐA/ĐU',
  });
});
afterAll(async () => {
  await t?.close();
});

describe('the review report', () => {
  it('counts per content and per unit what was done on time, late, and what is overdue', async () => {
    const res = await leader.get(`/api/programs/${programId}/progress?kind=tong-ket`);
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({ total: 3, doneOnTime: 1, doneLate: 1, openInTime: 0, overdue: 1 });
    expect(res.body.contents.map((c: Json) => [c.number, c.title, c.counts.total])).toEqual([
      ['1', 'Công tác xây dựng Đảng', 2],
      ['2', 'Phát triển kinh tế - xã hội', 1],
    ]);
    expect(res.body.units.map((u: Json) => [u.orgName, u.doneOnTime, u.doneLate, u.overdue])).toEqual([
      ['Ban Tuyên giáo và Dân vận Thành ủy', 0, 0, 1],
      ['Đảng ủy phường Cửa Nam', 0, 1, 0],
      ['Đảng ủy phường Tây Hồ', 1, 0, 0],
    ]);
    // A half-year review counts only what fell due in the period.
    const half = await leader.get(`/api/programs/${programId}/progress?from=2026-01-01&to=2026-06-30`);
    expect(half.body.totals.total).toBe(2);
    const bad = await leader.get(`/api/programs/${programId}/progress?from=2026-06-30&to=2026-01-01`);
    expect(bad.status).toBe(422);
  });

  it('is a Word draft in the Party layout, from one click', async () => {
    const doc = await fetchDocx(
      `/api/programs/${programId}/report?kind=so-ket&from=2026-01-01&to=2026-12-31`,
      leader,
    );
    expect(doc.status).toBe(200);
    expect(doc.type).toContain('wordprocessingml');
    const text = textOf(doc.xml);
    for (const s of [
      'THÀNH ỦY HÀ NỘI',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số        -BC/TU',
      'BÁO CÁO',
      'Sơ kết thực hiện chương trình công tác năm 2026 của Thành ủy Hà Nội (từ ngày 01/01/2026 đến ngày 31/12/2026)',
      'I. KẾT QUẢ THỰC HIỆN',
      'Trong kỳ có 3 nhiệm vụ đến hạn; đã hoàn thành 2 (67%), trong đó đúng hạn 1, quá hạn 1',
      '1. Công tác xây dựng Đảng',
      '1.1. Tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2027',
      'Đảng ủy phường Tây Hồ: hoàn thành đúng hạn',
      'Đề án số 05-ĐA/ĐU',
      'II. KẾT QUẢ THEO ĐƠN VỊ',
      'Hoàn thành đúng hạn',
      'Ban Tuyên giáo và Dân vận Thành ủy',
      'III. HẠN CHẾ, NGUYÊN NHÂN',
      '(Chuyên viên bổ sung)',
      'T/M BAN THƯỜNG VỤ',
      'Nơi nhận:',
    ]) {
      expect(text, s).toContain(s);
    }
    // Every run names Times New Roman; sizes and margins are those of the layout (14 pt body, 15 pt
    // national heading, A4, 20/20/30/15 mm).
    const fonts = new Set([...doc.xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(doc.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    const sizes = new Set([...doc.xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    expect([...sizes].sort()).toEqual(expect.arrayContaining([12, 14, 15, 16]));
  });

  it('takes every layout value from one data object', async () => {
    const actor = {
      userId: leader.userId,
      username: leader.username,
      fullName: '',
      orgId: t.rootId,
      orgPath: '',
      role: 'leader' as const,
      clearance: 2,
    };
    const data = await progress(t.rt, { actor, ip: null, requestId: 'test' }, programId, {});
    // The area's texts and the Party layout, with another font and other margins.
    const layout = {
      ...REPORT_LAYOUT,
      party: {
        ...PARTY_LAYOUT,
        font: 'Liberation Serif',
        marginsMm: { top: 25, bottom: 20, left: 35, right: 15 },
      },
    };
    const bytes = await buildReportDocx(data, { place: 'Hà Nội', layout });
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] as Uint8Array);
    expect(new Set([...xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]))).toEqual(
      new Set(['Liberation Serif']),
    );
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="850" w:bottom="1134" w:left="1984"/);
  });

  it('is 404 for a unit that cannot see the programme', async () => {
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy xã Sóc Sơn');
    await leader.post(`/api/programs/${programId}/approve`, {}); // already approved: 422, nothing changes
    const p = await staff.post('/api/programs', {
      orgId: t.rootId,
      kind: 'month',
      title: 'Chương trình tháng 12',
      startsOn: '2026-12-01',
      endsOn: '2026-12-31',
    });
    const outsider = await t.as('leader', other, 3);
    expect((await fetchDocx(`/api/programs/${p.body.id}/report`, outsider)).status).toBe(404);
  });
});

describe('the weekly schedule', () => {
  it('lists the week, flags a person expected at two overlapping events, and prints as Word', async () => {
    const chair = leader.userId;
    const first = await staff.post('/api/schedule', {
      orgId: t.rootId,
      date: '2026-11-23',
      startTime: '08:00',
      endTime: '11:30',
      title: 'Hội nghị Ban Thường vụ Thành ủy cho ý kiến về Đề án chuyển đổi số',
      place: 'Phòng họp số 1, trụ sở Thành ủy',
      chairId: chair,
      participants: 'Các đồng chí Ủy viên Ban Thường vụ; lãnh đạo Văn phòng Thành ủy',
      preparingOrgId: board,
    });
    expect(first.status).toBe(201);
    expect(first.body.conflict).toBe(false);
    const second = await staff.post('/api/schedule', {
      orgId: t.rootId,
      date: '2026-11-23',
      startTime: '10:00',
      title: 'Làm việc với Đảng ủy phường Cửa Nam',
      place: 'Trụ sở Đảng ủy phường Cửa Nam',
      participantIds: [chair],
    });
    expect(second.status).toBe(201);
    expect(second.body.conflict).toBe(true);
    await staff.post('/api/schedule', {
      orgId: t.rootId,
      date: '2026-11-25',
      startTime: '14:00',
      title: 'Tiếp công dân định kỳ',
      chairId: chair,
    });
    const week = await leader.get(`/api/schedule?orgId=${t.rootId}&week=2026-11-26`);
    expect(week.status).toBe(200);
    expect(week.body.weekStart).toBe('2026-11-23');
    expect(week.body.events.map((e: Json) => [e.weekday, e.startTime, e.conflict])).toEqual([
      ['Thứ Hai', '08:00', true],
      ['Thứ Hai', '10:00', true],
      ['Thứ Tư', '14:00', false],
    ]);
    expect(week.body.conflicts).toEqual([
      expect.objectContaining({ userId: chair, eventIds: [first.body.id, second.body.id] }),
    ]);
    const doc = await fetchDocx(`/api/schedule/docx?orgId=${t.rootId}&week=2026-11-23`, leader);
    expect(doc.status).toBe(200);
    expect(doc.xml).toContain('w:orient="landscape"');
    const text = textOf(doc.xml);
    expect(text).toContain('LỊCH CÔNG TÁC TUẦN');
    expect(text).toContain('(Từ ngày 23/11/2026 đến ngày 29/11/2026)');
    expect(text).toContain('Hội nghị Ban Thường vụ Thành ủy cho ý kiến về Đề án chuyển đổi số');
    expect(text).toContain('(trùng lịch)');
    expect(text).toContain('Lưu ý trùng lịch:');
  });

  it('refuses an end before the start and a malformed time', async () => {
    const end = await staff.post('/api/schedule', {
      orgId: t.rootId,
      date: '2026-11-24',
      startTime: '14:00',
      endTime: '13:00',
      title: 'Họp giao ban',
    });
    expect(end.status).toBe(422);
    expect(end.body.error.message).toContain('Giờ kết thúc 13:00 phải sau giờ bắt đầu 14:00');
    const bad = await staff.post('/api/schedule', {
      orgId: t.rootId,
      date: '2026-11-24',
      startTime: '25:00',
      title: 'X',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Giờ bắt đầu');
    // A member reads the schedule but does not change it.
    const member = await t.as('member', t.rootId);
    expect((await member.get('/api/schedule')).status).toBe(200);
    expect(
      (
        await member.post('/api/schedule', {
          orgId: t.rootId,
          date: '2026-11-24',
          startTime: '08:00',
          title: 'X',
        })
      ).status,
    ).toBe(403);
  });
});
