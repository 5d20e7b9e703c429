// The Word papers of a chi bộ meeting as printed (LibreOffice → PDF → pdftotext): the invitation,
// the attendance list, the minutes and the resolution, built from a meeting held through the API.
// Each has the Party heading with the committee above and the chi bộ, the unit's place and the day,
// and what the paper is for: the time and agenda, the names by status, the discussion and the votes
// against their base, the resolution's number, results and tasks with owners and deadlines.
// Skipped, with a message, only when LibreOffice is not installed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MeetingWorld, meetingWorld, plan, postFile } from '../api/meetings-fixtures.ts';
import { download } from '../api/members-fixtures.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, type Rendered, recipientsPrinted, renderDocx, SOFFICE } from './pdf.ts';

const SKIP =
  'SKIPPED: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui poppler-utils';
if (!SOFFICE) console.warn(`test/office/meetings.test.ts ${SKIP}`);

const flat = (s: string) => s.replace(/\s+/g, ' ');
/** Without any space: a justified line or a file name broken at the margin reads whole. */
const tight = (s: string) => s.replace(/\s+/g, '');
const PAPERS = ['invitation', 'attendance', 'minutes', 'resolution'] as const;

describe.skipIf(!SOFFICE)(SOFFICE ? 'the papers of a chi bộ meeting as printed (LibreOffice)' : SKIP, () => {
  let t: TestApp;
  let w: MeetingWorld;
  let out: Record<string, Rendered>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await meetingWorld(t);
    await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội', place: 'Hà Nội' });
    const m = await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'regular',
      title: 'Sinh hoạt chi bộ thường kỳ tháng 9/2026',
      startsAt: '2026-09-10T19:30',
      endsAt: '2026-09-10T21:30',
      agenda: ['Kiểm điểm nghị quyết tháng 8', 'Nhiệm vụ tháng 9'],
      place: 'Nhà văn hóa Tổ dân phố số 5',
      chairMemberId: w.ids.an,
      secretaryMemberId: w.ids.binh,
    });
    await postFile(w.secretary, m.id, 'bao-cao-thang-8.pdf');
    const ok = (r: { status: number; body: unknown }) => {
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    };
    ok(await w.secretary.post(`/api/meetings/${m.id}/notify`));
    ok(
      await w.secretary.put(`/api/meetings/${m.id}/attendance`, {
        entries: [
          { memberId: w.ids.an, status: 'present' },
          { memberId: w.ids.binh, status: 'present' },
          { memberId: w.ids.chi, status: 'exempt', reason: 'Tuổi cao' },
          { memberId: w.ids.dung, status: 'present' },
          { memberId: w.ids.em, status: 'absent_excused', reason: 'Đi công tác' },
        ],
      }),
    );
    ok(
      await w.secretary.post(`/api/meetings/${m.id}/votes`, {
        subject: 'Thông qua nghị quyết',
        for: 2,
        against: 0,
        abstain: 0,
      }),
    );
    ok(
      await w.secretary.put(`/api/meetings/${m.id}/minutes`, {
        discussion: 'Đồng chí Bình đề nghị tổ chức tổng vệ sinh vào sáng Chủ nhật.',
        conclusion: 'Chi bộ thống nhất ra quân tổng vệ sinh.',
      }),
    );
    ok(
      await w.secretary.put(`/api/meetings/${m.id}/resolution`, {
        results: 'Hoàn thành 4/5 nhiệm vụ tháng 8.',
        tasks: [{ title: 'Tổ chức tổng vệ sinh khu phố', ownerMemberId: w.ids.an, dueOn: '2026-09-30' }],
      }),
    );
    ok(await w.secretary.post(`/api/meetings/${m.id}/resolution/issue`));
    const files: Record<string, Buffer> = {};
    for (const p of PAPERS) {
      const res = await download(t, w.secretary, `/api/meetings/${m.id}/${p}.docx`);
      expect(res.status, p).toBe(200);
      expect(res.type).toContain('wordprocessingml');
      files[p] = res.body;
    }
    out = await renderDocx(files);
  }, CONVERT_TIMEOUT_MS + 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it('every paper has the Party heading: the committee above, the chi bộ, the place and no dots', () => {
    for (const p of PAPERS) {
      const page = out[p]!.page1;
      expect(page, p).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      // The committee above's name wraps in its narrow column ("… HÀNG / BÔNG").
      expect(page, p).toMatch(/ĐẢNG ỦY PHƯỜNG HÀNG\s+ĐẢNG CỘNG SẢN VIỆT NAM\s+BÔNG\s+Hà Nội, ngày/);
      expect(page, p).toMatch(/^ *CHI BỘ TỔ DÂN PHỐ SỐ 5$/m);
      expect(out[p]!.all, p).not.toMatch(/…|\.{3}/);
      expect(out[p]!.all, p).not.toMatch(/Chi bộ Chi bộ/i);
    }
  });

  it('the invitation gives the time, the place, the chair, the agenda and the materials', () => {
    const page = flat(out.invitation!.page1);
    expect(page).toContain('GIẤY MỜI');
    for (const s of [
      'Thời gian: 19 giờ 30 phút, ngày 10/09/2026 (đến 21 giờ 30 phút).',
      'Nhà văn hóa Tổ dân phố số 5',
      'Chủ trì: đồng chí Trần Văn An',
      'Kiểm điểm nghị quyết tháng 8',
    ]) {
      expect(page, s).toContain(s);
    }
    expect(tight(page)).toContain('sổtayđảngviênđiệntử:bao-cao-thang-8.pdf.');
    expect(recipientsPrinted(out.invitation!.page1)).toEqual([
      '- Các đồng chí đảng viên trong chi bộ,',
      '- Đảng ủy phường Hàng Bông (để báo cáo),',
      '- Lưu Chi bộ.',
    ]);
  });

  it('the attendance list names everyone on the rolls that day with their status', () => {
    const page = flat(out.attendance!.all);
    for (const s of [
      'Trần Văn An',
      'Lê Thị Bình',
      'Hoàng Văn Chí',
      'Phạm Thị Dung',
      'Đỗ Văn Em',
      'Miễn sinh hoạt',
      'Vắng có lý do',
    ]) {
      expect(page, s).toContain(s);
    }
    expect(page).toContain('Tổng số: 5 đồng chí.');
  });

  it('the minutes carry the discussion, the vote against its base, the conclusion and both signers', () => {
    const all = flat(out.minutes!.all);
    expect(flat(out.minutes!.page1)).toContain('BIÊN BẢN');
    expect(tight(all)).toContain('(chínhthức4,dựbị1);cómặt3đồngchí;vắngcólýdo1(ĐỗVănEm:Đicôngtác)');
    for (const s of [
      'Đồng chí Bình đề nghị tổ chức tổng vệ sinh',
      'Thông qua nghị quyết: 2/3 đồng chí tán thành',
      'Chi bộ thống nhất ra quân tổng vệ sinh.',
      'Trần Văn An',
      'Lê Thị Bình',
    ]) {
      expect(all, s).toContain(s);
    }
  });

  it('the resolution has its number in the chi bộ’s sequence, last month’s results and the tasks with owners and deadlines', () => {
    const page = flat(out.resolution!.page1);
    const all = flat(out.resolution!.all);
    expect(page).toContain('NGHỊ QUYẾT');
    expect(page).toContain('Số 1-NQ/CB5');
    expect(page).toMatch(/Hà Nội, ngày 10 tháng 9 năm 2026/);
    expect(page).toMatch(/CHI BỘ TỔ DÂN PHỐ SỐ 5 QUYẾT NGHỊ:/);
    expect(page).toContain(
      '2/3 đồng chí tán thành (66,7%), 0 không tán thành, 0 không biểu quyết — được thông qua.',
    );
    for (const s of [
      'Hoàn thành 4/5 nhiệm vụ tháng 8.',
      'Tổ chức tổng vệ sinh khu phố',
      'Trần Văn An',
      '30/09/2026',
    ]) {
      expect(all, s).toContain(s);
    }
  });
});
