// The individual review (Mẫu 2A/2B/2C) for a year and a quarter: the member writes it (or the clerk
// for them) and sees only their own; beside it the tasks done on time, fees paid and discipline are
// computed; the chi bộ's secretary proposes, the committee one level up decides (the decider recorded),
// and the decided grade is the member's rating; other units get 404, bad input a Vietnamese 4xx with
// nothing changed; the review prints in Word (read back through LibreOffice); the unit review by quarter.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, renderDocx, SOFFICE } from '../office/pdf.ts';
import { type Actor, decision, type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';
import { download, member } from './members-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;
let mine: Actor;
let secretary: Actor;
let id: number;

async function task(title: string, dueOn: string, doneOn: string) {
  const res = await w.wardLeader.post('/api/tasks', { title, orgId: w.cell, dueOn });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  await t.rt.database.db.execute(
    sql`UPDATE tasks SET assignee_id = ${mine.userId}, done_on = ${doneOn}::date, progress = 100 WHERE id = ${res.body.id}`,
  );
}

beforeAll(async () => {
  t = await startTestApp();
  w = await inspectionWorld(t);
  mine = await t.as('member', w.cell);
  secretary = await t.as('leader', w.cell);
  id = await member(t.admin, w.cell, { fullName: 'Hoàng Thị Lan', userId: mine.userId, feeBase: 6_000_000 });
  await task('Báo cáo quý II', '2025-05-30', '2025-05-20');
  await task('Tổng kết năm', '2025-11-30', '2025-12-05');
  const months = ['01', '02', '03', '04', '05', '06'];
  const paid = await t.admin.post('/api/members/fees/payments', {
    payments: months.map((m) => ({
      memberId: id,
      month: `2025-${m}`,
      amount: 60_000,
      paidOn: `2025-${m}-10`,
    })),
  });
  expect(paid.status, JSON.stringify(paid.body)).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

const url = (q = 'year=2025') => `/api/reviews/members/${id}?${q}`;
const sections = {
  politics: 'Kiên định lập trường.',
  duties: 'Hoàn thành các việc được giao.',
  shortcomings: 'Còn chậm một việc.',
};

describe('the individual review', () => {
  it('shows the member their own review with the computed criteria; others get 404', async () => {
    const r = await mine.get(url());
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      form: null,
      suggestedForm: '2B',
      periodLabel: 'năm 2025',
      finalGrade: null,
    });
    expect(r.body.sections.map((s: { key: string }) => s.key)).toEqual([
      'politics',
      'duties',
      'pledge',
      'shortcomings',
      'remedied',
      'direction',
    ]);
    expect(r.body.criteria.tasks).toMatchObject({
      due: 2,
      doneOnTime: 1,
      doneLate: 1,
      onTimePercent: 50,
      allOnTime: false,
    });
    expect(r.body.criteria.fees).toMatchObject({ monthsOwed: 12, monthsPaid: 6, allPaid: false });
    expect(r.body.criteria.fees.unpaid[0]).toBe('2025-07');
    expect(r.body.criteria.meetings).toMatchObject({ meetings: 0 });
    expect(r.body.criteria.discipline).toMatchObject({ decisions: [], maxCategory: null });
    expect(r.body.can).toMatchObject({ write: true, propose: false, decide: false });

    const q2 = await mine.get(url('year=2025&quarter=2'));
    expect(q2.body.periodLabel).toBe('quý II năm 2025');
    expect(q2.body.criteria.tasks).toMatchObject({
      due: 1,
      doneOnTime: 1,
      allOnTime: true,
      maxCategory: 'xuat_sac',
    });
    expect(q2.body.criteria.fees).toMatchObject({ monthsOwed: 3, monthsPaid: 3, allPaid: true });
    expect(q2.body.sections.map((s: { key: string }) => s.key)).toEqual([
      'duties',
      'shortcomings',
      'direction',
    ]);

    expect((await w.memberUser.get(url())).status).toBe(404);
    expect((await w.otherLeader.get(url())).status).toBe(404);
    expect((await w.otherLeader.put(url().split('?')[0]!, { year: 2025, form: '2B', sections })).status).toBe(
      404,
    );
    const future = await mine.get(url('year=2099&quarter=1'));
    expect(future.status).toBe(422);
    expect(future.body.error.message).toContain('quý I năm 2099');
  });

  it('the member writes and self-scores; bad input is refused in Vietnamese and changes nothing', async () => {
    const path = url().split('?')[0]!;
    const ok = await mine.put(path, { year: 2025, form: '2B', sections, generalScore: 28, resultScore: 64 });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.form).toBe('2B');
    expect(ok.body.sections.find((s: { key: string }) => s.key === 'duties').text).toBe(sections.duties);
    // 92 points but a task was late: «tốt», not «xuất sắc».
    expect(ok.body.self).toMatchObject({ total: 92, grade: 'tot' });

    const stray = await mine.put(path, { year: 2025, form: '2B', sections: { leadership: 'Điều hành tốt' } });
    expect(stray.status).toBe(400);
    expect(stray.body.error.message).toContain('không có trong Mẫu 2B');
    const high = await mine.put(path, {
      year: 2025,
      form: '2B',
      sections: {},
      generalScore: 40,
      resultScore: 60,
    });
    expect(high.status).toBe(400);
    expect(high.body.error.message).toContain('Điểm tiêu chí chung');
    const half = await mine.put(path, { year: 2025, form: '2B', sections: {}, generalScore: 20 });
    expect(half.status).toBe(400);
    const after = await mine.get(url());
    expect(after.body.sections.find((s: { key: string }) => s.key === 'politics').text).toBe(
      sections.politics,
    );
    expect(after.body.self.total).toBe(92);
  });

  it('the chi bộ proposes, one level up decides, and that is the member’s rating', async () => {
    const path = url().split('?')[0]!;
    const grade = (g: string) => ({ year: 2025, grade: g, decidedOn: '2025-12-20' });
    expect((await mine.post(`${path}/proposal`, grade('tot'))).status).toBe(403);
    expect((await w.otherLeader.post(`${path}/proposal`, grade('tot'))).status).toBe(404);
    const early = await w.wardLeader.post(`${path}/decision`, grade('tot'));
    expect(early.body.error.code).toBe('rating_cell_first');

    const proposed = await secretary.post(`${path}/proposal`, grade('tot'));
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(proposed.body.proposed).toMatchObject({ grade: 'tot', on: '2025-12-20' });
    expect(proposed.body.proposed.by).toMatch(/^Người Thử/);

    const self = await secretary.post(`${path}/decision`, grade('tot'));
    expect(self.status).toBe(422);
    expect(self.body.error.code).toBe('decider_not_above');
    expect((await w.otherLeader.post(`${path}/decision`, grade('tot'))).status).toBe(404);
    const excellent = await w.wardLeader.post(`${path}/decision`, grade('xuat_sac'));
    expect(excellent.body.error.code).toBe('rating_requires_tasks_on_time');
    expect((await mine.get(url())).body.decided).toBeNull();

    const decided = await w.wardLeader.post(`${path}/decision`, grade('tot'));
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.decided).toMatchObject({ grade: 'tot', orgName: 'Đảng ủy phường Hải Châu' });
    expect(decided.body).toMatchObject({ finalGrade: 'tot', can: { write: false } });

    const ratings = await w.wardClerk.get(`/api/members/${id}/ratings`);
    const y = ratings.body.items.find((i: { year: number }) => i.year === 2025);
    expect(y).toMatchObject({
      committeeCategory: 'tot',
      finalCategory: 'tot',
      form: '2B',
      quarter: 0,
      committeeOrgName: 'Đảng ủy phường Hải Châu',
    });
    const closed = await mine.put(path, { year: 2025, form: '2B', sections });
    expect(closed.status).toBe(422);
    expect(closed.body.error.code).toBe('review_decided');
  });

  it('a quarter is its own review; the year keeps its grade', async () => {
    const path = url().split('?')[0]!;
    const q = { year: 2025, quarter: 2 };
    const written = await secretary.put(path, {
      ...q,
      form: '2B',
      sections: { duties: 'Xong báo cáo quý.', direction: 'Giữ tiến độ.' },
      generalScore: 28,
      resultScore: 64,
    });
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    expect(written.body.self).toMatchObject({ grade: 'xuat_sac' });
    expect(
      (await secretary.post(`${path}/proposal`, { ...q, grade: 'xuat_sac', decidedOn: '2025-07-05' })).status,
    ).toBe(200);
    const d = await w.wardLeader.post(`${path}/decision`, {
      ...q,
      grade: 'xuat_sac',
      decidedOn: '2025-07-10',
    });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.finalGrade).toBe('xuat_sac');
    const ratings = await w.wardClerk.get(`/api/members/${id}/ratings`);
    expect(ratings.body.items.filter((i: { year: number }) => i.year === 2025)).toHaveLength(1);
    expect(ratings.body.items[0].finalCategory).toBe('tot');
  });

  it('discipline in the quarter caps the grade, by the rating rule', async () => {
    const d = await w.wardSpecialist.post('/api/discipline', decision(w, { decidedOn: '2025-06-10' }));
    expect(d.status).toBe(201);
    const path = `/api/reviews/members/${w.fullMember}`;
    const body = (quarter: number) => ({
      year: 2025,
      quarter,
      form: '2C',
      sections: {},
      generalScore: 29,
      resultScore: 66,
    });
    const q2 = await w.wardClerk.put(path, body(2));
    expect(q2.status, JSON.stringify(q2.body)).toBe(200);
    expect(q2.body.self.grade).toBe('hoan_thanh');
    expect(q2.body.criteria.discipline.decisions).toHaveLength(1);
    const refused = await w.wardClerk.post(`${path}/proposal`, {
      year: 2025,
      quarter: 2,
      grade: 'tot',
      decidedOn: '2025-07-01',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('rating_discipline');
    expect(refused.body.error.message).toContain('quý II năm 2025');
    const q3 = await w.wardClerk.put(path, body(3));
    expect(q3.body.criteria.discipline.decisions).toHaveLength(0);
    expect(q3.body.self.grade).toBe('tot');
  });

  it('prints the review on its form in Word', { timeout: CONVERT_TIMEOUT_MS + 30_000 }, async () => {
    const word = await download(t, mine, `/api/reviews/members/${id}/kiem-diem.docx?year=2025`);
    expect(word.status).toBe(200);
    expect(word.type).toContain('wordprocessingml');
    expect(
      (await download(t, w.memberUser, `/api/reviews/members/${id}/kiem-diem.docx?year=2025`)).status,
    ).toBe(404);
    if (!SOFFICE) return;
    const printed = (await renderDocx({ 'mau-2b.docx': word.body }))['mau-2b.docx'];
    const text = (printed?.all ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('BẢN KIỂM ĐIỂM CÁ NHÂN');
    expect(text).toContain('Mẫu 2B');
    expect(text).toContain('Hoàng Thị Lan');
    expect(text).toContain('Kiên định lập trường.');
    expect(text).toContain('1 (50%)');
    expect(text).toContain('6/12');
    expect(text).toContain('Hoàn thành tốt nhiệm vụ');
  });
});

describe('the unit review by quarter', () => {
  it('computes the quarter’s criteria and keeps its own grade', async () => {
    const q2 = await w.wardClerk.get(`/api/reviews/units/${w.cell}?year=2025&quarter=2`);
    expect(q2.status, JSON.stringify(q2.body)).toBe(200);
    expect(q2.body).toMatchObject({ quarter: 2, periodLabel: 'quý II năm 2025', disciplinedMembers: 1 });
    expect(q2.body.tasks).toMatchObject({ due: 1, doneOnTime: 1, allOnTime: true, lateLimitPercent: 20 });
    const q4 = await w.wardClerk.get(`/api/reviews/units/${w.cell}?year=2025&quarter=4`);
    expect(q4.body.tasks).toMatchObject({
      due: 1,
      doneLate: 1,
      withinLateLimit: false,
      maxCategory: 'khong_hoan_thanh',
    });
    expect(q4.body.disciplinedMembers).toBe(0);
    const rated = await w.wardLeader.post(`/api/reviews/units/${w.cell}`, {
      year: 2025,
      quarter: 4,
      generalScore: 25,
      resultScore: 50,
    });
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    expect(rated.body.rating).toMatchObject({ total: 75, proposedGrade: 'tot' });
    expect((await w.wardClerk.get(`/api/reviews/units/${w.cell}?year=2025`)).body.rating).toBeNull();
    const bad = await w.wardLeader.post(`/api/reviews/units/${w.cell}`, {
      year: 2025,
      quarter: 5,
      generalScore: 25,
      resultScore: 50,
    });
    expect(bad.status).toBe(400);
    const word = await download(
      t,
      w.wardClerk,
      `/api/reviews/units/${w.cell}/mau-01.docx?year=2025&quarter=4`,
    );
    expect(word.status).toBe(200);
  });
});
