// The rules of chi bộ meetings kept as data: the minimum durations (90 minutes, 120 when regular and
// thematic are held together), the months without a regular meeting and the quarters without a
// thematic one in the overview for the committee above, the quality score against criteria an
// administrator edits (old meetings keep the version they were planned under), the members absent
// without reason in 3 or more months of a year, and the Excel exports (register, overview).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { detail, type MeetingWorld, meetingWorld, plan } from './meetings-fixtures.ts';
import { download, sheetRows } from './members-fixtures.ts';

let t: TestApp;
let w: MeetingWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await meetingWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const codes = (m: { warnings: { code: string }[] }) => m.warnings.map((x) => x.code);
const pad = (n: number) => String(n).padStart(2, '0');

describe('the minimum duration', () => {
  it('is 90 minutes for one meeting and 120 when the regular and the thematic are held together', async () => {
    const short = await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Họp ngắn',
      startsAt: '2026-02-05T19:30',
      endsAt: '2026-02-05T20:45',
    });
    expect(codes(short)).toContain('too_short');
    expect(short.warnings.find((x: { code: string }) => x.code === 'too_short').message).toBe(
      'Cuộc sinh hoạt 75 phút, ít hơn 90 phút theo quy định.',
    );
    const enough = await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Họp đủ giờ',
      startsAt: '2026-02-06T19:30',
      endsAt: '2026-02-06T21:10',
    });
    expect(codes(enough)).not.toContain('too_short');
    const combined = await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      combined: true,
      topic: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      title: 'Thường kỳ kết hợp chuyên đề',
      startsAt: '2026-02-07T19:30',
      endsAt: '2026-02-07T21:10',
    });
    expect(combined.rules.duration.requiredMinutes).toBe(120);
    expect(combined.kindLabel).toBe('Thường kỳ kết hợp chuyên đề');
    expect(combined.warnings.find((x: { code: string }) => x.code === 'too_short').message).toBe(
      'Cuộc sinh hoạt 100 phút, ít hơn 120 phút theo quy định khi sinh hoạt thường kỳ kết hợp chuyên đề.',
    );
    // The minutes record the real end: long enough now.
    await w.cell2Clerk.put(`/api/meetings/${combined.id}/minutes`, { endsAt: '2026-02-07T21:40' });
    expect(codes(await detail(w.cell2Clerk, combined.id))).not.toContain('too_short');
    for (const id of [short.id, enough.id, combined.id])
      await w.cell2Clerk.post(`/api/meetings/${id}/cancel`, { reason: 'Dữ liệu thử' });
  });
});

