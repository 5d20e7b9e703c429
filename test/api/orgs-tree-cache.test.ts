// GET /api/orgs/tree is cached per version of the units' data (server/modules/orgs/tree-cache.ts,
// migration 0008): answered with an ETag, 304 for a matching If-None-Match, and never stale — a change
// through the API, through plain SQL (as psql or the benchmark's COPY would do) or a rolled-back one
// is seen exactly as the database holds it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeVersion } from '../../server/modules/orgs/tree-cache.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const names = (nodes: { name: string; children: unknown[] }[]): string[] =>
  nodes.flatMap((n) => [n.name, ...names(n.children as { name: string; children: unknown[] }[])]);

describe('the cached unit tree', () => {
  it('answers 304 to a matching ETag and a new tree after every kind of change', async () => {
    const first = await t.admin.get('/api/orgs/tree');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');

    const again = await t.admin.request('GET', '/api/orgs/tree', undefined, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();

    // Through the API.
    const v0 = await treeVersion(t.rt.database.db);
    const id = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bộ Nhớ Đệm');
    const v1 = await treeVersion(t.rt.database.db);
    expect(v1).toBeGreaterThan(v0);
    const afterCreate = await t.admin.request('GET', '/api/orgs/tree', undefined, {
      'if-none-match': etag ?? '',
    });
    expect(afterCreate.status).toBe(200);
    expect(names(afterCreate.body)).toContain('Đảng ủy phường Bộ Nhớ Đệm');
    expect(afterCreate.headers.get('etag')).not.toBe(etag);

    // Through plain SQL, bypassing the services: the database's triggers bump the version.
    await t.rt.database.db.execute(sql`UPDATE orgs SET name = 'Đảng ủy phường Đổi Tên' WHERE id = ${id}`);
    expect(names((await t.admin.get('/api/orgs/tree')).body)).toContain('Đảng ủy phường Đổi Tên');

    // A transaction of many rows bumps it once; a rolled-back one leaves it and the tree alone.
    const v2 = await treeVersion(t.rt.database.db);
    await t.rt.database.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE orgs SET name = name || '' WHERE id = ${id}`);
      await tx.execute(sql`UPDATE orgs SET name = name || '' WHERE id = ${t.rootId}`);
    });
    expect(await treeVersion(t.rt.database.db)).toBe(v2 + 1);
    await t.rt.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`UPDATE orgs SET name = 'Không lưu' WHERE id = ${id}`);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect(await treeVersion(t.rt.database.db)).toBe(v2 + 1);
    expect(names((await t.admin.get('/api/orgs/tree')).body)).not.toContain('Không lưu');
  });

  it('keeps the options apart: inactive units and a past date are their own trees', async () => {
    const id = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Sắp Giải Thể');
    const del = await t.admin.delete(`/api/orgs/${id}`);
    expect(del.status).toBeLessThan(300);
    const active = names((await t.admin.get('/api/orgs/tree')).body);
    expect(active).not.toContain('Đảng ủy phường Sắp Giải Thể');
    const past = names((await t.admin.get('/api/orgs/tree?asOf=2000-01-01')).body);
    expect(past).not.toContain('Đảng ủy phường Bộ Nhớ Đệm');
  });

  it('asks for a login like every other read', async () => {
    expect((await t.client().get('/api/orgs/tree')).status).toBe(401);
  });
});
