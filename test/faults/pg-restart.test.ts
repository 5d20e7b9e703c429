// PostgreSQL going away under load: every answer is a success or a clean 503 (never a 500), the app
// recovers by itself without a restart, and nothing acknowledged is lost. The connections are cut
// with pg_terminate_backend; with PG_RESTART_CMD set (CI), the server itself is restarted too.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { api, ServerProcess, serverEnv } from './server.ts';

const ON_POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
const ADMIN = 'quan-tri-kiem-tra-pg';

let db: TestDatabase;
let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  if (!ON_POSTGRES) return;
  db = await createTestDatabase();
  dataDir = mkdtempSync(path.join(tmpdir(), 'vanphong-pgrestart-'));
  server = new ServerProcess(serverEnv(dataDir, db.url, ADMIN));
  await server.start();
});

afterAll(async () => {
  if (!ON_POSTGRES) return;
  await server.stop();
  await db.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitHealthy(base: string, ms: number): Promise<number> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).status === 200) return Date.now() - start;
    } catch {
      // keep trying
    }
    if (Date.now() - start > ms) throw new Error('not healthy again');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('PostgreSQL restarted under load', () => {
  it.skipIf(!ON_POSTGRES)('fails cleanly with 503 and recovers without restarting the app', async () => {
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const tokenRes = await fetch(`${server.base}/api/auth/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'tải' }),
    });
    const token = ((await tokenRes.json()) as { token: string }).token;
    const root = (await api(server.base, token, 'GET', '/api/orgs/tree')).body[0].id as number;
    const pid = server.proc?.pid;

    const statuses = new Map<number, number>();
    const created: number[] = [];
    let stop = false;
    let n = 0;
    const load = Promise.all(
      [0, 1, 2, 3].map(async (w) => {
        while (!stop) {
          const write = n++ % 3 === 0;
          try {
            const res = write
              ? await api(server.base, token, 'POST', '/api/orgs', {
                  name: `Chi bộ tải ${w}-${n}`,
                  shortCode: 'CB',
                  kind: 'cell',
                  parentId: root,
                })
              : await api(server.base, token, 'GET', '/api/orgs/tree');
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.status === 201) created.push(res.body.id);
          } catch {
            statuses.set(0, (statuses.get(0) ?? 0) + 1);
          }
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 800));
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const dbName = new URL(db.url as string).pathname.slice(1);
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [dbName],
    );
    await admin.end();
    if (process.env.PG_RESTART_CMD) {
      await new Promise((r) => setTimeout(r, 500));
      execSync(process.env.PG_RESTART_CMD, { stdio: 'ignore' });
    }
    await new Promise((r) => setTimeout(r, 1500));
    const recoveredIn = await waitHealthy(server.base, 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    stop = true;
    await load;
    for (const line of server.output
      .split('\n')
      .filter((l) => l.includes('"level":50') || l.includes('"level":40')))
      console.log(line.slice(0, 600));
    console.log(
      `pg restart: statuses ${JSON.stringify(Object.fromEntries(statuses))}, healthy again after ${recoveredIn} ms`,
    );

    expect(server.proc?.pid).toBe(pid); // the same process, never restarted
    for (const status of statuses.keys()) expect([200, 201, 503]).toContain(status);
    const after = await api(server.base, token, 'GET', '/api/orgs/tree');
    expect(after.status).toBe(200);
    const ids = new Set<number>((after.body[0].children as { id: number }[]).map((c) => c.id));
    expect(created.filter((id) => !ids.has(id))).toEqual([]);
  });
});
