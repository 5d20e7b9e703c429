// A request that finds no free database connection is "try again", not a crash: pg-pool's
// "timeout exceeded when trying to connect" (wrapped by Drizzle without a code) answers 503
// database_unavailable with Retry-After, provoked for real on PostgreSQL with a pool of one
// connection held by a transaction (docs/benchmarks.md: 318 answers were 500 under 200 users).
import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POOL_SIZE, loadConfig } from '../../server/config.ts';
import { toErrorResponse } from '../../server/http/errors.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

const UNAVAILABLE = 'Cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau ít phút.';

describe('the error map', () => {
  it('maps a pool timeout wrapped by Drizzle to 503 database_unavailable', () => {
    const err = new DrizzleQueryError('select 1', [], new Error('timeout exceeded when trying to connect'));
    const r = toErrorResponse(err);
    expect(r.status).toBe(503);
    expect(r.body.error).toEqual({ code: 'database_unavailable', message: UNAVAILABLE });
    // An unrelated error stays a 500 without detail.
    expect(toErrorResponse(new DrizzleQueryError('select 1', [], new Error('boom'))).status).toBe(500);
  });

  it('sizes the PostgreSQL pool at 20 by default; VANPHONG_DB_POOL_SIZE overrides it', () => {
    expect(DEFAULT_POOL_SIZE).toBe(20);
    expect(loadConfig({}).dbPoolSize).toBe(20);
    expect(loadConfig({ VANPHONG_DB_POOL_SIZE: '40' }).dbPoolSize).toBe(40);
    expect(loadConfig({ VANPHONG_DB_CONNECT_TIMEOUT_MS: '250' }).dbConnectTimeoutMs).toBe(250);
    expect(() => loadConfig({ VANPHONG_DB_POOL_SIZE: '0' })).toThrow(/VANPHONG_DB_POOL_SIZE/);
  });
});

// PGlite has one connection and no pool: requests queue on it and never time out waiting.
const embedded = !process.env.TEST_DATABASE_URL;

describe.skipIf(embedded)(
  'a pool with no free connection (PostgreSQL only: PGlite has no pool, requests queue on its one connection)',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ config: { dbPoolSize: 1, dbConnectTimeoutMs: 300 } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers 503 database_unavailable with Retry-After while the only connection is held', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let started!: () => void;
      const holding = new Promise<void>((r) => {
        started = r;
      });
      const tx = t.rt.database.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1`);
        started();
        await held;
      });
      await holding;
      try {
        const t0 = performance.now();
        const res = await t.admin.get('/api/orgs/tree');
        expect(res.status).toBe(503);
        expect(res.body).toEqual({ error: { code: 'database_unavailable', message: UNAVAILABLE } });
        expect(res.headers.get('retry-after')).toBe('1');
        // It waited for the pool's timeout, not for the transaction.
        expect(performance.now() - t0).toBeGreaterThanOrEqual(250);
      } finally {
        release();
        await tx;
      }
      // The connection is back: the same request succeeds.
      const ok = await t.admin.get('/api/orgs/tree');
      expect(ok.status).toBe(200);
      expect(ok.headers.get('retry-after')).toBeNull();
    });
  },
);
