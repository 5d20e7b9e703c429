// Deadline reminders: 3 days before, on the day and once overdue; to the assignee, or to the leaders
// of the holding unit; each once; fresh ones after an extension; through the daily job too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../server/auth/actor.ts';
import { REMINDER_QUEUE } from '../../server/modules/tasks/reminders/jobs.ts';
import { runTaskReminders as run } from '../../server/modules/tasks/reminders/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
/** The daily job's run for a given day, as the system runs it. */
const runTaskReminders = (today: string) => run(t.rt, systemCtx(), { today });
let ward: number;
let staff: Client & { userId: number };
let leader: Client & { userId: number };
let worker: Client & { userId: number };

type Json = Record<string, any>;

const titles = async (c: Client) =>
  (await c.get('/api/notifications?limit=100')).body.items.map((n: Json) => n.title) as string[];

beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Kim Liên');
  staff = await t.as('specialist', t.rootId);
  leader = await t.as('leader', ward);
  worker = await t.as('specialist', ward);
});
afterAll(async () => {
  await t?.close();
});

describe('reminders', () => {
  it('go to the assignee 3 days before, on the day and when overdue, each once', async () => {
    const task = await staff.post('/api/tasks', {
      title: 'Báo cáo tình hình an ninh trật tự quý II',
      orgId: ward,
      assigneeId: worker.userId,
      dueOn: '2030-05-10',
    });
    expect(task.status).toBe(201);
    const id = task.body.id;
    const count = async () =>
      (await titles(worker)).filter((s) => s.includes('an ninh trật tự quý II')).length;
    const base = await count(); // the "new task" notice
    await runTaskReminders('2030-05-06');
    expect(await count()).toBe(base);
    await runTaskReminders('2030-05-07');
    expect(await titles(worker)).toContain(
      'Nhiệm vụ còn 3 ngày đến hạn: Báo cáo tình hình an ninh trật tự quý II',
    );
    await runTaskReminders('2030-05-07');
    await runTaskReminders('2030-05-08');
    expect(await count()).toBe(base + 1);
    await runTaskReminders('2030-05-10');
    expect(await titles(worker)).toContain(
      'Nhiệm vụ đến hạn hôm nay: Báo cáo tình hình an ninh trật tự quý II',
    );
    await runTaskReminders('2030-05-12');
    expect(await titles(worker)).toContain(
      'Nhiệm vụ quá hạn 2 ngày: Báo cáo tình hình an ninh trật tự quý II',
    );
    await runTaskReminders('2030-05-13');
    expect(await count()).toBe(base + 3);
    // The leader was not bothered: someone is assigned.
    expect((await titles(leader)).filter((s) => s.includes('quá hạn') && s.includes('quý II'))).toEqual([]);
    // An extension brings fresh reminders for the new deadline.
    await staff.post(`/api/tasks/${id}/extend`, {
      dueOn: '2030-06-30',
      reason: 'Chờ số liệu Công an phường',
    });
    await runTaskReminders('2030-06-28');
    expect(await titles(worker)).toContain(
      'Nhiệm vụ còn 2 ngày đến hạn: Báo cáo tình hình an ninh trật tự quý II',
    );
    const link = (await worker.get('/api/notifications')).body.items[0].link;
    expect(link).toBe(`/chuong-trinh/nhiem-vu/${id}`);
  });

  it('go to the leaders of the holding unit when no one is assigned; never for a finished task', async () => {
    const open = await staff.post('/api/tasks', {
      title: 'Tổng kết công tác dân vận',
      orgId: ward,
      dueOn: '2031-03-10',
    });
    const done = await staff.post('/api/tasks', {
      title: 'Sơ kết công tác tuyên giáo',
      orgId: ward,
      dueOn: '2031-03-10',
    });
    await leader.post(`/api/tasks/${done.body.id}/updates`, { progress: 100, note: 'Đã xong' });
    const result = await runTaskReminders('2031-03-11');
    expect(result.notices).toBeGreaterThanOrEqual(1);
    const mine = await titles(leader);
    expect(mine).toContain('Nhiệm vụ quá hạn 1 ngày: Tổng kết công tác dân vận');
    expect(mine.some((s) => s.includes('quá hạn') && s.includes('tuyên giáo'))).toBe(false);
    expect(open.status).toBe(201);
  });

  it('run as a daily pg-boss job and from the admin endpoint', async () => {
    await staff.post('/api/tasks', { title: 'Chuẩn bị đại hội chi bộ', orgId: ward, dueOn: '2032-01-05' });
    await t.rt.jobs.send(REMINDER_QUEUE, { today: '2032-01-05' });
    expect(await t.rt.jobs.drain(REMINDER_QUEUE)).toBe(1);
    expect(await titles(leader)).toContain('Nhiệm vụ đến hạn hôm nay: Chuẩn bị đại hội chi bộ');
    const res = await t.admin.post('/api/tasks/reminders/run', { today: '2032-01-06' });
    expect(res.status).toBe(200);
    expect(res.body.tasks).toBeGreaterThanOrEqual(1);
    expect(await titles(leader)).toContain('Nhiệm vụ quá hạn 1 ngày: Chuẩn bị đại hội chi bộ');
    expect((await leader.post('/api/tasks/reminders/run', {})).status).toBe(403);
  });
});
