// The working-day calendar: a year's holidays computed from the Labour Code and the lunar calendar,
// the Tết length read from the versioned rule, the days an administrator enters (admins only,
// audited, refused when they change nothing or the date has one), a due date counted in working days.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles.ts';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const entries = async () =>
  (await one<{ n: number }>(t.rt.database.db, sql`SELECT count(*)::integer AS n FROM calendar_days`))?.n;
const audits = async (action: string) =>
  (
    await one<{ n: number }>(
      t.rt.database.db,
      sql`SELECT count(*)::integer AS n FROM audit_log WHERE action = ${action}`,
    )
  )?.n;

describe('the working-day calendar', () => {
  it("lists a year's holidays with Tết from the lunar calendar and the days made up", async () => {
    const res = await t.admin.get('/api/work-calendar?year=2026');
    expect(res.status).toBe(200);
    expect(res.body.rule).toMatchObject({ tetDaysBefore: 1, tetDays: 5, nationalDayExtra: 1 });
    expect(res.body.rule.source).toContain('Điều 112');
    const tet = res.body.days.filter((d: any) => d.name === 'Tết Nguyên đán').map((d: any) => d.date);
    expect(tet).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(res.body.days.find((d: any) => d.date === '2026-04-26')).toMatchObject({ kind: 'holiday' });
    // Giỗ Tổ on Sunday 26/4/2026 is made up on Monday 27/4.
    expect(res.body.days.find((d: any) => d.date === '2026-04-27')).toMatchObject({ kind: 'compensation' });
  });

  it('counts a due date in working days, naming the days it passed over', async () => {
    const member = await t.as('member', t.rootId);
    const res = await member.get('/api/work-calendar/due?from=2026-02-13&days=2');
    expect(res.status).toBe(200);
    expect(res.body.due).toBe('2026-02-24');
    expect(res.body.skipped.map((s: any) => s.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
  });

  it('an administrator enters a swap: a Saturday worked and a Friday off, and due dates follow', async () => {
    const before = await audits('calendar.day.add');
    const work = await t.admin.post('/api/work-calendar/days', {
      date: '2026-05-09',
      kind: 'work',
      note: 'Làm bù cho ngày 8/5',
    });
    expect(work.status).toBe(201);
    const off = await t.admin.post('/api/work-calendar/days', {
      date: '2026-05-08',
      kind: 'off',
      note: 'Nghỉ hoán đổi',
    });
    expect(off.status).toBe(201);
    expect(off.body.days.find((d: any) => d.date === '2026-05-08')).toMatchObject({
      kind: 'off',
      entered: true,
      name: 'Nghỉ hoán đổi',
    });
    expect(await audits('calendar.day.add')).toBe((before ?? 0) + 2);
    // Thursday 7/5 + 1 working day: Friday 8 is off, Saturday 9 is worked.
    const due = await t.admin.get('/api/work-calendar/due?from=2026-05-07&days=1');
    expect(due.body.due).toBe('2026-05-09');

    const removed = await t.admin.delete('/api/work-calendar/days/2026-05-08');
    expect(removed.status).toBe(200);
    expect((await t.admin.get('/api/work-calendar/due?from=2026-05-07&days=1')).body.due).toBe('2026-05-08');
    expect(await audits('calendar.day.remove')).toBe(1);
    expect((await t.admin.delete('/api/work-calendar/days/2026-05-08')).status).toBe(404);
  });

  it('refuses an entry that changes nothing or a second one on the same date, storing nothing', async () => {
    const n = await entries();
    const plainDay = await t.admin.post('/api/work-calendar/days', {
      date: '2026-06-03',
      kind: 'work',
      note: 'x',
    });
    expect(plainDay.status).toBe(422);
    expect(plainDay.body.error.code).toBe('calendar_day_unchanged');
    const holiday = await t.admin.post('/api/work-calendar/days', {
      date: '2026-09-02',
      kind: 'off',
      note: 'x',
    });
    expect(holiday.status).toBe(422);
    expect(holiday.body.error.message).toContain('Quốc khánh');
    const twice = await t.admin.post('/api/work-calendar/days', {
      date: '2026-05-09',
      kind: 'work',
      note: 'lại',
    });
    expect(twice.status).toBe(409);
    expect(await entries()).toBe(n);
  });

  it('refuses bad input in Vietnamese', async () => {
    const bad = [
      { date: '2026-02-30', kind: 'off', note: 'x' },
      { date: '2026-03-03', kind: 'holiday', note: 'x' },
      { date: '2026-03-03', kind: 'off', note: '' },
      { date: '2026-03-03', kind: 'off', note: 'x', extra: 1 },
      { date: '2300-03-03', kind: 'off', note: 'x' },
    ];
    for (const body of bad) {
      const res = await t.admin.post('/api/work-calendar/days', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    for (const qs of ['year=abc', 'year=1500'])
      expect((await t.admin.get(`/api/work-calendar?${qs}`)).status).toBe(400);
    for (const qs of [
      'from=2026-01-01&days=-1',
      'from=2026-01-01&days=1.5',
      'from=xx&days=1',
      'from=2026-01-01',
    ])
      expect((await t.admin.get(`/api/work-calendar/due?${qs}`)).status).toBe(400);
    expect((await t.admin.delete('/api/work-calendar/days/khong-phai-ngay')).status).toBe(400);
  });

  it('permission matrix: everyone reads, only administrators enter or remove days', async () => {
    const anon = t.client();
    expect((await anon.get('/api/work-calendar?year=2026')).status).toBe(401);
    for (const role of ROLES) {
      const c = role === 'admin' ? t.admin : await t.as(role, t.rootId);
      expect((await c.get('/api/work-calendar?year=2026')).status, role).toBe(200);
      expect((await c.get('/api/work-calendar/due?from=2026-01-05&days=3')).status, role).toBe(200);
      const post = await c.post('/api/work-calendar/days', {
        date: '2026-10-10',
        kind: 'work',
        note: 'Làm bù',
      });
      expect(post.status, role).toBe(role === 'admin' ? 201 : 403);
      const del = await c.delete('/api/work-calendar/days/2026-10-10');
      expect(del.status, role).toBe(role === 'admin' ? 200 : 403);
    }
  });
});
