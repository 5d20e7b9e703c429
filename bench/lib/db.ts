// The benchmark's own handle on the database it loads and measures: the same two backends as the
// server (server/db/client.ts, same options: UTC, JIT off, the three extensions), plus bulk loading:
// COPY FROM STDIN through pg-copy-streams on PostgreSQL, COPY FROM '/dev/blob' on PGlite.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../server/db/client.ts';
import { acquireDirLock, type DirLock } from '../../server/db/lock.ts';
import type { Cell } from '../generate.ts';

export type Backend = 'embedded' | 'postgres';

export interface BenchDb {
  backend: Backend;
  db: Db;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Streams COPY text lines into a table; resolves with the number of rows. */
  copy(
    table: string,
    columns: readonly string[],
    lines: AsyncIterable<string> | Iterable<string>,
  ): Promise<number>;
  close(): Promise<void>;
}

/** One row in COPY's text format: tab-separated, \N for NULL, backslash escapes. */
export function copyLine(row: readonly Cell[]): string {
  let out = '';
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (i > 0) out += '\t';
    if (v === null || v === undefined) out += '\\N';
    else if (typeof v === 'number') out += String(v);
    else if (typeof v === 'boolean') out += v ? 't' : 'f';
    else out += /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ESC[c] as string) : v;
  }
  return `${out}\n`;
}
const ESC: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export async function openPostgres(url: string): Promise<BenchDb> {
  // The server's session options, plus room to rebuild indexes after the bulk load.
  const pool = new pg.Pool({
    connectionString: url,
    max: process.env.BENCH_POOL_ONE ? 1 : 4,
    options: '-c TimeZone=UTC -c jit=off -c maintenance_work_mem=1GB',
  });
  pool.on('error', () => {});
  return {
    backend: 'postgres',
    db: drizzlePg(pool) as unknown as Db,
    async query(text, params) {
      return (await pool.query(text, params as unknown[])).rows;
    },
    async copy(table, columns, lines) {
      const client = await pool.connect();
      try {
        const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
        const done = new Promise<void>((resolve, reject) => {
          stream.on('finish', () => resolve());
          stream.on('error', reject);
        });
        let n = 0;
        let buf = '';
        for await (const line of lines) {
          buf += line;
          n++;
          if (buf.length > 1 << 20) {
            if (!stream.write(buf)) await new Promise((r) => stream.once('drain', r));
            buf = '';
          }
        }
        stream.end(buf);
        await done;
        return n;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

export async function openEmbedded(dataDir: string): Promise<BenchDb> {
  mkdirSync(dataDir, { recursive: true });
  const lock: DirLock = acquireDirLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(path.join(dataDir, 'pgdata'), { extensions: { pg_trgm, unaccent, ltree } });
    await client.exec("SET TIME ZONE 'UTC'");
  } catch (err) {
    lock.release();
    throw err;
  }
  return {
    backend: 'embedded',
    db: drizzlePglite(client) as unknown as Db,
    async query(text, params) {
      if (!params || params.length === 0) {
        const results = await client.exec(text);
        return (results[results.length - 1]?.rows ?? []) as never[];
      }
      return (await client.query(text, params)).rows as never[];
    },
    async copy(table, columns, lines) {
      // PGlite reads COPY input from a Blob: send it in chunks of ~16 MB so memory stays bounded.
      let n = 0;
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (parts.length === 0) return;
        await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
          blob: new Blob(parts),
        });
        parts = [];
        size = 0;
      };
      for await (const line of lines) {
        parts.push(line);
        size += line.length;
        n++;
        if (size > 16 << 20) await flush();
      }
      await flush();
      return n;
    },
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock.release();
      }
    },
  };
}
