// Two app servers on one PostgreSQL behind a round-robin proxy (proxy.ts), each with its own data
// directory and the files on one S3-compatible store, as on two machines. What a single process keeps
// to itself must not matter: sessions, CSRF, login throttling, the tree's cache version, document
// numbers, background jobs and uploads work across both. Then one server is killed (SIGKILL) under a
// steady load: only its in-flight requests fail, nothing acknowledged is lost, the other keeps
// serving. PostgreSQL only (the embedded database belongs to one process).
//
// The S3 store is the in-process fake of test/api/archive-s3-fake.ts: the servers reach it over HTTP
// through the real AWS SDK, as they would reach MinIO; no S3 server is installed on this machine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from '../api/archive-s3-fake.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';
import { type RoundRobin, startProxy } from './proxy.ts';
import { api, ServerProcess, serverEnv, tokenFor } from './server.ts';

const ON_POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
const ADMIN = 'quan-tri-hai-may';
const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

let db: TestDatabase;
let fake: FakeS3;
let proxy: RoundRobin;
const dirs: string[] = [];
let a: ServerProcess;
let b: ServerProcess;
let token = '';
let ward = 0;

function envFor(dir: string): NodeJS.ProcessEnv {
  return {
    ...serverEnv(dir, db.url, ADMIN),
    // Info level: the job runner's "job done" lines tell which server ran which job.
    LOG_LEVEL: 'info',
    VANPHONG_S3_BUCKET: 'vanphong',
    VANPHONG_S3_ENDPOINT: fake.endpoint,
    VANPHONG_S3_ACCESS_KEY_ID: 'kiem-tra',
    VANPHONG_S3_SECRET_ACCESS_KEY: 'kiem-tra',
  };
}

beforeAll(async () => {
  if (!ON_POSTGRES) return;
  db = await createTestDatabase();
  fake = await startFakeS3();
  for (const name of ['a', 'b']) dirs.push(mkdtempSync(path.join(tmpdir(), `vanphong-two-${name}-`)));
  a = new ServerProcess(envFor(dirs[0] as string));
  b = new ServerProcess(envFor(dirs[1] as string));
  await a.start();
  await b.start();
  proxy = await startProxy(() => [a.base, b.base]);
  token = await tokenFor(a.base, 'admin', ADMIN);
  const tree = await api(a.base, token, 'GET', '/api/orgs/tree');
  const org = await api(a.base, token, 'POST', '/api/orgs', {
    name: 'Đảng ủy phường Hai Máy',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parentId: tree.body[0].id,
  });
  ward = org.body.id;
});

