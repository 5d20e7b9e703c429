// Measurement 1: document search through the HTTP API, as the city's clerk and as a ward's leader,
// and the same SQL without HTTP and JSON (the floor). The SQL is not rewritten here: it is captured
// from server/modules/documents/search/service.ts itself (searchDocuments on a database handle that records
// what it is asked to execute), then replayed on the same database.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { queryTerms } from '../domain/search.ts';
import type { Actor } from '../server/auth/actor.ts';
import type { Db } from '../server/db/client.ts';
import type { Deps } from '../server/deps.ts';
import { searchDocuments } from '../server/modules/documents/search/service.ts';
import type { SearchTuning } from '../server/modules/documents/search/windows.ts';
import type { BenchDb } from './lib/db.ts';
import type { Session } from './lib/http.ts';
import { type Summary, summarise } from './lib/stats.ts';
import { QUERIES, queryString, type SearchQuery } from './queries.ts';
import { BANDS, type RandomQuery } from './random-queries.ts';

export interface PerQuery {
  label: string;
  p50: number;
  p95: number;
  hits: number;
}

export interface SearchSide {
  all: Summary;
  perQuery: PerQuery[];
}

const dialect = new PgDialect();

export async function actorOf(bdb: BenchDb, username: string): Promise<Actor> {
  const [u] = await bdb.query<{
    id: number;
    full_name: string;
    org_id: number;
    path: string;
    role: Actor['role'];
    clearance: number;
  }>(
    `SELECT u.id, u.full_name, u.org_id, o.path::text AS path, u.role, u.clearance FROM users u JOIN orgs o ON o.id = u.org_id
      WHERE u.username = $1`,
    [username],
  );
  if (!u) throw new Error(`no account ${username}`);
  return {
    userId: u.id,
    username,
    fullName: u.full_name,
    orgId: u.org_id,
    orgPath: u.path,
    role: u.role,
    clearance: Number(u.clearance),
  };
}

/** One recording handle per database: the search keeps its statistics per handle, as the server does. */
const recorders = new WeakMap<
  BenchDb,
  { database: Deps['database']; sink: { sql: string; params: unknown[] }[] | null }
>();

function recorder(bdb: BenchDb) {
  let r = recorders.get(bdb);
  if (r) return r;
  const state: { database: Deps['database']; sink: { sql: string; params: unknown[] }[] | null } = {
    database: {} as Deps['database'],
    sink: null,
  };
  const recording = new Proxy(bdb.db, {
    get(target, prop, receiver) {
      // The search runs its statements in one transaction: run them here on the recording handle.
      if (prop === 'transaction') return (run: (tx: Db) => Promise<unknown>) => run(recording);
      if (prop === 'execute')
        return (q: SQL) => {
          const { sql, params } = dialect.sqlToQuery(q);
          state.sink?.push({ sql, params });
          return target.execute(q);
        };
      return Reflect.get(target, prop, receiver);
    },
  }) as Db;
  state.database = { db: recording } as Deps['database'];
  recorders.set(bdb, state);
  r = state;
  return r;
}

/**
 * The statements searchDocuments sends for one query, as text and parameters (the statistics it
 * caches, read by a first unrecorded call, are not among them: the server reads them once too).
 */
export async function captureSql(
  bdb: BenchDb,
  actor: Actor,
  s: SearchQuery,
  tuning?: SearchTuning,
): Promise<{ sql: string; params: unknown[] }[]> {
  const rec = recorder(bdb);
  const ctx = { actor, ip: null, requestId: 'bench' };
  rec.sink = null;
  await searchDocuments({ database: rec.database }, ctx, { ...s, limit: 20 }, tuning);
  const seen: { sql: string; params: unknown[] }[] = [];
  rec.sink = seen;
  await searchDocuments({ database: rec.database }, ctx, { ...s, limit: 20 }, tuning);
  rec.sink = null;
  return seen;
}

function side(labels: string[], samples: number[][], hits: number[]): SearchSide {
  return {
    all: summarise(samples.flat()),
    perQuery: labels.map((label, i) => {
      const s = summarise(samples[i] ?? []);
      return { label, p50: s.p50, p95: s.p95, hits: hits[i] ?? 0 };
    }),
  };
}

