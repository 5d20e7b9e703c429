import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('demo', () => {
  it('loads a Thành ủy, wards, a merged commune and accounts of every role that can log in', async () => {
    const result = await loadDemo(t.rt, 'mat-khau-demo-thu');
    expect(result.loaded).toBe(true);
    const roles = new Set(result.accounts.map((a) => a.role));
    expect([...roles].sort()).toEqual(['admin', 'clerk', 'leader', 'member', 'specialist']);
    expect(result.accounts.length).toBeGreaterThanOrEqual(12);
    for (const a of result.accounts) {
      const c = t.client();
      expect((await c.login(a.username, 'mat-khau-demo-thu')).status, a.username).toBe(200);
    }
    const tree = (await t.admin.get('/api/orgs/tree')).body[0];
    expect(tree.name).toBe('Thành ủy Hà Nội');
    // The root's place name, printed before the date of every unit's documents.
    expect(tree).toMatchObject({ place: 'Hà Nội', effectivePlace: 'Hà Nội' });
    expect(tree.children.every((c: { effectivePlace: string }) => c.effectivePlace === 'Hà Nội')).toBe(true);
    const names = tree.children.map((c: { name: string }) => c.name);
    expect(names).toContain('Văn phòng Thành ủy');
    expect(names).toContain('Đảng ủy xã Đoài Phương');
    expect(names).not.toContain('Đảng ủy xã Kim Sơn');
    const before = (await t.admin.get('/api/orgs/tree?asOf=2025-06-30')).body[0].children.map(
      (c: { name: string }) => c.name,
    );
    expect(before).toContain('Đảng ủy xã Kim Sơn');
    // Working content in every area, seen by the people who would see it.
    const clerk = t.client();
    await clerk.login('vanthu.tu', 'mat-khau-demo-thu');
    const docs = await clerk.get('/api/documents?limit=100');
    expect(
      docs.body.items.filter((d: { direction: string }) => d.direction === 'in').length,
    ).toBeGreaterThanOrEqual(4);
    expect(docs.body.items.some((d: { symbol: string | null }) => d.symbol === '1-CT/TU')).toBe(true);
    const ward = t.client();
    await ward.login('vanthu.doaiphuong', 'mat-khau-demo-thu');
    const received = await ward.get('/api/documents/inbox?scope=unit');
    expect(received.body.items.length).toBeGreaterThanOrEqual(3);
    const leader = t.client();
    await leader.login('bithu.badinh', 'mat-khau-demo-thu');
    const summary = await leader.get(
      `/api/tasks/summary?orgId=${(await leader.get('/api/auth/me')).body.user.orgId}`,
    );
    expect(summary.status).toBe(200);
    const members = await leader.get('/api/members?limit=50');
    expect(members.body.items.length).toBeGreaterThanOrEqual(8);
    // The member account sees its own record (linked to the account), and only that one.
    const member = t.client();
    await member.login('dangvien.tdp1', 'mat-khau-demo-thu');
    const me = (await member.get('/api/auth/me')).body.user;
    const own = await member.get('/api/members?status=all&limit=5');
    expect(own.status).toBe(200);
    expect(own.body.items.map((m: { fullName: string }) => m.fullName)).toEqual(['Trịnh Văn Khoa']);
    const record = await member.get(`/api/members/${own.body.items[0].id}`);
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({ fullName: 'Trịnh Văn Khoa', userId: me.id });
    // A year of meetings of the chi bộ: a member absent without reason in 3 months is on the list
    // for the rolls, a quarter without a thematic meeting shows in the overview, and the member sees
    // the next meeting with its document on their home.
    const today = new Date(Date.now() + 7 * 3600_000).toISOString();
    const year = Number(today.slice(5, 7)) > 6 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
    const absences = await leader.get(`/api/meetings/absences?orgId=${me.orgId}&year=${year}`);
    expect(absences.body.items).toEqual([
      expect.objectContaining({ fullName: 'Đỗ Minh Tuấn', absentMonths: 3 }),
    ]);
    const wardId = (await leader.get('/api/auth/me')).body.user.orgId;
    const overview = await leader.get(`/api/meetings/overview?orgId=${wardId}&year=${year}`);
    const cells = overview.body.items.filter((u: { meetings: number }) => u.meetings > 0);
    expect(cells).toHaveLength(2);
    expect(cells.find((u: { orgId: number }) => u.orgId === me.orgId).quartersWithoutThematic).toContain(2);
    const next = (await member.get('/api/me/home')).body.member.meeting.next;
    expect(next.documents).toHaveLength(1);
    expect(next.agenda.length).toBeGreaterThan(1);
    // A study session of the ward with a make-up, and the member's reflection marked on its home.
    const studies = await leader.get('/api/studies?makeups=true');
    expect(studies.body.items).toHaveLength(2);
    expect((await member.get('/api/me/home')).body.member.studies.items[0]).toMatchObject({
      reflection: 'written',
      reflectionLabel: 'Thu hoạch: Đạt (9 điểm)',
    });
    // Loading twice adds nothing.
    expect((await loadDemo(t.rt)).loaded).toBe(false);
    // The demo builds a year of meetings too: on a busy machine it takes more than the default minute.
  }, 180_000);
});
