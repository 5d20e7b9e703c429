// Who sees and who changes a chi bộ meeting: the staff of the unit and of the committees above;
// another unit's staff and members get 404; a member reads only their own chi bộ's meetings (the
// register shows only what was marked), acts on none; roles that may never act get 403. Bad input
// answers a Vietnamese message and changes nothing. The home: a member's next meeting with its
// agenda and materials, a staff member's meetings of the week.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import {
  detail,
  fromNow,
  type MeetingWorld,
  meetingWorld,
  plan,
  postFile,
  tableCounts,
} from './meetings-fixtures.ts';
import { download } from './members-fixtures.ts';

let t: TestApp;
let w: MeetingWorld;
let m1: number;
let m2: number;
let fileUrl: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await meetingWorld(t);
  m1 = (
    await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'regular',
      title: 'Sinh hoạt tháng 11 Chi bộ số 5',
      startsAt: '2026-11-10T19:30',
      agenda: 'Nhiệm vụ tháng 11',
    })
  ).id;
  m2 = (
    await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Sinh hoạt tháng 11 Chi bộ số 6',
      startsAt: '2026-11-11T19:30',
    })
  ).id;
  const f = await postFile(w.secretary, m1, 'bao-cao-thang-11.pdf');
  fileUrl = f.body.url;
  await w.secretary.put(`/api/meetings/${m1}/attendance`, {
    entries: [
      { memberId: w.ids.an, status: 'present' },
      { memberId: w.ids.em, status: 'absent' },
    ],
  });
});
afterAll(async () => {
  await t?.close();
});

