// One interface over the two PostgreSQL backends: PGlite in-process (the embedded default) and a
// PostgreSQL server through node-postgres. Drizzle gives both the same query and transaction API.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_POOL_SIZE } from '../config.ts';
import { acquireDirLock, type DirLock } from './lock.ts';
import { RemotePGlite } from './pglite-remote.ts';

export type Backend = 'embedded' | 'postgres';
/** The handle every query function takes: the database or a transaction on it. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
  backend: Backend;
  db: Db;
  /** Runs a multi-statement script in one transaction (migrations). */
  runScript(
    script: string,
    guard: (db: Db) => Promise<boolean>,
    after: (db: Db) => Promise<void>,
  ): Promise<void>;
  /** Plain parameterised query outside Drizzle, for adapters such as pg-boss. */
  rawQuery(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount?: number | null }>;
  close(): Promise<void>;
  /**
   * Embedded only: how many committed transactions changed the units (orgs, org_versions, org_links)
   * since the database was opened. The trigger's notification (migration 0030) arrives before the
   * commit's caller goes on, so a count unchanged since a read means no such commit since then.
   * Absent on PostgreSQL, where other servers write too.
   */
  orgTreeChanges?: () => number;
}

// int8 (counts, audit ids) as JS numbers on both backends: our values stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Data directory of the embedded database; omitted means in memory (tests). */
  dataDir?: string | undefined;
  /** PostgreSQL only: connections in the pool (default DEFAULT_POOL_SIZE, VANPHONG_DB_POOL_SIZE). */
  poolSize?: number | undefined;
  /** PostgreSQL only: wait for a free connection this long, then fail (answered 503). */
  connectTimeoutMs?: number | undefined;
  /**
   * Embedded in memory only: start from this dump of a data directory (PGlite's dumpDataDir) instead
   * of an empty database. The tests' migrated template: PGlite's initdb alone takes seconds per file.
   */
  template?: Blob | undefined;
  /** Embedded only: PGlite on a worker thread (VANPHONG_PGLITE_WORKER=1), off the HTTP thread. */
  pgliteWorker?: boolean | undefined;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(
        opts.databaseUrl,
        opts.poolSize ?? DEFAULT_POOL_SIZE,
        opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      )
    : openEmbedded(opts.dataDir, opts.pgliteWorker ?? false, opts.template);
}

/** What openEmbedded uses of PGlite, in-process or on its worker thread (pglite-remote.ts). */
type PgliteClient = Pick<PGlite, 'query' | 'exec' | 'transaction' | 'listen' | 'close' | 'closed'>;

async function openEmbedded(
  dataDir: string | undefined,
  onWorker: boolean,
  template?: Blob,
): Promise<Database> {
  let lock: DirLock | undefined;
  let pgdata: string | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDirLock(dataDir);
    pgdata = path.join(dataDir, 'pgdata');
  }
  let opened: PgliteClient | undefined;
  let orgTreeChanges = 0;
  try {
    const extensions = { pg_trgm, unaccent, ltree };
    if (onWorker) {
      opened = (await RemotePGlite.create(pgdata)) as unknown as PgliteClient;
    } else {
      opened =
        template && !pgdata
          ? await PGlite.create({ loadDataDir: template, extensions })
          : await PGlite.create(pgdata, { extensions });
      await opened.exec("SET TIME ZONE 'UTC'");
    }
    await opened.listen('vanphong_org_tree', () => {
      orgTreeChanges++;
    });
  } catch (err) {
    await opened?.close().catch(() => {});
    lock?.release();
    throw err;
  }
  const client = opened;
  const db = drizzlePglite(client as PGlite) as unknown as Db;
  return {
    backend: 'embedded',
    db,
    async runScript(script, guard, after) {
      await client.transaction(async (tx) => {
        const txDb = drizzlePglite(tx as unknown as PGlite) as unknown as Db;
        if (!(await guard(txDb))) return;
        await tx.exec(script);
        await after(txDb);
      });
    },
    async rawQuery(text, values) {
      if (values && values.length > 0) return client.query(text, values as unknown[]);
      // pg-boss sends multi-statement scripts without parameters; only exec accepts those.
      const results = await client.exec(text);
      return results[results.length - 1] ?? { rows: [], affectedRows: 0 };
    },
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
    orgTreeChanges: () => orgTreeChanges,
  };
}

async function openPostgres(url: string, poolSize: number, connectTimeoutMs: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // JIT compiles plans costed high by the access rule's subqueries: 1.3 s of a 1.7 s query, measured.
    options: '-c TimeZone=UTC -c jit=off',
    // A request that waits longer for a connection fails with "timeout exceeded when trying to
    // connect", answered 503 with Retry-After (server/http/errors.ts).
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  // A server restart kills idle clients (pool 'error') and checked-out ones between two queries of a
  // transaction (client 'error', which the pool does not listen to while the client is out): without
  // listeners the process would crash. The query in progress still fails, and is answered with 503.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool) as unknown as Db;
  return {
    backend: 'postgres',
    db,
    async runScript(script, guard, after) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const txDb = drizzlePg(client) as unknown as Db;
        if (await guard(txDb)) {
          await client.query(script);
          await after(txDb);
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async rawQuery(text, values) {
      return pool.query(text, values as unknown[]);
    },
    async close() {
      await pool.end();
    },
  };
}
