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
import type { BenchDb } from './lib/db.ts';
import type { Session } from './lib/http.ts';
import { type Summary, summarise } from './lib/stats.ts';
import { QUERIES, queryString, type SearchQuery } from './queries.ts';

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

/** The statements searchDocuments sends for one query, as text and parameters. */
export async function captureSql(
  bdb: BenchDb,
  actor: Actor,
  s: SearchQuery,
): Promise<{ sql: string; params: unknown[] }[]> {
  const seen: { sql: string; params: unknown[] }[] = [];
  const recording = new Proxy(bdb.db, {
    get(target, prop, receiver) {
      // The search runs its statements in one transaction: run them here on the recording handle.
      if (prop === 'transaction') return (run: (tx: Db) => Promise<unknown>) => run(recording);
      if (prop === 'execute')
        return (q: SQL) => {
          const { sql, params } = dialect.sqlToQuery(q);
          seen.push({ sql, params });
          return target.execute(q);
        };
      return Reflect.get(target, prop, receiver);
    },
  }) as Db;
  await searchDocuments(
    { database: { db: recording } as Deps['database'] },
    { actor, ip: null, requestId: 'bench' },
    { ...s, limit: 20 },
  );
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