afterAll(async () => {
  if (!ON_POSTGRES) return;
  await Promise.all([a?.stop(), b?.stop()]);
  await proxy?.close();
  await fake?.close();
  await db?.drop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function login(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken?: string; error?: { code: string } };
  return { status: res.status, cookie, csrf: body.csrfToken ?? '', body };
}

async function withCookie(
  base: string,
  cookie: string,
  method: string,
  url: string,
  opts: { csrf?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = { cookie };
  if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${url}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

function findUnit(nodes: { id: number; children?: unknown[] }[], id: number): boolean {
  return nodes.some((n) => n.id === id || findUnit((n.children ?? []) as typeof nodes, id));
}

describe.skipIf(!ON_POSTGRES)('two app servers on one PostgreSQL', () => {
  it('a session opened on one server is used, CSRF-checked and closed on the other', async () => {
    const s = await login(a.base, 'admin', ADMIN);
    expect(s.status).toBe(200);
    expect((await withCookie(b.base, s.cookie, 'GET', '/api/auth/me')).body.user.username).toBe('admin');
    const draft = { direction: 'in', typeCode: 'CV', summary: 'Phiên đăng nhập trên máy kia', orgId: ward };
    const noCsrf = await withCookie(b.base, s.cookie, 'POST', '/api/documents', { body: draft });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.error.code).toBe('csrf_failed');
    const wrongCsrf = await withCookie(b.base, s.cookie, 'POST', '/api/documents', {
      csrf: 'x'.repeat(43),
      body: draft,
    });
    expect(wrongCsrf.status).toBe(403);
    const ok = await withCookie(b.base, s.cookie, 'POST', '/api/documents', { csrf: s.csrf, body: draft });
    expect(ok.status).toBe(201);
    expect(
      (await withCookie(b.base, s.cookie, 'POST', '/api/auth/logout', { csrf: s.csrf })).status,
    ).toBeLessThan(300);
    expect((await withCookie(a.base, s.cookie, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('failed logins are counted across both servers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await login(i % 2 ? b.base : a.base, 'admin', 'sai-mat-khau')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // The sixth try is refused on either server, even with the right password: the account is locked.
    expect((await login(b.base, 'admin', ADMIN)).status).toBe(429);
    expect((await login(a.base, 'admin', ADMIN)).status).toBe(429);
    // Unlock for the tests that follow (an administrator would wait the lock out).
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const cleared = await c.query(`DELETE FROM login_throttle WHERE key = 'u:admin'`);
    await c.end();
    expect(cleared.rowCount).toBe(1);
  });

  it('a unit added through one server is in the other server’s cached tree', async () => {
    const before = await api(b.base, token, 'GET', '/api/orgs/tree');
    expect(before.status).toBe(200);
    const added = await api(a.base, token, 'POST', '/api/orgs', {
      name: 'Chi bộ Khu phố Hai Máy',
      shortCode: 'CB',
      kind: 'cell',
      parentId: ward,
    });
    expect(added.status).toBe(201);
    expect(findUnit(before.body, added.body.id)).toBe(false);
    expect(findUnit((await api(b.base, token, 'GET', '/api/orgs/tree')).body, added.body.id)).toBe(true);
  });

  it('documents issued in parallel through both servers get numbers without gap or repeat', async () => {
    const drafts: number[] = [];
    for (let i = 0; i < 40; i++) {
      const d = await api(proxy.base, token, 'POST', '/api/documents', {
        direction: 'out',
        typeCode: 'KH',
        summary: `Kế hoạch hai máy ${i}`,
        orgId: ward,
      });
      expect(d.status).toBe(201);
      drafts.push(d.body.id);
    }
    const from = proxy.sentTo.length;
    const queue = [...drafts];
    const symbols: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (queue.length) {
          const id = queue.shift() as number;
          const res = await api(proxy.base, token, 'POST', `/api/documents/${id}/issue`, {});
          expect(res.status).toBe(200);
          symbols.push(res.body.symbol);
        }
      }),
    );
    expect(new Set(proxy.sentTo.slice(from))).toEqual(new Set([0, 1]));
    const numbers = symbols.map((s) => Number(/^(\d+)/.exec(s)?.[1])).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('uploads land in the shared S3 store and are served by both servers', async () => {
    const doc = await api(proxy.base, token, 'POST', '/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: 'Tệp trên kho S3 dùng chung',
      orgId: ward,
    });
    const from = proxy.sentTo.length;
    const uploaded: { id: number; sha256: string; bytes: Buffer }[] = [];
    for (let i = 0; i < 4; i++) {
      const bytes = Buffer.concat([PDF, Buffer.from(`\n% bản ${i} ${Date.now()}\n`)]);
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), `tep-${i}.pdf`);
      const res = await api(proxy.base, token, 'POST', `/api/documents/${doc.body.id}/files`, form);
      expect(res.status).toBe(201);
      uploaded.push({ id: res.body.id, sha256: res.body.sha256, bytes });
    }
    expect(new Set(proxy.sentTo.slice(from))).toEqual(new Set([0, 1]));
    for (const f of uploaded) {
      expect([...fake.objects.keys()].some((k) => k.endsWith(f.sha256))).toBe(true);
      // Each file downloaded from both servers, whichever received it; neither has it on its disk.
      for (const server of [a, b]) {
        const res = await fetch(`${server.base}/api/documents/${doc.body.id}/files/${f.id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(f.bytes)).toBe(true);
      }
    }
  });

  it('a queued job is run by exactly one of the two servers', async () => {
    // Both servers run workers on every queue. The fixity check (it reads every file back from the
    // store) is queued through either server in turn; each run writes one report row.
    const RUNS = 4;
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      for (let i = 0; i < RUNS; i++) {
        const queued = await api(proxy.base, token, 'POST', '/api/archive/fixity');
        expect(queued.body).toEqual({ queued: true });
        const deadline = Date.now() + 60_000;
        for (;;) {
          const open = await c.query(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'archive.fixity' AND state <> 'completed'`,
          );
          if (open.rows[0].n === 0) break;
          if (Date.now() > deadline) throw new Error('fixity job not done in 60 s');
          await new Promise((r) => setTimeout(r, 300));
        }
      }
      const jobs = (
        await c.query(`SELECT id::text FROM pgboss.job WHERE name = 'archive.fixity' AND state = 'completed'`)
      ).rows.map((r: { id: string }) => r.id);
      const reports = await c.query('SELECT count(*)::int AS n FROM archive_fixity_runs');
      const runs = (out: string) =>
        out
          .split('\n')
          .filter((l) => l.includes('"msg":"job done"') && l.includes('"queue":"archive.fixity"'))
          .map((l) => JSON.parse(l).jobId as string);
      const byA = runs(a.output);
      const byB = runs(b.output);
      console.log(`fixity jobs: ${byA.length} run by server A, ${byB.length} by server B`);
      expect(jobs).toHaveLength(RUNS);
      expect(reports.rows[0].n).toBe(RUNS);
      expect([...byA, ...byB].sort()).toEqual(jobs.sort());
    } finally {
      await c.end();
    }
  });

  it('SIGKILL of one server under load: only its in-flight requests fail, nothing acknowledged is lost', async () => {
    interface Done {
      start: number;
      end: number;
      status: number;
      write: boolean;
      id?: number;
      summary?: string;
    }
    const done: Done[] = [];
    let stop = false;
    let n = 0;
    const WORKERS = 6;
    const load = Promise.all(
      Array.from({ length: WORKERS }, async (_, w) => {
        while (!stop) {
          const k = n++;
          const write = k % 2 === 0;
          let summary = `Tải liên tục ${w}-${k}`;
          const start = Date.now();
          let status = 0;
          let id: number | undefined;
          try {
            const res = write
              ? await api(proxy.base, token, 'POST', '/api/documents', {
                  direction: 'in',
                  typeCode: 'CV',
                  summary,
                  orgId: ward,
                })
              : await api(
                  proxy.base,
                  token,
                  'GET',
                  k % 4 === 1 ? '/api/documents?limit=20' : '/api/orgs/tree',
                );
            status = res.status;
            if (res.status === 201) id = res.body.id;
            if (res.status === 502) summary = `${summary} ${res.body}`;
          } catch {
            status = -1; // the proxy itself failed: never expected
          }
          done.push({ start, end: Date.now(), status, write, id, summary });
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 2000));
    const killAt = Date.now();
    await b.kill();
    const killed = Date.now();
    await new Promise((r) => setTimeout(r, 2500));
    stop = true;
    await load;

    const failed = done.filter((d) => d.status < 200 || d.status >= 300);
    const after = done.filter((d) => d.start > killed);
    console.log(
      `kill under load: ${done.length} requests, ${failed.length} failed (${JSON.stringify(failed.map((f) => [f.status, f.summary, f.start - killAt, f.end - killAt]))}), ${after.length} after the kill`,
    );
    // Failures: answered 502 by the proxy, and only for requests that were in flight at the kill.
    for (const f of failed) {
      expect(f.status).toBe(502);
      expect(f.start).toBeLessThanOrEqual(killed);
      expect(f.end).toBeGreaterThanOrEqual(killAt);
    }
    expect(failed.length).toBeLessThanOrEqual(WORKERS);
    // The surviving server answers everything sent after the kill.
    expect(after.length).toBeGreaterThan(20);
    expect(after.every((d) => d.status >= 200 && d.status < 300)).toBe(true);
    // Every acknowledged write is there, read back from the survivor.
    const acked = done.filter((d) => d.write && d.status === 201);
    expect(acked.length).toBeGreaterThan(10);
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const rows = await c
      .query(`SELECT id, summary FROM documents WHERE id = ANY($1::bigint[])`, [acked.map((d) => d.id)])
      .finally(() => c.end());
    const stored = new Map(
      rows.rows.map((r: { id: number | string; summary: string }) => [Number(r.id), r.summary]),
    );
    expect(acked.filter((d) => stored.get(d.id as number) !== d.summary)).toEqual([]);
    expect((await api(a.base, token, 'GET', '/api/health')).status).toBe(200);
  });
});
