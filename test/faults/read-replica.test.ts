// A read replica on real engines: Debian's PostgreSQL 15 runs a primary and a hot standby made from
// it with `pg_basebackup -R` (streaming replication), each in its own temporary data directory on a
// free port. The app server gets DATABASE_URL (primary) and DATABASE_READ_URL (standby). With the
// standby's replay paused, what a caller sees tells which side answered: a search by a caller who has
// not written misses a document written after the pause (served by the replica), while the writer
// finds it at once (its WAL position sends its reads to the primary).
//
// Why a primary of its own rather than the shared cluster on 5432: a base backup copies the whole
// cluster (every other database on it, gigabytes of benchmark data on a working machine) and needs a
// replication entry in its pg_hba.conf. A fresh cluster is a few megabytes and changes nothing shared.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ServerProcess, serverEnv, tokenFor } from './server.ts';

const PGBIN = '/usr/lib/postgresql/15/bin';
const ON_POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
const CAN_RUN = ON_POSTGRES && existsSync(path.join(PGBIN, 'pg_basebackup'));
const ADMIN = 'quan-tri-ban-sao';
// PostgreSQL refuses to run as root: as root, the clusters run as the postgres account.
const AS_ROOT = process.getuid?.() === 0;

let base = '';
let primaryPort = 0;
let replicaPort = 0;
let server: ServerProcess;
let token = '';
let clerkToken = '';
let ward = 0;
const started: string[] = [];

function pgTool(tool: string, args: string[]): string {
  const bin = path.join(PGBIN, tool);
  return AS_ROOT
    ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8', cwd: base })
    : execFileSync(bin, args, { encoding: 'utf8' });
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

function startCluster(dir: string, port: number, extra: string) {
  pgTool('pg_ctl', [
    '-D',
    dir,
    '-l',
    `${dir}.log`,
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${base} -c fsync=off ${extra}`,
    'start',
  ]);
  started.push(dir);
}

const url = (port: number, db = 'vanphong') => `postgres://postgres@127.0.0.1:${port}/${db}`;

async function query<T>(port: number, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url(port) });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

async function until(what: string, check: () => Promise<boolean>, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  if (!CAN_RUN) return;
  base = mkdtempSync(path.join(tmpdir(), 'vanphong-replica-'));
  if (AS_ROOT) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(base, uid, gid);
  }
  const primary = path.join(base, 'primary');
  const replica = path.join(base, 'replica');
  primaryPort = await freePort();
  replicaPort = await freePort();
  // initdb's trust authentication also admits replication connections from 127.0.0.1.
  pgTool('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--locale=C.UTF-8', '-E', 'UTF8']);
  startCluster(primary, primaryPort, '-c wal_level=replica -c max_wal_senders=4');
  const admin = new pg.Client({ connectionString: url(primaryPort, 'postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE vanphong');
  await admin.end();
  pgTool('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    replica,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  startCluster(replica, replicaPort, '-c hot_standby=on');
  const [standby] = await query<{ r: boolean }>(replicaPort, 'SELECT pg_is_in_recovery() AS r');
  expect(standby?.r).toBe(true);

  const dataDir = path.join(base, 'app');
  mkdirSync(dataDir);
  server = new ServerProcess({
    ...serverEnv(dataDir, url(primaryPort), ADMIN),
    DATABASE_READ_URL: url(replicaPort),
  });
  await server.start();
  token = await tokenFor(server.base, 'admin', ADMIN);
  const tree = await api(server.base, token, 'GET', '/api/orgs/tree');
  const org = await api(server.base, token, 'POST', '/api/orgs', {
    name: 'Đảng ủy phường Bản Sao',
    shortCode: 'ĐU',
    kind: 'direct_committee',
    parentId: tree.body[0].id,
  });
  ward = org.body.id;
  // The ward's clerk reads rewards and finance, which the administrator does not.
  const clerk = await api(server.base, token, 'POST', '/api/users', {
    username: 'van-phong-ban-sao',
    password: 'mat-khau-van-phong-ban-sao',
    fullName: 'Văn Thư Bản Sao',
    orgId: ward,
    role: 'clerk',
    clearance: 1,
  });
  expect(clerk.status).toBe(201);
  clerkToken = await tokenFor(server.base, 'van-phong-ban-sao', 'mat-khau-van-phong-ban-sao');
}, 240_000);

afterAll(async () => {
  if (!CAN_RUN) return;
  await server?.stop();
  for (const dir of started.reverse()) {
    try {
      pgTool('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  }
  rmSync(base, { recursive: true, force: true });
});

/** A cookie session, which carries its own WAL position back as the browser does. */
async function session() {
  const res = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN }),
  });
  const jar = new Map<string, string>();
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = (pair as string).split('=');
      jar.set(k as string, v as string);
    }
  };
  keep(res);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, url: string, body?: unknown) => {
    const headers: Record<string, string> = {
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': csrfToken,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(`${server.base}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    keep(r);
    return { status: r.status, headers: r.headers, body: await r.json() };
  };
}

