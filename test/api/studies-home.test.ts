// A member's study sessions on its home page (GET /api/me/home, section «Học tập, thu hoạch»): the
// sessions it is expected at, newest first, each with where its written reflection stands (not yet
// due before the session, due, sent and waiting, Chưa đạt to write again, Đạt; a make-up's stays with
// the main session); another ward's member sees none of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { reflectionDocx, type StudyWorld, studyWorld, submitReflection } from './studies-fixtures.ts';

let t: TestApp;
let w: StudyWorld;
let past: number;
let future: number;

const NQ57 = { ref: 'Nghị quyết số 57-NQ/TW', title: 'về đột phá phát triển khoa học, công nghệ' };

interface HomeStudy {
  id: number;
  title: string;
  on: string;
  orgName: string | null;
  reflection: string;
  reflectionLabel: string;
  link: string | null;
}

async function homeStudies(c: StudyWorld['an']): Promise<HomeStudy[]> {
  const res = await c.get('/api/me/home');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.unavailable).not.toContain('member.studies');
  return res.body.member.studies.items;
}

beforeAll(async () => {
  t = await startTestApp();
  w = await studyWorld(t);
  const a = await w.wardClerk.post('/api/studies', {
    orgId: w.ward,
    resolution: NQ57,
    mode: 'in_person',
    startsAt: '2026-03-10T08:00',
    place: 'Hội trường Đảng ủy phường',
  });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  past = a.body.id;
  const b = await w.wardClerk.post('/api/studies', {
    orgId: w.ward,
    resolution: { ref: 'Chỉ thị số 45-CT/TW', title: 'về lãnh đạo đại hội đảng bộ các cấp' },
    mode: 'in_person',
    startsAt: '2099-01-15T08:00',
  });
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  future = b.body.id;
});
afterAll(async () => {
  await t?.close();
});

describe('the member’s home lists its study sessions', () => {
  it('newest first, with the day, the unit and a link; a reflection is due only once the session has come', async () => {
    const items = await homeStudies(w.an);
    expect(items.map((i) => i.id)).toEqual([future, past]);
    expect(items[1]).toMatchObject({
      on: '2026-03-10',
      orgName: 'Đảng ủy phường Ô Chợ Dừa',
      title: 'Học tập, quán triệt Nghị quyết số 57-NQ/TW',
      reflection: 'due',
      reflectionLabel: 'Chưa nộp bài thu hoạch',
      link: `/hoc-tap/${past}`,
    });
    expect(items[0]?.reflection).toBe('not_required');
  });

  it('follows the reflection: sent and waiting, Chưa đạt to write again, then Đạt with its score', async () => {
    const docx = await reflectionDocx(['BÀI THU HOẠCH', 'Liên hệ bản thân: chuyển đổi số ở khu dân cư.']);
    const first = await submitReflection(w.an, past, docx, 'thu-hoach.docx');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((await homeStudies(w.an))[1]).toMatchObject({
      reflection: 'written',
      reflectionLabel: 'Đã nộp thu hoạch, chờ chấm',
    });
    const chua = await w.wardClerk.put(`/api/studies/${past}/reflections/${first.body.id}/mark`, {
      grade: 'chua_dat',
    });
    expect(chua.status).toBe(200);
    expect((await homeStudies(w.an))[1]).toMatchObject({
      reflection: 'due',
      reflectionLabel: 'Thu hoạch chưa đạt: viết lại',
    });
    const second = await submitReflection(w.an, past, docx, 'thu-hoach-lan-2.docx');
    expect(second.status).toBe(201);
    const dat = await w.wardClerk.put(`/api/studies/${past}/reflections/${second.body.id}/mark`, {
      grade: 'dat',
      score: 9,
    });
    expect(dat.status).toBe(200);
    expect((await homeStudies(w.an))[1]).toMatchObject({
      reflection: 'written',
      reflectionLabel: 'Thu hoạch: Đạt (9 điểm)',
    });
    // The member's own page agrees.
    const mine = await w.an.get('/api/studies/mine');
    expect(mine.body.items.find((i: { session: { id: number } }) => i.session.id === past)).toMatchObject({
      canSubmit: false,
      mine: { reflection: { grade: 'dat', score: 9 } },
    });
  });

  it('a make-up session is listed too; the reflection stays with the main session', async () => {
    const absent = await w.wardClerk.put(`/api/studies/${past}/attendance`, {
      entries: [{ memberId: w.ids.cuong, status: 'absent' }],
    });
    expect(absent.status, JSON.stringify(absent.body)).toBe(200);
    const makeup = await w.wardClerk.post(`/api/studies/${past}/makeups`, {
      mode: 'in_person',
      startsAt: '2026-03-20T14:00',
      memberIds: [w.ids.cuong],
    });
    expect(makeup.status, JSON.stringify(makeup.body)).toBe(201);
    const items = await homeStudies(w.cuong);
    expect(items.map((i) => [i.id, i.reflection])).toEqual([
      [future, 'not_required'],
      [makeup.body.id, 'not_required'],
      [past, 'due'],
    ]);
  });

  it('another ward’s member sees none of them; a staff home has no member section', async () => {
    expect(await homeStudies(w.outsider)).toEqual([]);
    const staff = await w.wardClerk.get('/api/me/home');
    expect(staff.body).toMatchObject({ kind: 'staff', member: null });
  });
});