describe('access', () => {
  it('the committee above sees and manages its chi bộ’s meetings; another ward’s staff get 404', async () => {
    expect((await w.wardClerk.get(`/api/meetings/${m1}`)).status).toBe(200);
    const list = await w.wardClerk.get(`/api/meetings?orgId=${w.ward}`);
    expect(list.body.items.map((m: { id: number }) => m.id).sort()).toEqual([m1, m2].sort());
    expect((await w.otherClerk.get(`/api/meetings/${m1}`)).status).toBe(404);
    expect((await w.otherClerk.get(`/api/meetings`)).body.items).toEqual([]);
    for (const [method, url, body] of [
      ['PUT', `/api/meetings/${m1}/attendance`, { entries: [] }],
      ['POST', `/api/meetings/${m1}/votes`, { subject: 'x', for: 0, against: 0, abstain: 0 }],
      ['GET', `/api/meetings/${m1}/minutes.docx`, undefined],
      ['GET', fileUrl, undefined],
    ] as const) {
      const res = await w.otherClerk.request(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    // A sibling chi bộ's clerk neither.
    expect((await w.cell2Clerk.get(`/api/meetings/${m1}`)).status).toBe(404);
    expect(
      (
        await w.secretary.post('/api/meetings', {
          orgId: w.cell2,
          kind: 'regular',
          title: 'x',
          startsAt: '2026-11-01T08:00',
        })
      ).status,
    ).toBe(404);
  });

  it('a member reads their own chi bộ’s meetings and materials only, and changes nothing', async () => {
    const list = await w.an.get('/api/meetings');
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { id: number }) => m.id)).toEqual([m1]);
    const m = await detail(w.an, m1);
    expect(m.can).toEqual({ manage: false, resolve: false });
    // Only the marks taken, not the rest of the rolls.
    expect(m.attendance.items).toHaveLength(2);
    const file = await download(t, w.an, fileUrl);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect((await download(t, w.an, `/api/meetings/${m1}/invitation.docx`)).status).toBe(200);
    expect((await w.an.get(`/api/meetings/${m2}`)).status).toBe(404);
    expect((await w.cuong.get(`/api/meetings/${m1}`)).status).toBe(404);
    expect((await w.outsider.get('/api/meetings')).body.items).toEqual([]);
    const before = await tableCounts(t);
    for (const [method, url, body] of [
      [
        'POST',
        '/api/meetings',
        { orgId: w.cell1, kind: 'regular', title: 'x', startsAt: '2026-12-20T08:00' },
      ],
      ['PUT', `/api/meetings/${m1}/attendance`, { entries: [{ memberId: w.ids.an, status: 'present' }] }],
      ['POST', `/api/meetings/${m1}/votes`, { subject: 'x', for: 1, against: 0, abstain: 0 }],
      ['POST', `/api/meetings/${m1}/resolution/issue`, undefined],
      ['GET', `/api/meetings/absences?orgId=${w.cell1}&year=2026`, undefined],
      ['GET', `/api/meetings/overview?orgId=${w.cell1}&year=2026`, undefined],
    ] as const) {
      const res = await w.an.request(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(403);
      expect(res.body.error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/);
    }
    expect(await tableCounts(t)).toEqual(before);
  });

  it('an administrator keeps the records but does not issue resolutions (they give tasks)', async () => {
    expect((await t.admin.put(`/api/meetings/${m1}/minutes`, { conclusion: 'Kết luận' })).status).toBe(200);
    await t.admin.put(`/api/meetings/${m1}/resolution`, { results: 'Kết quả.', tasks: [] });
    const res = await t.admin.post(`/api/meetings/${m1}/resolution/issue`);
    expect(res.status).toBe(403);
    expect((await detail(w.secretary, m1)).resolution.symbol).toBeNull();
  });

  it('nobody plans a meeting above their clearance', async () => {
    const res = await w.secretary.post('/api/meetings', {
      orgId: w.cell1,
      kind: 'thematic',
      title: 'Chuyên đề mật',
      startsAt: '2026-12-20T08:00',
      secrecy: 2,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('secrecy_above_clearance');
  });
});

describe('bad input', () => {
  it('answers in Vietnamese and changes nothing', async () => {
    const before = await tableCounts(t);
    const cases: [string, string, unknown, number, RegExp][] = [
      [
        'POST',
        '/api/meetings',
        { orgId: w.cell1, kind: 'weekly', title: 'x', startsAt: '2026-12-20T08:00' },
        400,
        /Loại sinh hoạt/,
      ],
      [
        'POST',
        '/api/meetings',
        { orgId: w.cell1, kind: 'regular', title: 'x', startsAt: '20/12/2026' },
        400,
        /Thời gian bắt đầu: phải là thời gian/,
      ],
      [
        'POST',
        '/api/meetings',
        { orgId: w.cell1, kind: 'regular', title: '', startsAt: '2026-12-20T08:00' },
        400,
        /Tên cuộc sinh hoạt/,
      ],
      [
        'POST',
        '/api/meetings',
        {
          orgId: w.cell1,
          kind: 'regular',
          title: 'x',
          startsAt: '2026-12-20T08:00',
          endsAt: '2026-12-20T07:00',
        },
        400,
        /Thời gian kết thúc: phải sau thời gian bắt đầu/,
      ],
      [
        'POST',
        '/api/meetings',
        { orgId: w.cell1, kind: 'regular', title: 'x', startsAt: '2026-12-20T08:00', videoLink: 'zoom' },
        400,
        /Đường dẫn họp trực tuyến/,
      ],
      [
        'POST',
        '/api/meetings',
        {
          orgId: w.cell1,
          kind: 'regular',
          title: 'x',
          startsAt: '2026-12-20T08:00',
          chairMemberId: w.ids.cuong,
        },
        422,
        /Người chủ trì: đảng viên không có tên trong danh sách/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/attendance`,
        { entries: [{ memberId: w.ids.an, status: 'late' }] },
        400,
        /Tình trạng/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/attendance`,
        {
          entries: [
            { memberId: w.ids.an, status: 'present' },
            { memberId: w.ids.an, status: 'absent' },
          ],
        },
        400,
        /bị lặp lại/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/attendance`,
        {
          entries: [
            { memberId: w.ids.an, status: 'present' },
            { memberId: w.ids.outsider, status: 'present' },
          ],
        },
        422,
        /không có tên trong danh sách Chi bộ Tổ dân phố số 5 ngày 10\/11\/2026/,
      ],
      [
        'POST',
        `/api/meetings/${m1}/votes`,
        { subject: 'x', for: -1, against: 0, abstain: 0 },
        400,
        /Số tán thành/,
      ],
      [
        'POST',
        `/api/meetings/${m1}/votes`,
        { subject: 'x', for: 3, against: 2, abstain: 0 },
        422,
        /nhiều hơn số đảng viên chính thức/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/resolution`,
        { results: 'Kết quả', tasks: [{ title: 'Việc', dueOn: '2026-12-01' }] },
        400,
        /chọn đảng viên hoặc ghi người, bộ phận thực hiện/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/resolution`,
        { results: 'Kết quả', tasks: [{ title: 'Việc', ownerMemberId: w.ids.cuong, dueOn: '2026-12-01' }] },
        422,
        /Nhiệm vụ 1: người thực hiện không có tên/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/quality`,
        { scores: [{ code: 'time', points: 5 }] },
        422,
        /Chưa chấm tiêu chí/,
      ],
      [
        'PUT',
        `/api/meetings/${m1}/minutes`,
        { startsAt: '2026-11-11T19:30' },
        422,
        /Biên bản ghi giờ họp trong ngày 10\/11\/2026/,
      ],
      ['GET', '/api/meetings/absences?orgId=abc&year=2026', undefined, 400, /Đơn vị/],
      ['GET', `/api/meetings/absences?orgId=${w.cell1}&year=20`, undefined, 400, /Năm/],
      ['GET', '/api/meetings/999999', undefined, 404, /Cuộc sinh hoạt/],
    ];
    for (const [method, url, body, status, message] of cases) {
      const res = await w.secretary.request(method, url, body);
      expect(res.status, `${method} ${url} ${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(
        status,
      );
      expect(res.body.error.message).toMatch(message);
    }
    // A board of the committee does not hold party meetings.
    const board = await t.org(w.ward, 'board', 'Văn phòng Đảng ủy', 'VP');
    const onBoard = await w.wardClerk.post('/api/meetings', {
      orgId: board,
      kind: 'regular',
      title: 'x',
      startsAt: '2026-12-20T08:00',
    });
    expect(onBoard.status).toBe(422);
    expect(onBoard.body.error.code).toBe('meeting_unit_kind');
    // The register is as it was.
    const m = await detail(w.secretary, m1);
    expect(m.attendance.counts).toMatchObject({ present: 1, absent: 1 });
    const after = await tableCounts(t);
    expect(after).toEqual({ ...before, audit: (before?.audit ?? 0) + 1 }); // the board's creation
  });
});

describe('the home', () => {
  it('shows a member the next meeting of their chi bộ with its agenda and materials', async () => {
    const next = await plan(w.secretary, {
      orgId: w.cell1,
      kind: 'thematic',
      title: 'Chuyên đề học tập tư tưởng Hồ Chí Minh',
      startsAt: fromNow(24 * 2),
      place: 'Nhà văn hóa Tổ dân phố số 5',
      agenda: ['Quán triệt chuyên đề', 'Liên hệ bản thân'],
    });
    await plan(w.secretary, { orgId: w.cell1, kind: 'regular', title: 'Xa hơn', startsAt: fromNow(24 * 20) });
    await postFile(w.secretary, next.id, 'chuyen-de.pdf');
    const res = await w.an.get('/api/me/home');
    expect(res.status).toBe(200);
    expect(res.body.unavailable).not.toContain('member.meeting');
    const meeting = res.body.member.meeting.next;
    expect(meeting).toMatchObject({
      id: next.id,
      title: 'Chuyên đề học tập tư tưởng Hồ Chí Minh',
      kindLabel: 'Chuyên đề',
      orgName: 'Chi bộ Tổ dân phố số 5',
      place: 'Nhà văn hóa Tổ dân phố số 5',
      agenda: ['Quán triệt chuyên đề', 'Liên hệ bản thân'],
      link: `/sinh-hoat/${next.id}`,
    });
    expect(meeting.documents).toEqual([expect.objectContaining({ name: 'chuyen-de.pdf' })]);
    expect((await download(t, w.an, meeting.documents[0].url)).status).toBe(200);
    // The other chi bộ's member has none ahead.
    expect((await w.cuong.get('/api/me/home')).body.member.meeting).toEqual({ next: null });
  });

  it('counts a staff member’s meetings of this week', async () => {
    const home = (c: typeof w.wardClerk) =>
      c
        .get('/api/me/home')
        .then((r) => r.body.staff.counts.find((x: { key: string }) => x.key === 'meetings.week'));
    const before = await home(w.wardClerk);
    const week = (await w.wardClerk.get('/api/me/home')).body.week;
    expect(before).toMatchObject({
      group: 'meetings',
      link: `/sinh-hoat?from=${week.weekStart}&to=${week.weekEnd}`,
    });
    const day = week.today < week.weekEnd ? addDays(week.today, 1) : todayVn();
    await plan(w.cell2Clerk, {
      orgId: w.cell2,
      kind: 'regular',
      title: 'Trong tuần',
      startsAt: `${day}T19:30`,
    });
    const after = await home(w.wardClerk);
    expect(after.count).toBe(before.count + 1);
    // The figure agrees with the list its link opens.
    const listed = await w.wardClerk.get(`/api/meetings?from=${week.weekStart}&to=${week.weekEnd}&limit=200`);
    expect(listed.body.items).toHaveLength(after.count);
    expect((await home(w.otherClerk)).count).toBe(0);
  });
});
