import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../server/modules/notifications/service.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('notifications', () => {
  it('are stored per account, deduplicated, listed newest first and marked read', async () => {
    const ward = await t.org(t.rootId);
    const leader = await t.as('leader', ward);
    const clerk = await t.as('clerk', ward);
    const db = t.rt.database.db;
    const notice = {
      kind: 'task.due',
      title: 'Nhiệm vụ sắp đến hạn',
      link: '/chuong-trinh',
      dedupeKey: 'task:1:due-3',
    };
    expect(await notify(db, { orgId: ward, roles: ['leader'] }, notice)).toBe(1);
    expect(await notify(db, { orgId: ward, roles: ['leader'] }, notice)).toBe(0);
    await notify(db, { userIds: [leader.userId, clerk.userId] }, { kind: 'doc.new', title: 'Văn bản mới' });

    const mine = await leader.get('/api/notifications');
    expect(mine.body.items.map((n: { title: string }) => n.title)).toEqual([
      'Văn bản mới',
      'Nhiệm vụ sắp đến hạn',
    ]);
    expect(mine.body.unread).toBe(2);
    expect((await clerk.get('/api/notifications')).body.items).toHaveLength(1);

    const first = mine.body.items[0].id;
    expect((await leader.post('/api/notifications/read', { ids: [first] })).body.marked).toBe(1);
    expect((await leader.get('/api/notifications?unread=1')).body.items).toHaveLength(1);
    // Another account cannot mark my notices.
    expect((await clerk.post('/api/notifications/read', { ids: [mine.body.items[1].id] })).body.marked).toBe(
      0,
    );
    expect((await leader.post('/api/notifications/read', { all: true })).body.marked).toBe(1);
    expect((await leader.get('/api/notifications')).body.unread).toBe(0);
  });
});