describe('a year of chi bộ 1', () => {
  const dayOf = (month: number) => `2026-${pad(month)}-08`;
  // An misses January, March and May without reason (and April with one); Bình misses two months.
  const status = (month: number, memberId: number) => {
    if (memberId === w.ids.an)
      return [1, 3, 5].includes(month) ? 'absent' : month === 4 ? 'absent_excused' : 'present';
    if (memberId === w.ids.binh) return [2, 6].includes(month) ? 'absent' : 'present';
    return 'present';
  };

  beforeAll(async () => {
    // Regular meetings every month to November except August; thematic ones in quarters 1, 3, 4
    // (none in quarter 2); the October one is regular and thematic together.
    for (const month of [1, 2, 3, 4, 5, 6, 7, 9, 10, 11]) {
      const m = await plan(w.secretary, {
        orgId: w.cell1,
        kind: 'regular',
        combined: month === 10,
        title: `Sinh hoạt tháng ${month}`,
        startsAt: `${dayOf(month)}T19:30`,
        endsAt: `${dayOf(month)}T21:30`,
      });
      const members = [w.ids.an, w.ids.binh, w.ids.chi, w.ids.em].concat(month >= 6 ? [w.ids.dung] : []);
      const res = await w.secretary.put(`/api/meetings/${m.id}/attendance`, {
        entries: members.map((memberId) => ({ memberId, status: status(month, memberId) })),
      });
      if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    }
    for (const day of ['2026-02-20', '2026-08-20']) {
      const m = await plan(w.secretary, {
        orgId: w.cell1,
        kind: 'thematic',
        title: `Chuyên đề ${day}`,
        startsAt: `${day}T08:00`,
        endsAt: `${day}T10:00`,
      });
      // Absent without reason from a thematic meeting: not counted toward removal.
      await w.secretary.put(`/api/meetings/${m.id}/attendance`, {
        entries: [{ memberId: w.ids.binh, status: 'absent' }],
      });
    }
  });

  it('lists the members absent without reason from regular meetings in 3 or more months, with the Điều lệ rule', async () => {
    const res = await w.secretary.get(`/api/meetings/absences?orgId=${w.cell1}&year=2026`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        memberId: w.ids.an,
        fullName: 'Trần Văn An',
        absentMonths: 3,
        months: [1, 3, 5],
      }),
    ]);
    expect(res.body.months).toBe(3);
    expect(res.body.source).toContain('Điều lệ Đảng');
    // The committee above sees its chi bộ's list; another year has nobody.
    const ward = await w.wardClerk.get(`/api/meetings/absences?orgId=${w.ward}&year=2026`);
    expect(ward.body.items.map((x: { memberId: number }) => x.memberId)).toEqual([w.ids.an]);
    expect((await w.secretary.get(`/api/meetings/absences?orgId=${w.cell1}&year=2025`)).body.items).toEqual(
      [],
    );
  });

  it('feeds the member’s annual rating: the year’s attendance stands beside the rating, with the rule', async () => {
    const res = await w.secretary.get(`/api/members/${w.ids.an}/ratings`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const y2026 = res.body.attendance.find((a: { year: number }) => a.year === 2026);
    expect(y2026).toMatchObject({ absentMonths: [1, 3, 5], removalMonths: 3, reachesRemoval: true });
    expect(y2026.removalSource).toContain('Điều lệ Đảng');
    expect(y2026.meetings).toBeGreaterThan(y2026.absent);
    // A member who came every time has not reached it.
    const other = await w.secretary.get(`/api/members/${w.ids.binh}/ratings`);
    expect(other.body.attendance.find((a: { year: number }) => a.year === 2026)).toMatchObject({
      reachesRemoval: false,
    });
  });

  it('shows the committee above which cells met, when, the attendance, and the months and quarters missed', async () => {
    const res = await w.wardClerk.get(`/api/meetings/overview?orgId=${w.ward}&year=2026`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cell1 = res.body.items.find((u: { orgId: number }) => u.orgId === w.cell1);
    expect(cell1).toMatchObject({
      orgName: 'Chi bộ Tổ dân phố số 5',
      meetings: 12,
      regular: 10,
      thematic: 3,
    });
    expect(cell1.dates).toContain('2026-10-08');
    // A month is judged once it is over: December 2026 only from 2027 on.
    expect(cell1.monthsWithoutRegular).toEqual(todayVn() > '2026-12-31' ? [8, 12] : [8]);
    expect(cell1.quartersWithoutThematic).toEqual([2]);
    expect(cell1.attendanceRate).toBeGreaterThan(0.8);
    expect(cell1.attendanceRate).toBeLessThan(1);
    const cell2 = res.body.items.find((u: { orgId: number }) => u.orgId === w.cell2);
    expect(cell2.meetings).toBe(0);
    expect(cell2.quartersWithoutThematic).toEqual([1, 2, 3]);
    expect(res.body.frequencySource).toContain('Chỉ thị 50-CT/TW');
    // Another ward's clerk may not ask for this ward.
    expect((await w.otherClerk.get(`/api/meetings/overview?orgId=${w.ward}&year=2026`)).status).toBe(404);
  });

  it('exports the yearly register and the overview to Excel', async () => {
    const reg = await download(t, w.secretary, `/api/meetings/register.xlsx?orgId=${w.cell1}&year=2026`);
    expect(reg.status).toBe(200);
    expect(reg.type).toContain('spreadsheetml');
    const rows = await sheetRows(reg.body);
    const text = JSON.stringify(rows);
    expect(text).toContain('SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2026');
    const an = rows.find((r) => r.includes('Trần Văn An')) as unknown[];
    expect(an).toBeDefined();
    // Columns: STT, name, a mark per meeting (12), present, excused, absent.
    expect(an.slice(-3)).toEqual([6, 1, 3]);
    expect(an.filter((x) => x === 'V')).toHaveLength(3);
    const ov = await download(t, w.wardClerk, `/api/meetings/overview.xlsx?orgId=${w.ward}&year=2026`);
    expect(ov.status).toBe(200);
    const orows = await sheetRows(ov.body);
    expect(JSON.stringify(orows)).toContain('TỔNG HỢP SINH HOẠT CHI BỘ NĂM 2026');
    const line = orows.find((r) => r.includes('Chi bộ Tổ dân phố số 5')) as unknown[];
    expect(line).toContain('Quý 2');
  });
});

