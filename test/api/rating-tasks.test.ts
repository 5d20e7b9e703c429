// The annual rating reads the tasks area: a member whose account had a late task cannot be rated
// "hoàn thành xuất sắc", whatever the chi bộ ticked; one with every task on time can.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function memberWithAccount(cell: number, name: string) {
  const user = await t.as('member', cell);
  const m = await t.admin.post('/api/members', {
    fullName: name,
    birthDate: '1985-04-02',
    gender: 'Nam',
    orgId: cell,
    admittedOn: '2010-05-19',
    officialOn: '2011-05-19',
  });
  expect(m.status).toBe(201);
  expect((await t.admin.patch(`/api/members/${m.body.id}`, { userId: user.userId })).status).toBe(200);
  return { memberId: m.body.id as number, userId: user.userId };
}

describe('rating and tasks', () => {
  it('a late task keeps a member from xuất sắc even when the flag says all on time', async () => {
    const ward = await t.org(t.rootId);
    const cell = await t.org(ward, 'cell', 'Chi bộ Xếp Loại');
    const leader = await t.as('leader', ward, 1);
    const late = await memberWithAccount(cell, 'Trần Văn Trễ');
    const onTime = await memberWithAccount(cell, 'Lê Thị Đúng Hạn');

    // Tasks of 2025 entered after the fact, then completed; their completion dates are set to what
    // happened (ten days late; ten days early) so the test does not depend on today's date.
    const t1 = await leader.post('/api/tasks', {
      title: 'Báo cáo quý I',
      orgId: cell,
      assigneeId: late.userId,
      dueOn: '2025-03-31',
    });
    const t2 = await leader.post('/api/tasks', {
      title: 'Báo cáo quý I',
      orgId: cell,
      assigneeId: onTime.userId,
      dueOn: '2025-03-31',
    });
    for (const task of [t1, t2]) {
      expect(task.status).toBe(201);
      const done = await leader.post(`/api/tasks/${task.body.id}/updates`, {
        progress: 100,
        note: 'Đã nộp',
        product: 'Báo cáo',
      });
      expect(done.status, JSON.stringify(done.body)).toBeLessThan(300);
    }
    await t.rt.database.db.execute(sql`UPDATE tasks SET done_on = '2025-04-10' WHERE id = ${t1.body.id}`);
    await t.rt.database.db.execute(sql`UPDATE tasks SET done_on = '2025-03-21' WHERE id = ${t2.body.id}`);

    const body = { year: 2025, generalScore: 29, resultScore: 66, allTasksOnTime: true };
    const a = await t.admin.put(`/api/members/${late.memberId}/ratings`, body);
    expect(a.body).toMatchObject({ total: 95, allTasksOnTime: false, category: 'tot' });
    const b = await t.admin.put(`/api/members/${onTime.memberId}/ratings`, body);
    expect(b.body).toMatchObject({ allTasksOnTime: true, category: 'xuat_sac' });
  });
});