/** The floor: each captured statement replayed `reps` times after one warm-up pass. */
export async function searchRaw(bdb: BenchDb, actor: Actor, reps: number): Promise<SearchSide> {
  const stmts = [];
  for (const q of QUERIES) stmts.push(await captureSql(bdb, actor, q));
  const samples: number[][] = QUERIES.map(() => []);
  const hits: number[] = [];
  for (let pass = 0; pass <= reps; pass++) {
    for (const [i, list] of stmts.entries()) {
      const t = performance.now();
      let n = 0;
      for (const st of list) n = (await bdb.query(st.sql, st.params)).length;
      if (pass > 0) samples[i]?.push(performance.now() - t);
      hits[i] = Math.min(n, 20);
    }
  }
  return side(
    QUERIES.map((q) => q.label),
    samples,
    hits,
  );
}

export async function searchApi(session: Session, reps: number): Promise<SearchSide> {
  const samples: number[][] = QUERIES.map(() => []);
  const hits: number[] = [];
  for (let pass = 0; pass <= reps; pass++) {
    for (const [i, q] of QUERIES.entries()) {
      const r = await session.ok<{ items: unknown[] }>(`/api/documents?${queryString(q)}`);
      if (pass > 0) samples[i]?.push(r.ms);
      hits[i] = r.body.items.length;
    }
  }
  return side(
    QUERIES.map((q) => q.label),
    samples,
    hits,
  );
}

/** How many documents each query's words match (no access rule, no filter): its selectivity. */
export async function matchCounts(
  bdb: BenchDb,
): Promise<{ label: string; matches: number; share: number }[]> {
  const [t] = await bdb.query<{ n: number | string }>('SELECT count(*) AS n FROM documents');
  const total = Number(t?.n);
  const out = [];
  for (const q of QUERIES) {
    const terms = queryTerms(q.q);
    const tsq = terms.map((x, i) => (i === terms.length - 1 && x.length >= 3 ? `${x}:*` : x)).join(' & ');
    const [r] = await bdb.query<{ n: number | string }>(
      `SELECT count(*) AS n FROM documents d WHERE d.search @@ to_tsquery('simple', $1)`,
      [tsq],
    );
    const matches = Number(r?.n);
    out.push({ label: q.label, matches, share: Math.round((matches / total) * 10_000) / 100 });
  }
  return out;
}

export interface RandomSide {
  all: Summary;
  /** Per band of the vocabulary, and `second page` for the pages 2 that followed a cursor. */
  bands: { band: string; summary: Summary }[];
  /** Each query as asked: its band, its words and filters, the time and the count it answered. */
  queries: {
    label: string;
    band: string;
    ms: number;
    total: number | null;
    exact: boolean;
    page2Ms?: number;
  }[];
}

/**
 * The random set, once through (no warm-up pass per query: a word seen once is not seen again), and
 * the second page of every third query that has one.
 */
export async function searchRandomApi(session: Session, queries: RandomQuery[]): Promise<RandomSide> {
  const out: RandomSide['queries'] = [];
  for (const [i, q] of queries.entries()) {
    const r = await session.ok<{ nextCursor: string | null; total: number | null; totalExact: boolean }>(
      `/api/documents?${queryString(q)}`,
    );
    const row: RandomSide['queries'][number] = {
      label: q.label,
      band: q.band,
      ms: Math.round(r.ms * 10) / 10,
      total: r.body.total,
      exact: r.body.totalExact,
    };
    if (r.body.nextCursor && i % 3 === 0) {
      const p2 = await session.ok(
        `/api/documents?${queryString(q)}&cursor=${encodeURIComponent(r.body.nextCursor)}`,
      );
      row.page2Ms = Math.round(p2.ms * 10) / 10;
    }
    out.push(row);
  }
  const bands: RandomSide['bands'] = [...BANDS].map((band) => ({
    band,
    summary: summarise(out.filter((x) => x.band === band).map((x) => x.ms)),
  }));
  const page2 = out.flatMap((x) => (x.page2Ms === undefined ? [] : [x.page2Ms]));
  bands.push({ band: 'second page', summary: summarise(page2) });
  return { all: summarise([...out.map((x) => x.ms), ...page2]), bands, queries: out };
}