describe('the quality score', () => {
  const scores = (points: Record<string, number>) => ({
    scores: Object.entries(points).map(([code, p]) => ({ code, points: p })),
  });
  const full = {
    time: 5,
    attendance: 5,
    preparation: 10,
    conduct: 35,
    principles: 5,
    follow_up: 25,
    closing: 5,
  };

  it('is scored against the criteria in force; a new version by the administrator applies to later meetings only', async () => {
    const old = await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Tháng 3 chi bộ số 6',
      startsAt: '2026-03-09T19:30',
    });
    const scored = await w.cell2Clerk.put(`/api/meetings/${old.id}/quality`, scores(full));
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    expect(scored.body).toMatchObject({ total: 90, grade: 'tot', gradeLabel: 'Tốt' });
    const oldVersion = scored.body.versionId;
    // Only an administrator edits the criteria.
    const sheet = {
      criteria: [
        { code: 'preparation', label: 'Chuẩn bị', maxPoints: 20 },
        { code: 'content', label: 'Nội dung, chất lượng thảo luận', maxPoints: 60 },
        { code: 'resolution', label: 'Nghị quyết sát thực tế', maxPoints: 20 },
      ],
      grades: [
        { code: 'tot', label: 'Tốt', minPoints: 85 },
        { code: 'dat', label: 'Đạt', minPoints: 50 },
        { code: 'chua_dat', label: 'Chưa đạt', minPoints: 0 },
      ],
    };
    const body = {
      value: sheet,
      source: 'Thử nghiệm: bộ tiêu chí mới của Đảng ủy',
      effectiveFrom: '2026-06-01',
    };
    expect((await w.wardClerk.post('/api/rules/meetings.quality/versions', body)).status).toBe(403);
    const added = await t.admin.post('/api/rules/meetings.quality/versions', body);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const later = await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Tháng 7 chi bộ số 6',
      startsAt: '2026-07-09T19:30',
    });
    expect(later.rules.quality.criteria.map((c: { code: string }) => c.code)).toEqual([
      'preparation',
      'content',
      'resolution',
    ]);
    const res = await w.cell2Clerk.put(
      `/api/meetings/${later.id}/quality`,
      scores({ preparation: 15, content: 40, resolution: 10 }),
    );
    expect(res.body).toMatchObject({ total: 65, grade: 'dat', gradeLabel: 'Đạt' });
    expect(res.body.versionId).not.toBe(oldVersion);
    // The March meeting keeps its criteria and its score.
    const again = await detail(w.cell2Clerk, old.id);
    expect(again.quality).toMatchObject({ versionId: oldVersion, total: 90, grade: 'tot' });
    expect(again.rules.quality.criteria).toHaveLength(7);
    // Its criteria are the old ones: the new codes are refused there, and nothing changes.
    const wrong = await w.cell2Clerk.put(
      `/api/meetings/${old.id}/quality`,
      scores({ preparation: 15, content: 40, resolution: 10 }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toMatch(/Không có tiêu chí «content», «resolution»/);
    const over = await w.cell2Clerk.put(`/api/meetings/${old.id}/quality`, scores({ ...full, conduct: 41 }));
    expect(over.status).toBe(422);
    expect(over.body.error.message).toBe('Tiêu chí «Tiến trình, nội dung sinh hoạt»: điểm phải từ 0 đến 40.');
    expect((await detail(w.cell2Clerk, old.id)).quality.total).toBe(90);
  });
});