const found = (list: { items: { id: number }[] }, id: number) => list.items.some((d) => d.id === id);

describe.skipIf(!CAN_RUN)('read replica (PostgreSQL 15 streaming hot standby)', () => {
  it('search, lists and reports read from the replica; the writer reads its own write from the primary', async () => {
    const before = await api(server.base, token, 'POST', '/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: 'Công văn về thủy lợi nội đồng',
      orgId: ward,
    });
    expect(before.status).toBe(201);
    await until('the replica has the first document', async () => {
      const rows = await query(replicaPort, 'SELECT 1 FROM documents WHERE id = $1', [before.body.id]);
      return rows.length === 1;
    });

    // From here the replica stays behind the primary.
    await query(replicaPort, 'SELECT pg_wal_replay_pause()');
    const writer = await session();
    const written = await writer('POST', '/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: 'Công văn về chuyển đổi số',
      orgId: ward,
    });
    expect(written.status).toBe(201);
    const position = written.headers.get('x-read-after');
    expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    // A caller who has not written reads from the replica: the first document, not the second.
    const search = (q: string) => `/api/documents?q=${encodeURIComponent(q)}`;
    const other = await api(server.base, token, 'GET', search('chuyển đổi số'));
    expect(other.status).toBe(200);
    expect(found(other.body, written.body.id)).toBe(false);
    expect(found((await api(server.base, token, 'GET', search('thủy lợi'))).body, before.body.id)).toBe(true);
    // The browse list (no words) is served there too.
    const browse = await api(server.base, token, 'GET', '/api/documents?limit=50');
    expect(found(browse.body, before.body.id)).toBe(true);
    expect(found(browse.body, written.body.id)).toBe(false);

    // The writer finds its own document at once (its cookie carries its write position).
    const own = await writer('GET', search('chuyển đổi số'));
    expect(own.status).toBe(200);
    expect(found(own.body, written.body.id)).toBe(true);
    // So does an API client that sends the position back.
    const withHeader = await fetch(`${server.base}${search('chuyển đổi số')}`, {
      headers: { authorization: `Bearer ${token}`, 'x-read-after': position as string },
    });
    expect(found((await withHeader.json()) as { items: { id: number }[] }, written.body.id)).toBe(true);

    // Lists, reports and exports run on the read-only standby without error.
    const month = new Date().toISOString().slice(0, 7);
    for (const url of [
      '/api/members?limit=20',
      '/api/members/export',
      '/api/tasks',
      '/api/rewards/awards',
      '/api/rewards/awards.xlsx',
      `/api/finance/fees/dashboard?orgId=${ward}&from=${month}&to=${month}`,
      `/api/finance/fees/report?orgId=${ward}&from=${month}&to=${month}&format=xlsx`,
    ]) {
      const res = await fetch(`${server.base}${url}`, { headers: { authorization: `Bearer ${clerkToken}` } });
      expect([url, res.status]).toEqual([url, 200]);
      await res.arrayBuffer();
    }
    const [stats] = await query<{ n: number }>(
      replicaPort,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'vanphong' AND backend_type = 'client backend'`,
    );
    expect(stats?.n).toBeGreaterThan(1); // the app's pool holds connections to the standby

    // Once the replica replays, everybody sees the document, still from the replica.
    await query(replicaPort, 'SELECT pg_wal_replay_resume()');
    await until('the replica serves the second document', async () =>
      found((await api(server.base, token, 'GET', search('chuyển đổi số'))).body, written.body.id),
    );

    // A replica that goes away is set aside within a second or two: reads go to the primary.
    pgTool('pg_ctl', ['-D', path.join(base, 'replica'), '-m', 'fast', '-w', 'stop']);
    await until(
      'reads fall back to the primary',
      async () => {
        const res = await api(server.base, token, 'GET', search('chuyển đổi số'));
        return res.status === 200 && found(res.body, written.body.id);
      },
      15_000,
    );
  });
});
