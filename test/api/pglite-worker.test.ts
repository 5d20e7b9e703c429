// PGlite on a worker thread (VANPHONG_PGLITE_WORKER=1, server/db/pglite-remote.ts) answers as PGlite
// in-process does: the same rows and types, PostgreSQL's error fields for the error map, transactions
// that nothing interleaves with, its data directory locked, the units' notifications before the
// commit's answer. The whole API suite runs on it with VANPHONG_PGLITE_WORKER=1.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';

const embedded = !process.env.TEST_DATABASE_URL;
const rowsOf = async (p: Promise<unknown>) => ((await p) as { rows: Record<string, unknown>[] }).rows;

let inProcess: Database;
let worker: Database;
beforeAll(async () => {
  if (!embedded) return;
  inProcess = await openDatabase({});
  worker = await openDatabase({ pgliteWorker: true });
  for (const d of [inProcess, worker]) {
    await d.db.execute(sql`CREATE TABLE w (id int PRIMARY KEY, n text NOT NULL CHECK (n <> ''))`);
  }
});
afterAll(async () => {
  await inProcess?.close();
  await worker?.close();
});

describe.runIf(embedded)('PGlite on a worker thread', () => {
  it('answers the same rows, with the same types, as PGlite in-process', async () => {
    const q = sql`SELECT 1 AS i, 5::int8 AS big, 1.5::numeric AS num, now() AS ts, current_date AS d,
      interval '1 day' AS iv, '{1,2}'::int[] AS arr, '{"a":[1]}'::jsonb AS j, '\\x0102'::bytea AS b,
      true AS t, NULL::text AS nothing, 'Đảng ủy' AS name, ${'tham số'}::text AS param`;
    const a = (await rowsOf(inProcess.db.execute(q)))[0] ?? {};
    const b = (await rowsOf(worker.db.execute(q)))[0] ?? {};
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) {
      if (k === 'ts') expect(typeof b[k]).toBe(typeof a[k]);
      else expect(b[k]).toEqual(a[k]);
    }
    // pg-boss's path: plain queries with values, and multi-statement scripts.
    const raw = await worker.rawQuery('SELECT $1::int + 1 AS x, now() AS at', [41]);
    expect((raw.rows[0] as { x: number }).x).toBe(42);
    expect((raw.rows[0] as { at: unknown }).at).toBeInstanceOf(Date);
    const script = await worker.rawQuery('SELECT 1 AS one; SELECT 2 AS two');
    expect(script.rows).toEqual([{ two: 2 }]);
  });

  it("keeps PostgreSQL's error fields (code, constraint, detail) for the error map", async () => {
    await worker.db.execute(sql`INSERT INTO w VALUES (1, 'một')`);
    const err = await worker.db.execute(sql`INSERT INTO w VALUES (1, 'lại')`).catch((e: unknown) => e);
    const cause = (err as { cause?: Record<string, unknown> }).cause;
    expect(cause?.code).toBe('23505');
    expect(cause?.constraint).toBe('w_pkey');
    expect(cause?.table).toBe('w');
    expect(String(cause?.detail)).toContain('(id)=(1)');
    expect(cause).toBeInstanceOf(Error);
    const check = await worker.db.execute(sql`INSERT INTO w VALUES (9, '')`).catch((e: unknown) => e);
    expect((check as { cause?: { code?: string } }).cause?.code).toBe('23514');
  });

  it('runs a transaction alone: a query sent meanwhile waits for the commit; a throw rolls back', async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await worker.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO w VALUES (2, 'hai')`);
      outside = rowsOf(worker.db.execute(sql`SELECT count(*)::int AS c FROM w`)).then((r) => {
        order.push('outside');
        return r[0];
      });
      await new Promise((r) => setTimeout(r, 50));
      await tx.execute(sql`INSERT INTO w VALUES (3, 'ba')`);
      // A savepoint inside (Drizzle's nested transaction) rolls back alone.
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`INSERT INTO w VALUES (4, 'bốn')`);
          throw new Error('inner');
        })
        .catch(() => undefined);
      order.push('commit');
    });
    expect(await outside).toEqual({ c: 3 });
    expect(order).toEqual(['commit', 'outside']);

    const failed = await worker.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO w VALUES (5, 'năm')`);
        throw new Error('thôi');
      })
      .catch((e: Error) => e.message);
    expect(failed).toBe('thôi');
    const after = await rowsOf(worker.db.execute(sql`SELECT array_agg(id ORDER BY id) AS ids FROM w`));
    expect(after[0]).toEqual({ ids: [1, 2, 3] });
  });

  it('answers a failed COMMIT (a deferred constraint) with its error and leaves nothing behind', async () => {
    await worker.db.execute(
      sql`CREATE TABLE wd (id int, CONSTRAINT wd_u UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)`,
    );
    const err = await worker.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO wd VALUES (1), (1)`);
      })
      .catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('23505');
    expect((await rowsOf(worker.db.execute(sql`SELECT count(*)::int AS c FROM wd`)))[0]).toEqual({ c: 0 });
  });

  it('locks its data directory and counts a commit that changes the units before the commit returns', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanphong-worker-'));
    const d = await openDatabase({ dataDir: dir, pgliteWorker: true });
    try {
      expect(readFileSync(path.join(dir, '.lock'), 'utf8')).toBe(String(process.pid));
      await migrate(d);
      const before = d.orgTreeChanges?.() ?? -1;
      await d.db.execute(sql`UPDATE orgs SET name = name WHERE false`);
      expect(d.orgTreeChanges?.()).toBe(before);
      await d.db.execute(
        sql`INSERT INTO orgs (name, short_code, kind, path, valid_from) VALUES ('Tỉnh ủy thử', 'TU', 'provincial', 'x', '2020-01-01')`,
      );
      expect(d.orgTreeChanges?.()).toBe(before + 1);
      await d.db.transaction(async (tx) => {
        await tx.execute(sql`UPDATE orgs SET name = 'Tỉnh ủy mới'`);
        await tx.execute(sql`UPDATE orgs SET name = 'Tỉnh ủy mới hơn'`);
      });
      expect(d.orgTreeChanges?.()).toBe(before + 2);
    } finally {
      await d.close();
    }
    expect(existsSync(path.join(dir, '.lock'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
