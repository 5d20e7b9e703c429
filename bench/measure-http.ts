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

/** GETs whose answer does not depend on the data's size (health, types) and the tree of units. */
export async function cachedGets(base: string, session: Session, seconds: number): Promise<LoadRun[]> {
  const headers = { cookie: session.cookie };
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
 * 200 connections, each a user of the pool working through a day's mix: search (with the query set),
 * the register, opening a document, the unit's task roll-up and task list, the health check.
 */
export async function mixedWorkload(
  base: string,
  users: MixedUser[],
  seconds: number,
  connections = 200,
): Promise<LoadRun> {
  let next = 0;
  const userOf = (ctx: Record<string, unknown>): MixedUser => {
    ctx.user ??= users[next++ % users.length];
    return ctx.user as MixedUser;
  };
  const step = (path: (u: MixedUser, ctx: Record<string, unknown>) => string) => ({
    method: 'GET',
    setupRequest: (
      req: { path?: string; headers?: Record<string, string> },
      ctx: Record<string, unknown>,
    ) => {
      const u = userOf(ctx);
      return { ...req, path: path(u, ctx), headers: { ...req.headers, cookie: u.session.cookie } };
    },
  });
  let qi = 0;
  const search = () =>
    step(
      () => `/api/documents?${queryString(QUERIES[qi++ % QUERIES.length] ?? { label: '', q: 'báo cáo' })}`,
    );
  const open = () => step((u) => `/api/documents/${u.docIds[qi++ % Math.max(1, u.docIds.length)] ?? 1}`);
  const requests = [
    search(),
    step(() => '/api/documents?limit=20'),
    open(),
    search(),
    step((u) => `/api/tasks/summary?orgId=${u.orgId}`),
    open(),
    step(() => '/api/tasks?view=unit&limit=50'),
    search(),
    step(() => '/api/health'),
    open(),
  ];
  return fire(`${connections} users, mixed`, { url: base, connections, duration: seconds, requests });
}
