import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let ward: number;
let otherWard: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId);
  otherWard = await t.org(t.rootId);
});
afterAll(async () => {
  await t?.close();
});

const body = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  password: PASSWORD,
  fullName: 'Nguyễn Văn Thử',
  orgId: ward,
  role: 'clerk',
  clearance: 0,
  ...extra,
});

describe('accounts', () => {
  it('usernames are unique regardless of case (409)', async () => {
    expect((await t.admin.post('/api/users', body('vanthu.mot'))).status).toBe(201);
    const dup = await t.admin.post('/api/users', body('vanthu.mot'));
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'username_taken' });
    expect((await t.admin.post('/api/users', body('VANTHU.MOT'))).status).toBe(400); // lower case only
  });

  it('refuses weak passwords and bad roles with the field named', async () => {
    const res = await t.admin.post('/api/users', body('vanthu.hai', { password: 'ngan', role: 'boss' }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Mật khẩu: phải có ít nhất 10 ký tự');
    expect(res.body.error.message).toContain('Vai trò');
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['password', 'role']);
  });

  it('stores passwords as argon2id', async () => {
    const { sql } = await import('drizzle-orm');
    const r = (await t.rt.database.db.execute(
      sql`SELECT password_hash FROM users WHERE username = 'vanthu.mot'`,
    )) as unknown as {
      rows: { password_hash: string }[];
    };
    expect(r.rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('lists by given name the Vietnamese way', async () => {
    for (const [u, n] of [
      ['a.dung', 'Lê Văn Dũng'],
      ['a.duc', 'Trần Đức'],
      ['a.anh', 'Phạm Thị Ánh'],
      ['a.an', 'Võ An'],
    ] as const) {
      await t.admin.post('/api/users', body(u, { fullName: n, orgId: otherWard }));
    }
    const res = await t.admin.get(`/api/users?orgId=${otherWard}`);
    expect(res.body.items.map((u: { fullName: string }) => u.fullName)).toEqual([
      'Võ An',
      'Phạm Thị Ánh',
      'Lê Văn Dũng',
      'Trần Đức',
    ]);
  });

  it('an admin never grants a clearance above their own', async () => {
    const wardAdmin = await t.as('admin', ward, 1);
    const res = await wardAdmin.post('/api/users', body('vanthu.mat', { clearance: 2 }));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('clearance_above_own');
  });

  it('scope: a ward admin sees and manages only its own people (others are 404)', async () => {
    const wardAdmin = await t.as('admin', ward, 1);
    const outsider = await t.as('clerk', otherWard);
    expect((await wardAdmin.get(`/api/users/${outsider.userId}`)).status).toBe(404);
    expect((await wardAdmin.patch(`/api/users/${outsider.userId}`, { fullName: 'X' })).status).toBe(404);
    const list = await wardAdmin.get('/api/users');
    expect(list.body.items.every((u: { orgId: number }) => u.orgId === ward)).toBe(true);
    expect((await wardAdmin.post('/api/users', body('ngoai.pham', { orgId: otherWard }))).status).toBe(404);
  });

  it('members and specialists cannot list accounts, but can read themselves', async () => {
    const m = await t.as('member', ward);
    expect((await m.get('/api/users')).status).toBe(403);
    expect((await m.get(`/api/users/${m.userId}`)).status).toBe(200);
    expect((await m.patch(`/api/users/${m.userId}`, { clearance: 3 })).status).toBe(403);
  });

  it('an admin cannot lock themselves out', async () => {
    const me = (await t.admin.get('/api/auth/me')).body.user;
    expect((await t.admin.patch(`/api/users/${me.id}`, { disabled: true })).status).toBe(422);
    expect((await t.admin.patch(`/api/users/${me.id}`, { role: 'clerk' })).status).toBe(422);
  });

  it("reset password ends the account's sessions", async () => {
    const c = await t.as('clerk', ward);
    expect(
      (await t.admin.post(`/api/users/${c.userId}/reset-password`, { newPassword: 'mat-khau-cap-lai-1' }))
        .status,
    ).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().login(c.username, 'mat-khau-cap-lai-1')).status).toBe(200);
  });

  it('moving an account to another unit changes what it sees on the next request', async () => {
    const c = await t.as('clerk', ward);
    expect((await t.admin.patch(`/api/users/${c.userId}`, { orgId: otherWard })).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.user.orgId).toBe(otherWard);
  });
});
