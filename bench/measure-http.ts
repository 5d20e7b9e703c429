// Measurement 6: requests per second of cheap GETs, and 200 concurrent users doing a mixed office
// workload, with autocannon on loopback for a bounded time. p95 comes from every response time (the
// 'response' event); autocannon's own histogram has no 95th percentile.
import autocannon from 'autocannon';
import type { Session } from './lib/http.ts';
import { percentile } from './lib/stats.ts';
import { QUERIES, queryString } from './queries.ts';

export interface LoadRun {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
  non2xx: number;
}

async function fire(label: string, opts: Parameters<typeof autocannon>[0]): Promise<LoadRun> {
  const times: number[] = [];
  const inst = autocannon({ timeout: 30, ...opts });
  inst.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const r = await inst;
  times.sort((a, b) => a - b);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    label,
    connections: opts.connections ?? 10,
    seconds: r.duration,
    requests: times.length,
    reqPerSec: Math.round(times.length / r.duration),
    p50: r1(percentile(times, 50)),
    p95: r1(percentile(times, 95)),
    max: r1(times[times.length - 1] ?? Number.NaN),
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/** What Chromium sends: without it the 4 MB city tree would be sent uncompressed, as to no browser. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** GETs whose answer does not depend on the data's size (health, types) and the tree of units. */
export async function cachedGets(base: string, session: Session, seconds: number): Promise<LoadRun[]> {
  // A browser says which compressions it reads: the tree is then sent as prepared brotli bytes.
  const headers = { cookie: session.cookie, 'accept-encoding': BROWSER_ENCODINGS };
  const out: LoadRun[] = [];
  // One second of warm-up first: the server's code paths are compiled before anything is counted.
  await fire('warm-up', { url: `${base}/api/document-types`, connections: 10, duration: 1, headers });
  for (const [label, path] of [
    ['GET /api/health', '/api/health'],
    ['GET /api/document-types', '/api/document-types'],
    ['GET /api/orgs/tree', '/api/orgs/tree'],
  ] as const) {
    out.push(await fire(label, { url: `${base}${path}`, connections: 50, duration: seconds, headers }));
  }
  return out;
}

export interface MixedUser {
  session: Session;
  orgId: number;
  /** Ids of documents this user can open. */
  docIds: number[];
}

/**
 * The office mix, in one place: what a working day's clicks ask for, weighted per 100 requests.
 * Both measures (saturation and 200 users working) draw from it; docs/benchmarks.md lists it.
 */
export const MIX: readonly { label: string; weight: number; path: (u: MixedUser, i: number) => string }[] = [
  { label: 'home', weight: 10, path: () => '/api/me/home' },
  { label: 'document register', weight: 20, path: () => '/api/documents?limit=20' },
  {
    label: 'search',
    weight: 15,
    path: (_u, i) =>
      `/api/documents?${queryString(QUERIES[i % QUERIES.length] ?? { label: '', q: 'báo cáo' })}`,
  },
  {
    label: 'open a document',
    weight: 20,
    path: (u, i) => `/api/documents/${u.docIds[i % Math.max(1, u.docIds.length)] ?? 1}`,
  },
  { label: 'task list', weight: 10, path: () => '/api/tasks?view=unit&limit=50' },
  { label: 'task roll-up', weight: 5, path: (u) => `/api/tasks/summary?orgId=${u.orgId}` },
  { label: 'member list', weight: 8, path: (u) => `/api/members?orgId=${u.orgId}&limit=50` },
  { label: 'notifications', weight: 5, path: () => '/api/notifications' },
  { label: 'document types', weight: 5, path: () => '/api/document-types' },
  { label: 'organisation tree', weight: 2, path: () => '/api/orgs/tree' },
];

/** A request of the mix drawn at random (weights as above). */
export function drawMix(rand: () => number, u: MixedUser, i: number): string {
  const total = MIX.reduce((s, m) => s + m.weight, 0);
  let x = rand() * total;
  for (const m of MIX) {
    x -= m.weight;
    if (x < 0) return m.path(u, i);
  }
  return (MIX[0] as (typeof MIX)[number]).path(u, i);
}

/** A small seeded generator (mulberry32): the same seed draws the same requests. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Saturation: a closed loop of `connections` connections, each sending the next request of the mix
 * as soon as the last one answered. The figure is the throughput the server sustains (req/s).
 */
export async function saturation(
  base: string,
  users: MixedUser[],
  seconds: number,
  seed: number,
  connections = 50,
): Promise<LoadRun> {
  const rand = seeded(seed);
  let next = 0;
  let i = 0;
  return fire(`saturation, ${connections} connections, office mix`, {
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (
          req: { path?: string; headers?: Record<string, string> },
          ctx: Record<string, unknown>,
        ) => {
          ctx.user ??= users[next++ % users.length];
          const u = ctx.user as MixedUser;
          return {
            ...req,
            path: drawMix(rand, u, i++),
            headers: { ...req.headers, cookie: u.session.cookie, 'accept-encoding': BROWSER_ENCODINGS },
          };
        },
      },
    ],
  });
}

export interface OpenRun {
  label: string;
  users: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  max: number;
  /** Network errors and answers other than 2xx. */
  errors: number;
}

/**
 * 200 users working (an open model): each user sends one request of the mix, then waits 3–6 s
 * (drawn at random) from the time it was sent, whatever the server's speed, for `seconds`. Unlike
 * a closed loop, a slow answer does not slow the arrivals: the latency is what a user meets.
 */
export async function openModel(
  base: string,
  users: MixedUser[],
  seconds: number,
  seed: number,
  count = 200,
): Promise<OpenRun> {
  const rand = seeded(seed);
  const times: number[] = [];
  let errors = 0;
  let i = 0;
  const end = performance.now() + seconds * 1000;
  const one = async (u: MixedUser) => {
    const t0 = performance.now();
    try {
      const res = await fetch(`${base}${drawMix(rand, u, i++)}`, { headers: { cookie: u.session.cookie } });
      await res.arrayBuffer();
      if (res.status < 200 || res.status >= 300) errors++;
    } catch {
      errors++;
    }
    times.push(performance.now() - t0);
  };
  const user = async (u: MixedUser) => {
    // Start spread over the first think time, as people do not all click at once.
    await new Promise((r) => setTimeout(r, rand() * 3000));
    const pending: Promise<void>[] = [];
    while (performance.now() < end) {
      const sent = performance.now();
      pending.push(one(u));
      const wait = 3000 + rand() * 3000 - (performance.now() - sent);
      await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    }
    await Promise.all(pending);
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: count }, (_, k) => user(users[k % users.length] as MixedUser)));
  const took = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return {
    label: `${count} users, one request every 3–6 s`,
    users: count,
    seconds: r1(took),
    requests: times.length,
    reqPerSec: Math.round(times.length / took),
    p50: r1(percentile(times, 50)),
    p95: r1(percentile(times, 95)),
    max: r1(times[times.length - 1] ?? Number.NaN),
    errors,
  };
}
