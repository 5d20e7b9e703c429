// The session cache (server/auth/sessions.ts): a server may remember a live session for a short
// time, but a logout, a disabled account or a changed password on the same server is seen by the
// very next request, and a session ended elsewhere (another app server on the same database) is
// refused here once the cache's bound has passed. Run on both databases.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { Client, PASSWORD, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let ward: number;
beforeAll(async () => {
  // A long bound on the first server: anything refused below is refused by invalidation, not expiry.
  t = await startTestApp({ config: { sessionCacheMs: 60_000 } });
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bộ nhớ');
});
afterAll(async () => {
  await t?.close();
});

/** The same browser session sent to another app server (a second app on the same database). */
function onServer(app: ReturnType<typeof createApp>, c: Client): Client {
  const other = new Client(app);
  other.cookie = c.cookie;
  other.csrf = c.csrf;
  return other;
}

describe('session cache', () => {
  it('a logout is seen by the very next request on the same server', async () => {
    const c = await t.as('clerk', ward);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    const cookie = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBeLessThan(300);
    c.cookie = cookie;
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('a disabled account and a changed password end the sessions at once', async () => {
    const a = await t.as('clerk', ward);
    const other = await t.client();
    expect((await other.login(a.username, PASSWORD)).status).toBe(200);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(200);
    // The password changed in one session ends the other one.
    const changed = await a.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'mat-khau-moi-dai-hon-12',
    });
    expect(changed.status).toBeLessThan(300);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await a.get('/api/auth/me')).status).toBe(200);
    // Disabled by the admin: refused on its next request.
    expect((await t.admin.patch(`/api/users/${a.userId}`, { disabled: true })).status).toBe(200);
    expect((await a.get('/api/auth/me')).status).toBe(401);
  });

  it('a role changed by the admin is the one the next request acts with', async () => {
    const c = await t.as('clerk', ward);
    expect((await c.get('/api/auth/me')).body.user.role).toBe('clerk');
    expect((await t.admin.patch(`/api/users/${c.userId}`, { role: 'leader' })).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.user.role).toBe('leader');
  });

  it('a session ended on another server is refused here within the bound', async () => {
    const bound = 400;
    const appB = createApp({ ...t.rt, config: { ...t.rt.config, sessionCacheMs: bound } });
    const a = await t.as('clerk', ward);
    const onB = onServer(appB, a);
    expect((await onB.get('/api/auth/me')).status).toBe(200);
    // Logged out on server A: server B may still remember it, for at most its bound.
    const cookie = a.cookie;
    expect((await a.post('/api/auth/logout')).status).toBeLessThan(300);
    a.cookie = cookie;
    expect((await a.get('/api/auth/me')).status).toBe(401);
    await new Promise((r) => setTimeout(r, bound + 50));
    expect((await onB.get('/api/auth/me')).status).toBe(401);
    // A session revoked by another process (a row deleted) likewise.
    const b = await t.as('clerk', ward);
    const bOnB = onServer(appB, b);
    expect((await bOnB.get('/api/auth/me')).status).toBe(200);
    await t.rt.database.db.execute(sql`DELETE FROM sessions WHERE user_id = ${b.userId}`);
    await new Promise((r) => setTimeout(r, bound + 50));
    expect((await bOnB.get('/api/auth/me')).status).toBe(401);
  });

  it('is off on PostgreSQL unless asked for, and 30 s on PGlite', async () => {
    const { sessionCacheMs } = await import('../../server/http/middleware.ts');
    const deps = { ...t.rt, config: { ...t.rt.config, sessionCacheMs: undefined } };
    expect(sessionCacheMs(deps)).toBe(t.rt.database.backend === 'embedded' ? 30_000 : 0);
    expect(sessionCacheMs({ ...deps, config: { ...deps.config, sessionCacheMs: 5_000 } })).toBe(5_000);
  });
});
