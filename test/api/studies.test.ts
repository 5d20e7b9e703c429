// Study sessions (học tập, quán triệt nghị quyết): the expected members drawn from the rolls on the day,
// attendance taken by the organisers and by each point for its own members, a make-up session that
// completes the absent, written reflections (each member its own; staff mark them), the statistics by
// unit, the Excel list, access (another unit's member gets 404), roles, and bad input that changes
// nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, sheetRows } from './members-fixtures.ts';
import {
  page,
  reflectionDocx,
  type StudyWorld,
  studyWorld,
  submitReflection,
  tableCounts,
} from './studies-fixtures.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

let t: TestApp;
let w: StudyWorld;
let session: number;

const NQ57 = {
  ref: 'Nghị quyết số 57-NQ/TW',
  title: 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
};

beforeAll(async () => {
  t = await startTestApp();
  w = await studyWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('a study session', () => {
  it('is created for a ward by video bridge, expecting the members on the rolls that day, in name order', async () => {
    const res = await w.wardClerk.post('/api/studies', {
      orgId: w.ward,
      resolution: NQ57,
      mode: 'video',
      startsAt: '2026-03-10T08:00',
      endsAt: '2026-03-10T11:00',
      bridge: {
        host: 'Hội trường Đảng ủy phường',
        points: ['Nhà văn hóa Khu dân cư số 1', 'Nhà văn hóa Khu dân cư số 2'],
      },
      presenter: 'Đồng chí Bí thư Đảng ủy phường',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    session = res.body.id;
    expect(res.body.title).toBe('Học tập, quán triệt Nghị quyết số 57-NQ/TW');
    expect(res.body.startsAt).toBe('2026-03-10T01:00:00.000Z');
    expect(res.body.bridge.points).toHaveLength(2);
    expect(res.body.expectedBasis).toBe('unit');
    // Dung was admitted after the day; the other ward's member is not the ward's.
    expect(res.body.counts).toMatchObject({ expected: 3, present: 0, unrecorded: 3, notStudied: 3 });
    const p = await page(w.wardClerk, session);
    expect(p.attendees.map((a: { fullName: string }) => a.fullName)).toEqual([
      'Trần Văn An',
      'Lê Thị Bình',
      'Nguyễn Văn Cường',
    ]);
    expect(p.can).toEqual({ manage: true, check: true, reflect: false });
  });

  it('takes attendance: present, absent with a reason, absent', async () => {
    const res = await w.wardClerk.put(`/api/studies/${session}/attendance`, {
      entries: [
        { memberId: w.ids.an, status: 'present', point: 'Nhà văn hóa Khu dân cư số 1' },
        { memberId: w.ids.binh, status: 'absent_excused', reason: 'Ốm, nằm viện' },
        { memberId: w.ids.cuong, status: 'absent' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.counts).toMatchObject({
      expected: 3,
      present: 1,
      absentExcused: 1,
      absent: 1,
      notStudied: 2,
    });
    const binh = res.body.attendees.find((a: { memberId: number }) => a.memberId === w.ids.binh);
    expect(binh).toMatchObject({
      statusLabel: 'Vắng có lý do',
      reason: 'Ốm, nằm viện',
      state: 'not_studied',
    });
  });

  it('a chi bộ point sees its own members only and checks them, not those of another chi bộ', async () => {
    const p = await page(w.cell1Clerk, session);
    expect(p.attendees.map((a: { memberId: number }) => a.memberId).sort()).toEqual(
      [w.ids.an, w.ids.binh].sort(),
    );
    expect(p.can.manage).toBe(false);
    const own = await w.cell1Clerk.put(`/api/studies/${session}/attendance`, {
      entries: [{ memberId: w.ids.binh, status: 'absent_excused', reason: 'Ốm, nằm viện dài ngày' }],
    });
    expect(own.status).toBe(200);
    const other = await w.cell1Clerk.put(`/api/studies/${session}/attendance`, {
      entries: [{ memberId: w.ids.cuong, status: 'present' }],
    });
    expect(other.status).toBe(403);
    expect((await page(w.wardClerk, session)).counts.absent).toBe(1);
  });

  it('a member sees its own row only; a member of another ward gets 404', async () => {
    const p = await page(w.cuong, session);
    expect(p.attendees.map((a: { memberId: number }) => a.memberId)).toEqual([w.ids.cuong]);
    expect(p.mine).toMatchObject({ memberId: w.ids.cuong, status: 'absent', state: 'not_studied' });
    expect(p.can).toEqual({ manage: false, check: false, reflect: true });
    expect((await w.outsider.get(`/api/studies/${session}`)).status).toBe(404);
    expect((await w.outsider.get(`/api/studies/${session}/attendance.xlsx`)).status).toBe(404);
    const list = await w.outsider.get('/api/studies');
    expect(list.body.items.map((s: { id: number }) => s.id)).not.toContain(session);
    expect((await w.cuong.get('/api/studies')).body.items.map((s: { id: number }) => s.id)).toContain(
      session,
    );
  });
});

describe('a make-up session', () => {
  let makeup: number;

  it('expects those who have not studied, and one who comes counts as having studied', async () => {
    const early = await w.wardClerk.post(`/api/studies/${session}/makeups`, {
      mode: 'in_person',
      startsAt: '2026-03-09T08:00',
    });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('makeup_before_session');
    const studied = await w.wardClerk.post(`/api/studies/${session}/makeups`, {
      mode: 'in_person',
      startsAt: '2026-03-20T14:00',
      memberIds: [w.ids.an],
    });
    expect(studied.status).toBe(422);
    expect(studied.body.error.code).toBe('not_pending');
    const res = await w.wardClerk.post(`/api/studies/${session}/makeups`, {
      mode: 'in_person',
      startsAt: '2026-03-20T14:00',
      place: 'Phòng họp Đảng ủy phường',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    makeup = res.body.id;
    expect(res.body).toMatchObject({ makeupOf: session, expectedBasis: 'makeup' });
    expect(res.body.counts.expected).toBe(2);
    const check = await w.wardClerk.put(`/api/studies/${makeup}/attendance`, {
      entries: [
        { memberId: w.ids.binh, status: 'present' },
        { memberId: w.ids.cuong, status: 'absent' },
      ],
    });
    expect(check.status).toBe(200);
    const main = await page(w.wardClerk, session);
    expect(main.counts).toMatchObject({ expected: 3, present: 1, madeUp: 1, notStudied: 1 });
    expect(main.makeupSessions.map((s: { id: number }) => s.id)).toEqual([makeup]);
    const binh = main.attendees.find((a: { memberId: number }) => a.memberId === w.ids.binh);
    expect(binh).toMatchObject({ state: 'made_up', stateLabel: 'Đã học bù', madeUpIn: makeup });
    // The members' own list: the session and the make-up, what their study came to.
    const mine = await w.cuong.get('/api/studies/mine');
    expect(mine.body.linked).toBe(true);
    expect(mine.body.items.map((i: { session: { id: number } }) => i.session.id)).toEqual([makeup, session]);
    expect(mine.body.items[1].mine.state).toBe('not_studied');
  });

  it('a second make-up is for the one still missing', async () => {
    const res = await w.wardClerk.post(`/api/studies/${makeup}/makeups`, {
      mode: 'in_person',
      startsAt: '2026-03-25T14:00',
    });
    expect(res.status).toBe(201);
    expect(res.body.makeupOf).toBe(session);
    expect(res.body.counts.expected).toBe(1);
  });
});

describe('reflections (bài thu hoạch)', () => {
  let anReflection: number;
  let cuongReflection: number;

  it('a member submits its own (Word: its text is read), never another member’s', async () => {
    const docx = await reflectionDocx([
      'BÀI THU HOẠCH',
      'Học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị',
      'Liên hệ bản thân: ứng dụng chuyển đổi số trong sinh hoạt chi bộ khu dân cư.',
    ]);
    const own = await submitReflection(w.an, session, docx, 'bai-thu-hoach-an.docx');
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body).toMatchObject({ memberId: w.ids.an, version: 1, grade: null });
    expect(own.body.textChars).toBeGreaterThan(50);
    anReflection = own.body.id;
    const forOther = await submitReflection(w.an, session, docx, 'ho.docx', {
      memberId: String(w.ids.cuong),
    });
    expect(forOther.status).toBe(403);
    const outsider = await submitReflection(w.outsider, session, docx, 'ngoai.docx');
    expect(outsider.status).toBe(404);
    const notWord = await submitReflection(w.cuong, session, Buffer.from('chỉ là chữ'), 'bai.txt');
    expect(notWord.status).toBe(400);
    const pdf = await submitReflection(w.cuong, session, PDF, 'bai-thu-hoach-cuong.pdf');
    expect(pdf.status).toBe(201);
    cuongReflection = pdf.body.id;
  });

  it('a member sees and downloads only its own', async () => {
    const list = await w.an.get(`/api/studies/${session}/reflections`);
    expect(list.body.items.map((r: { id: number }) => r.id)).toEqual([anReflection]);
    expect((await w.an.get(`/api/studies/${session}/reflections?memberId=${w.ids.cuong}`)).status).toBe(404);
    const file = await download(t, w.an, `/api/studies/${session}/reflections/${anReflection}/file`);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
    const other = await w.an.get(`/api/studies/${session}/reflections/${cuongReflection}/file`);
    expect(other.status).toBe(404);
    const p = await page(w.an, session);
    expect(p.attendees).toHaveLength(1);
    expect(p.mine.reflection.id).toBe(anReflection);
  });

  it('staff mark them; Chưa đạt is written again, Đạt is final; only the newest is marked', async () => {
    expect(
      (await w.an.put(`/api/studies/${session}/reflections/${anReflection}/mark`, { grade: 'dat' })).status,
    ).toBe(403);
    const dat = await w.wardClerk.put(`/api/studies/${session}/reflections/${anReflection}/mark`, {
      grade: 'dat',
      score: 8.5,
      comment: 'Liên hệ sát thực tế khu dân cư.',
    });
    expect(dat.status, JSON.stringify(dat.body)).toBe(200);
    expect(dat.body).toMatchObject({ grade: 'dat', gradeLabel: 'Đạt', score: 8.5 });
    const again = await submitReflection(w.an, session, PDF, 'lai.pdf');
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('reflection_passed');
    const chua = await w.wardClerk.put(`/api/studies/${session}/reflections/${cuongReflection}/mark`, {
      grade: 'chua_dat',
      comment: 'Chưa liên hệ bản thân.',
    });
    expect(chua.status).toBe(200);
    const second = await submitReflection(w.cuong, session, PDF, 'bai-thu-hoach-cuong-lan-2.pdf');
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);
    const old = await w.wardClerk.put(`/api/studies/${session}/reflections/${cuongReflection}/mark`, {
      grade: 'dat',
    });
    expect(old.status).toBe(422);
    expect(old.body.error.code).toBe('not_newest');
    const versions = await w.wardClerk.get(`/api/studies/${session}/reflections?memberId=${w.ids.cuong}`);
    expect(versions.body.items.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    // A point marks its own members' only.
    const cross = await w.cell1Clerk.put(`/api/studies/${session}/reflections/${second.body.id}/mark`, {
      grade: 'dat',
    });
    expect(cross.status).toBe(404);
  });

  it('counts on the session: submitted, marked, passed (the newest version counts)', async () => {
    const p = await page(w.wardClerk, session);
    expect(p.counts).toMatchObject({ reflections: 2, marked: 1, passed: 1 });
  });
});

describe('statistics and the Excel list', () => {
  it('by unit: each chi bộ with its expected, studied, made up, not yet studied and reflections', async () => {
    const res = await w.wardClerk.get(`/api/studies/stats?orgId=${w.ward}&from=2026-03-01&to=2026-03-31`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const byName = Object.fromEntries(res.body.rows.map((r: { orgName: string }) => [r.orgName, r]));
    expect(byName['Chi bộ Khu dân cư số 1']).toMatchObject({
      sessions: 1,
      expected: 2,
      present: 1,
      madeUp: 1,
      notStudied: 0,
      reflections: 1,
      marked: 1,
      passed: 1,
    });
    expect(byName['Chi bộ Khu dân cư số 2']).toMatchObject({
      expected: 1,
      present: 0,
      madeUp: 0,
      notStudied: 1,
      reflections: 1,
      marked: 0,
    });
    expect(res.body.total).toMatchObject({
      expected: 3,
      present: 1,
      madeUp: 1,
      notStudied: 1,
      reflections: 2,
    });
    const other = await w.wardClerk.get(`/api/studies/stats?orgId=${w.ward}&resolution=58-NQ/TW`);
    expect(other.body.total.expected).toBe(0);
    const same = await w.wardClerk.get(`/api/studies/stats?orgId=${w.ward}&resolution=57-nq/tw`);
    expect(same.body.total.expected).toBe(3);
    expect((await w.wardClerk.get(`/api/studies/stats?orgId=${w.otherWard}`)).status).toBe(404);
  });

  it('the attendance and reflection list as Excel', async () => {
    const res = await download(t, w.wardClerk, `/api/studies/${session}/attendance.xlsx`);
    expect(res.status).toBe(200);
    const rows = (await sheetRows(res.body)).map((r) => Array.from(r, (v) => (v == null ? '' : String(v))));
    const line = (name: string) => rows.find((r) => r[1] === name) ?? [];
    expect(line('Trần Văn An').slice(3, 11)).toEqual([
      'Có mặt',
      '',
      'Nhà văn hóa Khu dân cư số 1',
      '',
      'Đã học',
      expect.stringMatching(/^Đã nộp /),
      'Đạt',
      '8.5',
    ]);
    expect(line('Lê Thị Bình')[7]).toBe('Đã học bù');
    expect(line('Nguyễn Văn Cường')[7]).toBe('Chưa học');
  });
});

describe('roles and bad input', () => {
  it('only staff organise, check and mark; every role reads', async () => {
    for (const role of ROLES) {
      const c = await t.as(role, w.ward, 1);
      const created = await c.post('/api/studies', {
        orgId: w.ward,
        resolution: NQ57,
        mode: 'in_person',
        startsAt: '2026-04-02T08:00',
        memberIds: [w.ids.an],
      });
      expect(created.status, `${role}: ${JSON.stringify(created.body)}`).toBe(role === 'member' ? 403 : 201);
      expect((await c.get('/api/studies')).status).toBe(200);
      const check = await c.put(`/api/studies/${session}/attendance`, {
        entries: [{ memberId: w.ids.an, status: 'present' }],
      });
      expect(check.status).toBe(role === 'member' ? 403 : 200);
    }
  });

  it('400 for malformed input and 422 for a broken rule, with nothing changed', async () => {
    const before = await tableCounts(t);
    const bad = [
      { orgId: w.ward, resolution: NQ57, mode: 'video', startsAt: '2026-03-10T08:00' }, // no bridge
      { orgId: w.ward, resolution: NQ57, mode: 'in_person', startsAt: '10/03/2026 08:00' },
      { orgId: w.ward, resolution: { ref: '57-NQ/TW' }, mode: 'in_person', startsAt: '2026-03-10T08:00' },
      { orgId: w.ward, resolution: NQ57, mode: 'phone', startsAt: '2026-03-10T08:00' },
      {
        orgId: w.ward,
        resolution: NQ57,
        mode: 'in_person',
        startsAt: '2026-03-10T08:00',
        bridge: { host: 'Hội trường', points: [] },
      },
    ];
    for (const body of bad) {
      const res = await w.wardClerk.post('/api/studies', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(/[À-ỹ]/);
    }
    const outside = await w.wardClerk.post('/api/studies', {
      orgId: w.ward,
      resolution: NQ57,
      mode: 'in_person',
      startsAt: '2026-03-10T08:00',
      memberIds: [w.ids.an, w.ids.outsider],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('member_not_in_unit');
    const backwards = await w.wardClerk.post('/api/studies', {
      orgId: w.ward,
      resolution: NQ57,
      mode: 'in_person',
      startsAt: '2026-03-10T08:00',
      endsAt: '2026-03-10T07:00',
    });
    expect(backwards.status).toBe(422);
    const attendance = [
      { entries: [] },
      { entries: [{ memberId: w.ids.an, status: 'late' }] },
      {
        entries: [
          { memberId: w.ids.an, status: 'present' },
          { memberId: w.ids.an, status: 'absent' },
        ],
      },
      { entries: [{ memberId: w.ids.an, status: 'present', reason: 'Có mặt muộn' }] },
    ];
    for (const body of attendance) {
      const res = await w.wardClerk.put(`/api/studies/${session}/attendance`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const unexpected = await w.wardClerk.put(`/api/studies/${session}/attendance`, {
      entries: [
        { memberId: w.ids.binh, status: 'present' },
        { memberId: w.ids.dung, status: 'present' },
      ],
    });
    expect(unexpected.status).toBe(422);
    expect(unexpected.body.error.code).toBe('member_not_expected');
    const badMark = await w.wardClerk.put(`/api/studies/${session}/reflections/1/mark`, {
      grade: 'gioi',
      score: 11,
    });
    expect(badMark.status).toBe(400);
    expect(await tableCounts(t)).toEqual(before);
    expect((await page(w.wardClerk, session)).counts.absentExcused).toBe(1);
  });

  it('a session with attendance is not deleted; an unused one is', async () => {
    expect((await w.wardClerk.delete(`/api/studies/${session}`)).status).toBe(409);
    const fresh = await w.wardClerk.post('/api/studies', {
      orgId: w.cell1,
      resolution: { ref: 'Chỉ thị số 01-CT/TW', title: 'về học tập, quán triệt nghị quyết' },
      mode: 'in_person',
      startsAt: '2026-12-01T19:30',
      place: 'Nhà văn hóa Khu dân cư số 1',
    });
    expect(fresh.status).toBe(201);
    expect(fresh.body.counts.expected).toBe(2);
    const future = await w.wardClerk.put(`/api/studies/${fresh.body.id}/attendance`, {
      entries: [{ memberId: w.ids.an, status: 'present' }],
    });
    expect(future.status).toBe(200);
    expect((await w.cuong.get(`/api/studies/${fresh.body.id}`)).status).toBe(404);
    expect((await w.cell1Clerk.delete(`/api/studies/${fresh.body.id}`)).status).toBe(409);
    const unused = await w.wardClerk.post('/api/studies', {
      orgId: w.cell2,
      resolution: NQ57,
      mode: 'in_person',
      startsAt: '2027-01-05T19:30',
    });
    expect(unused.status).toBe(201);
    const early = await w.wardClerk.put(`/api/studies/${unused.body.id}/attendance`, {
      entries: [{ memberId: w.ids.cuong, status: 'present' }],
    });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('session_not_started');
    expect((await w.wardClerk.delete(`/api/studies/${unused.body.id}`)).status).toBe(204);
    expect((await w.wardClerk.get(`/api/studies/${unused.body.id}`)).status).toBe(404);
  });
});
