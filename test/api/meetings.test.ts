// A chi bộ meeting from plan to report: the plan (place, link, chair, secretary, agenda), materials
// posted in time or late, the notice to the members and the committee above, the register (every
// status, names as on the rolls that day), votes against the base (full members minus the exempt;
// probationary members are not in it), the minutes, the resolution numbered in the chi bộ's own
// sequence with its tasks in the tracker (owners, deadlines), the report up, and the unfinished tasks
// brought back on the next agenda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { detail, fromNow, type MeetingWorld, meetingWorld, plan, postFile } from './meetings-fixtures.ts';

let t: TestApp;
let w: MeetingWorld;
let sept: number;

beforeAll(async () => {
  t = await startTestApp();
  w = await meetingWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const codes = (m: { warnings: { code: string }[] }) => m.warnings.map((x) => x.code);

describe('the plan and the notice', () => {
  it('plans a regular meeting with its place, link, chair, secretary and agenda, under the rules of its day', async () => {
    const m = await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'regular',
      title: 'Sinh hoạt chi bộ thường kỳ tháng 9/2026',
      startsAt: '2026-09-10T19:30',
      endsAt: '2026-09-10T21:30',
      agenda: ['Kiểm điểm nghị quyết tháng 8', 'Nhiệm vụ tháng 9'],
      place: 'Nhà văn hóa Tổ dân phố số 5',
      videoLink: 'https://hop.example.vn/cb5',
      chairMemberId: w.ids.an,
      secretaryName: 'Đồng chí Lê Thị Bình',
    });
    sept = m.id;
    expect(m).toMatchObject({
      orgId: w.cell1,
      kind: 'regular',
      status: 'planned',
      startsAt: '2026-09-10T12:30:00.000Z',
      meetingOn: '2026-09-10',
      chairName: 'Trần Văn An',
      secretaryName: 'Đồng chí Lê Thị Bình',
      agenda: 'Kiểm điểm nghị quyết tháng 8\nNhiệm vụ tháng 9',
      can: { manage: true, resolve: true },
    });
    expect(m.rules.duration).toMatchObject({ single: 90, combined: 120, requiredMinutes: 90 });
    expect(m.rules.duration.source).toContain('Chỉ thị 50-CT/TW');
    expect(m.rules.documentsLeadDays.days).toBe(1);
    // The register offers the rolls of the day by name; nobody marked yet.
    expect(m.attendance.items.map((e: { fullName: string }) => e.fullName)).toEqual([
      'Trần Văn An',
      'Lê Thị Bình',
      'Hoàng Văn Chí',
      'Phạm Thị Dung',
      'Đỗ Văn Em',
    ]);
    expect(m.carryOver).toBeNull();
    // Past, without materials and not reported: the record says so.
    expect(codes(m)).toEqual(expect.arrayContaining(['documents_missing', 'report_late']));
  });

  it('warns when the materials were posted less than one day before the meeting, not when in time', async () => {
    const soon = await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'thematic',
      title: 'Chuyên đề sắp tới',
      startsAt: fromNow(12),
    });
    const late = await postFile(w.secretary, soon.id, 'tai-lieu-chuyen-de.pdf');
    expect(late.status, JSON.stringify(late.body)).toBe(201);
    const afterLate = await detail(w.secretary, soon.id);
    expect(codes(afterLate)).toContain('documents_late');
    expect(afterLate.warnings.find((x: { code: string }) => x.code === 'documents_late').message).toMatch(
      /muộn so với quy định \(trước giờ họp ít nhất 1 ngày\)/,
    );
    const ahead = await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'thematic',
      title: 'Chuyên đề tuần sau',
      startsAt: fromNow(24 * 6),
    });
    expect(codes(ahead)).not.toContain('documents_missing');
    expect((await postFile(w.secretary, ahead.id, 'du-thao.pdf')).status).toBe(201);
    const inTime = await detail(w.secretary, ahead.id);
    expect(codes(inTime)).toEqual([]);
    expect(inTime.files).toEqual([expect.objectContaining({ kind: 'material', name: 'du-thao.pdf' })]);
    // Cancelled: nothing more to warn about, nothing more to change.
    const cancelled = await w.secretary.post(`/api/meetings/${ahead.id}/cancel`, { reason: 'Trùng lịch' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const again = await w.secretary.patch(`/api/meetings/${ahead.id}`, { title: 'Đổi tên' });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('meeting_cancelled');
  });

  it('notifies the members of the chi bộ and the staff of the committee above', async () => {
    const res = await w.secretary.post(`/api/meetings/${sept}/notify`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.meeting.status).toBe('notified');
    expect(res.body.notified).toBeGreaterThanOrEqual(3);
    const mine = await w.an.get('/api/notifications');
    expect(JSON.stringify(mine.body)).toContain(
      'Thông báo sinh hoạt: Sinh hoạt chi bộ thường kỳ tháng 9/2026',
    );
    const above = await w.wardClerk.get('/api/notifications');
    expect(JSON.stringify(above.body)).toContain('Sinh hoạt chi bộ thường kỳ tháng 9/2026');
    // A member of the other chi bộ is not told.
    expect(JSON.stringify((await w.cuong.get('/api/notifications')).body)).not.toContain('tháng 9/2026');
  });
});

