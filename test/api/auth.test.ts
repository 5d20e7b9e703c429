import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../server/auth/totp.ts';
import { bootstrap } from '../../server/bootstrap.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { openRuntime } from '../../server/runtime.ts';
import { PASSWORD, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let ward: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId);
});
afterAll(async () => {
  await t?.close();
});

describe('login', () => {
  it('sets an HttpOnly SameSite session cookie and returns a CSRF token', async () => {
    const c = await t.as('clerk', ward);
    const res = await t.client().post('/api/auth/login', { username: c.username, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/vp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a wrong password with a Vietnamese message', async () => {
    const res = await t.client().post('/api/auth/login', { username: 'admin', password: 'sai-mat-khau-roi' });
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({
      code: 'invalid_credentials',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
  });

  it('throttles an account after 5 failures, even with the right password (429 + Retry-After)', async () => {
    const c = await t.as('specialist', ward);
    const anon = t.client();
    for (let i = 0; i < 5; i++) {
      expect(
        (await anon.post('/api/auth/login', { username: c.username, password: `sai-${i}-mat-khau` })).status,
      ).toBe(401);
    }
    const locked = await anon.post('/api/auth/login', { username: c.username, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_requests');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another account from another address is not affected.
    const other = await t.as('specialist', ward);
    const ok = t.client();
    ok.ip = '10.9.9.9';
    expect((await ok.login(other.username, PASSWORD)).status).toBe(200);
  });

  it('throttles an address after 30 failures across accounts', async () => {
    const anon = t.client();
    anon.ip = '10.1.2.3';
    for (let i = 0; i < 30; i++) {
      await anon.post('/api/auth/login', { username: `khong-co-${i}`, password: 'sai-mat-khau-1' });
    }
    const c = await t.as('clerk', ward);
    const same = t.client();
    same.ip = '10.1.2.3';
    expect((await same.post('/api/auth/login', { username: c.username, password: PASSWORD })).status).toBe(
      429,
    );
  });
});

describe('sessions and CSRF', () => {
  it('refuses cookie mutations without or with a wrong x-csrf-token (403 csrf_failed)', async () => {
    const c = await t.as('admin', t.rootId, 3);
    const body = { name: 'Đơn vị CSRF', shortCode: 'X', kind: 'direct_committee', parentId: t.rootId };
    const missing = await c.request('POST', '/api/orgs', body, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf_failed');
    const wrong = await c.request('POST', '/api/orgs', body, { 'x-csrf-token': 'gia-mao' });
    expect(wrong.status).toBe(403);
    expect((await c.get('/api/orgs/tree')).status).toBe(200);
    expect((await c.post('/api/orgs', body)).status).toBe(201);
  });

  it('logout ends the session', async () => {
    const c = await t.as('clerk', ward);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('expired and idle sessions are refused', async () => {
    const a = await t.as('clerk', ward);
    const b = await t.as('clerk', ward);
    await t.rt.database.db.execute(
      sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = ${a.userId}`,
    );
    await t.rt.database.db.execute(
      sql`UPDATE sessions SET last_seen_at = now() - interval '3 hours' WHERE user_id = ${b.userId}`,
    );
    expect((await a.get('/api/auth/me')).status).toBe(401);
    expect((await b.get('/api/auth/me')).status).toBe(401);
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const c = await t.as('specialist', ward);
    const other = t.client();
    await other.login(c.username, PASSWORD);
    const res = await c.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'mat-khau-moi-dai-hon',
    });
    expect(res.status).toBe(200);
    expect(res.body.sessionsEnded).toBe(1);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await t.client().login(c.username, PASSWORD)).status).toBe(401);
    expect((await t.client().login(c.username, 'mat-khau-moi-dai-hon')).status).toBe(200);
  });

  it('a new password shorter than 10 characters is refused, naming the field', async () => {
    const c = await t.as('specialist', ward);
    const res = await c.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'ngan' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Mật khẩu mới: phải có ít nhất 10 ký tự');
  });
});

describe('personal API tokens', () => {
  it('work as Bearer without CSRF, are hashed at rest and revocable at once', async () => {
    const c = await t.as('admin', t.rootId, 3);
    const created = await c.post('/api/auth/tokens', { name: 'Script nhập liệu' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^vp_/);
    const stored = await t.rt.database.db.execute(
      sql`SELECT token_hash FROM api_tokens WHERE id = ${created.body.id}`,
    );
    expect(JSON.stringify((stored as unknown as { rows: unknown[] }).rows)).not.toContain(token);

    const script = t.client();
    script.bearer = token;
    expect((await script.get('/api/auth/me')).body.user.username).toBe(c.username);
    const made = await script.post('/api/orgs', {
      name: 'Đơn vị từ script',
      shortCode: 'S',
      kind: 'direct_committee',
      parentId: t.rootId,
    });
    expect(made.status).toBe(201);

    const list = await c.get('/api/auth/tokens');
    expect(list.body.items[0]).toMatchObject({ name: 'Script nhập liệu', revoked: false });
    expect(JSON.stringify(list.body)).not.toContain(token);

    expect((await c.delete(`/api/auth/tokens/${created.body.id}`)).status).toBe(204);
    const after = await script.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('invalid_token');
  });

  it('a disabled account is refused at once, by cookie and by token', async () => {
    const c = await t.as('clerk', ward);
    const tok = (await c.post('/api/auth/tokens', { name: 'x' })).body.token;
    const script = t.client();
    script.bearer = tok;
    expect((await t.admin.patch(`/api/users/${c.userId}`, { disabled: true })).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
    expect((await script.get('/api/auth/me')).status).toBe(401);
    const login = await t.client().post('/api/auth/login', { username: c.username, password: PASSWORD });
    expect(login.status).toBe(401);
    expect(login.body.error.code).toBe('account_disabled');
  });
});

describe('TOTP second factor', () => {
  it('once enrolled, login needs the code', async () => {
    const c = await t.as('leader', ward, 1);
    const setup = await c.post('/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(
      (
        await c.post('/api/auth/totp/enable', {
          code: '000000' === currentTotp(setup.body.secret) ? '111111' : '000000',
        })
      ).status,
    ).toBe(422);
    expect((await c.post('/api/auth/totp/enable', { code: currentTotp(setup.body.secret) })).status).toBe(
      204,
    );

    const noCode = await t.client().post('/api/auth/login', { username: c.username, password: PASSWORD });
    expect(noCode.status).toBe(401);
    expect(noCode.body.error.code).toBe('totp_required');
    const wrong = await t.client().post('/api/auth/login', {
      username: c.username,
      password: PASSWORD,
      otp: '123456' === currentTotp(setup.body.secret) ? '654321' : '123456',
    });
    expect(wrong.body.error.code).toBe('totp_invalid');
    const ok = await t.client().login(c.username, PASSWORD, currentTotp(setup.body.secret));
    expect(ok.status).toBe(200);
  });

  it('an admin can require it for leaders and admins: they must enrol before anything else', async () => {
    const leader = await t.as('leader', ward, 1);
    const specialist = await t.as('specialist', ward);
    expect((await t.admin.put('/api/settings', { requireTotpForPrivileged: true })).status).toBe(200);
    try {
      const l = t.client();
      const res = await l.login(leader.username, PASSWORD);
      expect(res.body.mustEnrolTotp).toBe(true);
      const blocked = await l.get('/api/orgs/tree');
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('totp_enrolment_required');
      const setup = await l.post('/api/auth/totp/setup');
      expect((await l.post('/api/auth/totp/enable', { code: currentTotp(setup.body.secret) })).status).toBe(
        204,
      );
      expect((await l.get('/api/orgs/tree')).status).toBe(200);
      // Policy forbids turning it off again.
      const off = await l.post('/api/auth/totp/disable', { code: currentTotp(setup.body.secret) });
      expect(off.body.error.code).toBe('totp_required_by_policy');

      const s = t.client();
      expect((await s.login(specialist.username, PASSWORD)).body.mustEnrolTotp).toBe(false);
    } finally {
      await t.admin.put('/api/settings', { requireTotpForPrivileged: false });
    }
  });
});

describe('first start', () => {
  it('creates admin with a random password printed once, never a fixed one', async () => {
    const passwords: string[] = [];
    for (let i = 0; i < 2; i++) {
      const rt = await openRuntime(
        { ...loadConfig({}), databaseUrl: undefined, adminPassword: undefined, dataDir: t.dataDir },
        createLogger('silent'),
        {
          inMemory: true,
        },
      );
      try {
        const first = await bootstrap(rt);
        expect(first.createdAdmin).toBe(true);
        passwords.push(first.generatedPassword as string);
        const again = await bootstrap(rt);
        expect(again.createdAdmin).toBe(false);
        expect(again.generatedPassword).toBeUndefined();
      } finally {
        await rt.close();
      }
    }
    expect(passwords[0]).toHaveLength(16);
    expect(passwords[0]).not.toBe(passwords[1]);
  });
});
