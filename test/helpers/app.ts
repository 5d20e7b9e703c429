// The app in-process for API tests: a fresh database, the first admin, a client that keeps a
// session cookie and sends the CSRF token, and factories for units and accounts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OrgKind } from '../../domain/orgs.ts';
import type { Role } from '../../domain/roles.ts';
import { createApp } from '../../server/app.ts';
import { bootstrap } from '../../server/bootstrap.ts';
import { type Config, loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { openRuntime, type Runtime } from '../../server/runtime.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export const ADMIN_PASSWORD = 'mat-khau-quan-tri-thu';
export const PASSWORD = 'mat-khau-thu-nghiem';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  ip: string | undefined;

  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] ??= 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrf;
    if (this.ip) headers['x-forwarded-for'] = this.ip;
    const init: RequestInit = { method, headers };
    if (body !== undefined)
      init.body =
        body instanceof FormData || typeof body === 'string' ? (body as BodyInit) : JSON.stringify(body);
    const res = await this.app.request(url, init);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /vp_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `vp_session=${m[1]}` : undefined;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body ?? {}, headers);
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = any>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  async login(username: string, password: string, otp?: string): Promise<Res> {
    const res = await this.post('/api/auth/login', { username, password, ...(otp ? { otp } : {}) });
    if (res.status === 200) this.csrf = res.body.csrfToken;
    return res;
  }
}

export interface TestApp {
  rt: Runtime;
  app: ReturnType<typeof createApp>;
  db: TestDatabase;
  dataDir: string;
  rootId: number;
  admin: Client;
  client(): Client;
  /** A client logged in as a new account. */
  as(role: Role, orgId: number, clearance?: number): Promise<Client & { userId: number; username: string }>;
  org(parentId: number, kind?: OrgKind, name?: string, shortCode?: string): Promise<number>;
  close(): Promise<void>;
}

let counter = 0;

export async function startTestApp(opts: { config?: Partial<Config> } = {}): Promise<TestApp> {
  // A copy of the run's migrated template; openRuntime still runs migrate(), with nothing to apply.
  const db = await createTestDatabase({ migrated: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-test-'));
  const config = {
    ...loadConfig({}),
    // The whole suite runs on PGlite's worker thread with VANPHONG_PGLITE_WORKER=1.
    pgliteWorker: process.env.VANPHONG_PGLITE_WORKER === '1',
    databaseUrl: db.url,
    dataDir,
    adminPassword: ADMIN_PASSWORD,
    trustProxy: true,
    // Tests change sessions straight in the database; the cache has its own tests
    // (test/api/session-cache.test.ts).
    sessionCacheMs: 0,
    ...opts.config,
  };
  const rt = await openRuntime(config, createLogger(process.env.TEST_LOG_LEVEL || 'silent'), {
    inMemory: true,
    template: db.template,
  });
  await bootstrap(rt);
  // The real queue, without workers: tests run jobs with rt.jobs.drain(queue).
  await rt.jobs.start({ workers: false });
  const app = createApp(rt);
  const admin = new Client(app);
  const login = await admin.login('admin', ADMIN_PASSWORD);
  if (login.status !== 200) throw new Error(`admin login failed: ${JSON.stringify(login.body)}`);
  const tree = await admin.get('/api/orgs/tree');
  const rootId = tree.body[0].id as number;

  const t: TestApp = {
    rt,
    app,
    db,
    dataDir,
    rootId,
    admin,
    client: () => new Client(app),
    async org(parentId, kind = 'direct_committee', name, shortCode = 'ĐU') {
      const res = await admin.post('/api/orgs', {
        name: name ?? `Đơn vị thử ${++counter}`,
        shortCode,
        kind,
        parentId,
      });
      if (res.status !== 201) throw new Error(`org create failed: ${JSON.stringify(res.body)}`);
      return res.body.id as number;
    },
    async as(role, orgId, clearance = 0) {
      const username = `u${++counter}.${role}`;
      const res = await admin.post('/api/users', {
        username,
        password: PASSWORD,
        fullName: `Người Thử ${counter}`,
        orgId,
        role,
        clearance,
      });
      if (res.status !== 201) throw new Error(`user create failed: ${JSON.stringify(res.body)}`);
      const c = new Client(app) as Client & { userId: number; username: string };
      const l = await c.login(username, PASSWORD);
      if (l.status !== 200) throw new Error(`login failed: ${JSON.stringify(l.body)}`);
      c.userId = res.body.id;
      c.username = username;
      return c;
    },
    async close() {
      await rt.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}