describe('the register and the votes', () => {
  it('records every status, attending elsewhere included, with the names and full membership of the day', async () => {
    const res = await w.secretary.put(`/api/meetings/${sept}/attendance`, {
      entries: [
        { memberId: w.ids.an, status: 'present' },
        { memberId: w.ids.binh, status: 'absent_excused', reason: 'Đi công tác' },
        { memberId: w.ids.chi, status: 'exempt', reason: 'Tuổi cao, sức yếu' },
        { memberId: w.ids.dung, status: 'present' },
        { memberId: w.ids.em, status: 'elsewhere' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.counts).toMatchObject({
      present: 2,
      absentExcused: 1,
      absent: 0,
      exempt: 1,
      elsewhere: 1,
    });
    const dung = res.body.items.find((e: { memberId: number }) => e.memberId === w.ids.dung);
    expect(dung).toMatchObject({ fullName: 'Phạm Thị Dung', official: false, status: 'present' });
    const an = res.body.items.find((e: { memberId: number }) => e.memberId === w.ids.an);
    expect(an.official).toBe(true);
  });

  it('counts a vote against the full members of the day minus the exempt; the probationary member is not in the base', async () => {
    // Full: An, Bình, Chí, Em = 4; Chí exempt → base 3.
    const pass = await w.secretary.post(`/api/meetings/${sept}/votes`, {
      subject: 'Thông qua nghị quyết tháng 9',
      for: 2,
      against: 0,
      abstain: 1,
    });
    expect(pass.status, JSON.stringify(pass.body)).toBe(201);
    expect(pass.body).toMatchObject({ base: 3, passed: true });
    expect(typeof pass.body.id).toBe('number');
    const fail = await w.secretary.post(`/api/meetings/${sept}/votes`, {
      subject: 'Đề nghị khen thưởng',
      for: 1,
      against: 1,
      abstain: 1,
    });
    expect(fail.body).toMatchObject({ base: 3, passed: false });
    // Half of the base is not more than half.
    await w.secretary.put(`/api/meetings/${sept}/attendance`, {
      entries: [
        { memberId: w.ids.an, status: 'present' },
        { memberId: w.ids.binh, status: 'absent_excused', reason: 'Đi công tác' },
        { memberId: w.ids.chi, status: 'present' },
        { memberId: w.ids.dung, status: 'present' },
        { memberId: w.ids.em, status: 'elsewhere' },
      ],
    });
    const half = await w.secretary.post(`/api/meetings/${sept}/votes`, {
      subject: 'Biểu quyết thử',
      for: 2,
      against: 2,
      abstain: 0,
    });
    expect(half.body).toMatchObject({ base: 4, passed: false });
    const tooMany = await w.secretary.post(`/api/meetings/${sept}/votes`, {
      subject: 'Quá số',
      for: 5,
      against: 0,
      abstain: 0,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('votes_exceed_base');
    expect(tooMany.body.error.message).toMatch(/nhiều hơn số đảng viên chính thức/);
    const m = await detail(w.secretary, sept);
    expect(m.votes.map((v: { base: number; passed: boolean }) => [v.base, v.passed])).toEqual([
      [3, true],
      [3, false],
      [4, false],
    ]);
  });
});

describe('minutes, resolution, report', () => {
  let taskIds: number[];

  it('records the minutes: the meeting is held', async () => {
    const res = await w.secretary.put(`/api/meetings/${sept}/minutes`, {
      startsAt: '2026-09-10T19:30',
      endsAt: '2026-09-10T21:15',
      discussion: 'Các đồng chí thảo luận về vệ sinh môi trường.',
      conclusion: 'Chi bộ thống nhất ra quân tổng vệ sinh.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await detail(w.secretary, sept)).status).toBe('held');
  });

  it('issues the resolution numbered in the chi bộ’s own sequence, its tasks in the tracker with owners and deadlines', async () => {
    const draft = await w.secretary.put(`/api/meetings/${sept}/resolution`, {
      results: 'Hoàn thành 4/5 nhiệm vụ tháng 8.',
      directions: 'Tập trung công tác vệ sinh môi trường.',
      tasks: [
        { title: 'Tổ chức tổng vệ sinh khu phố', ownerMemberId: w.ids.an, dueOn: '2026-09-30' },
        { title: 'Rà soát hộ nghèo', ownerName: 'Tổ công tác dân vận', dueOn: '2026-10-15' },
      ],
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body.symbol).toBeNull();
    const issued = await w.secretary.post(`/api/meetings/${sept}/resolution/issue`);
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body).toMatchObject({ number: 1, symbol: '1-NQ/CB5', issuedOn: '2026-09-10' });
    taskIds = issued.body.tasks.map((x: { taskId: number }) => x.taskId);
    expect(taskIds.every((id) => typeof id === 'number')).toBe(true);
    const first = await w.secretary.get(`/api/tasks/${taskIds[0]}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ title: 'Tổ chức tổng vệ sinh khu phố', dueOn: '2026-09-30' });
    expect(JSON.stringify(first.body)).toContain('1-NQ/CB5');
    // The owner with an account in the chi bộ holds the task; the named group's task stays with the chi bộ.
    expect(first.body.assigneeId).toBe(w.an.userId);
    const second = await w.secretary.get(`/api/tasks/${taskIds[1]}`);
    expect(second.body.assigneeId ?? null).toBeNull();
    // Issued once: no second number, no change of the text.
    const twice = await w.secretary.post(`/api/meetings/${sept}/resolution/issue`);
    expect(twice.status).toBe(409);
    const edit = await w.secretary.put(`/api/meetings/${sept}/resolution`, { results: 'x', tasks: [] });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toMatch(/đã ban hành/);
  });

  it('numbers each chi bộ’s resolutions in its own sequence', async () => {
    const other = await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Sinh hoạt tháng 9 Chi bộ số 6',
      startsAt: '2026-09-12T19:30',
    });
    await w.cell2Clerk.put(`/api/meetings/${other.id}/resolution`, {
      results: 'Kết quả tháng 8.',
      tasks: [],
    });
    const res = await w.cell2Clerk.post(`/api/meetings/${other.id}/resolution/issue`);
    expect(res.body).toMatchObject({ number: 1, symbol: '1-NQ/CB6' });
    const oct = await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'regular',
      title: 'Sinh hoạt tháng 10',
      startsAt: '2026-10-10T19:30',
    });
    // The unfinished tasks of the September resolution come back on October's agenda.
    expect(oct.carryOver).toMatchObject({ fromMeetingId: sept, fromSymbol: '1-NQ/CB5' });
    expect(oct.carryOver.items.map((x: { title: string }) => x.title)).toEqual([
      'Tổ chức tổng vệ sinh khu phố',
      'Rà soát hộ nghèo',
    ]);
    // The owner reports one done: it no longer comes back.
    const done = await w.an.post(`/api/tasks/${taskIds[0]}/updates`, { progress: 100, note: 'Đã xong' });
    expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
    const again = await detail(w.secretary, oct.id);
    expect(again.carryOver.items.map((x: { title: string }) => x.title)).toEqual(['Rà soát hộ nghèo']);
    const planning = await w.secretary.get(`/api/meetings/carry-over?orgId=${w.cell1}&before=2026-10-10`);
    expect(planning.body.carryOver.items).toHaveLength(1);
    await w.secretary.put(`/api/meetings/${oct.id}/resolution`, { results: 'Kết quả tháng 9.', tasks: [] });
    const second = await w.secretary.post(`/api/meetings/${oct.id}/resolution/issue`);
    expect(second.body).toMatchObject({ number: 2, symbol: '2-NQ/CB5' });
  });

  it('reports to the committee above, whose staff are told', async () => {
    const res = await w.secretary.post(`/api/meetings/${sept}/report`, { note: 'Gửi kèm biên bản.' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.reportedAt).not.toBeNull();
    const m = await detail(w.secretary, sept);
    expect(m.status).toBe('reported');
    // Reported long after the two days the rule allows.
    expect(codes(m)).toContain('report_late');
    const above = await w.wardClerk.get('/api/notifications');
    expect(JSON.stringify(above.body)).toContain('báo cáo sinh hoạt ngày 10/09/2026');
    const twice = await w.secretary.post(`/api/meetings/${sept}/report`, {});
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe('meeting_reported');
  });
});
