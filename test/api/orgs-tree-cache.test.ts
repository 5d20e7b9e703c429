// GET /api/orgs/tree is cached per version of the units' data (server/modules/orgs/tree-cache.ts,
// migration 0008): answered with an ETag, 304 for a matching If-None-Match, and never stale — a change
// through the API, through plain SQL (as psql or the benchmark's COPY would do) or a rolled-back one
// is seen exactly as the database holds it.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Database, Db } from '../../server/db/client.ts';
import { readVersion, treeVersion } from '../../server/modules/orgs/tree-cache.ts';
import { ADMIN_PASSWORD, Client, startTestApp, type TestApp } from '../helpers/app.ts';

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

  it('sends the bytes compressed once, brotli or gzip as asked, each decoding to the same JSON', async () => {
    const get = (encoding?: string, inm?: string) =>
      t.app.request('/api/orgs/tree', {
        headers: {
          cookie: t.admin.cookie ?? '',
          ...(encoding ? { 'accept-encoding': encoding } : {}),
          ...(inm ? { 'if-none-match': inm } : {}),
        },
      });
    const plain = await get();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    const json = Buffer.from(await plain.arrayBuffer());
    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers.get('content-encoding')).toBe('br');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(json.length);
    expect(brotliDecompressSync(brBytes).equals(json)).toBe(true);
    const gz = await get('gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(json)).toBe(true);
    // One ETag per encoding (strong validators differ by encoding); any of them is the same tree.
    const tags = [plain, br, gz].map((r) => r.headers.get('etag'));
    expect(new Set(tags).size).toBe(3);
    for (const tag of tags) expect((await get('br', tag ?? '')).status).toBe(304);
    expect((await get('identity;q=1, *;q=0', 'W/"nothing", "else"')).status).toBe(200);
  });

  it('a second server on the same database sees a change the first made (the version lives in the database)', async () => {
    // A second app over the same database with its own caches: another server process in miniature.
    const other = new Client(createApp({ ...t.rt, database: { ...t.rt.database } }));
    expect((await other.login('admin', ADMIN_PASSWORD)).status).toBe(200);
    const before = await other.get('/api/orgs/tree');
    const etag = before.headers.get('etag') ?? '';
    const id = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Máy Chủ Một');
    const moved = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Đích Chuyển');
    // Created, renamed and moved on the first server: the second answers the new tree every time.
    const afterCreate = await other.request('GET', '/api/orgs/tree', undefined, { 'if-none-match': etag });
    expect(afterCreate.status).toBe(200);
    expect(names(afterCreate.body)).toContain('Đảng ủy phường Máy Chủ Một');
    const renamed = await t.admin.patch(`/api/orgs/${id}`, { name: 'Đảng ủy phường Máy Chủ Hai' });
    expect(renamed.status).toBe(200);
    const afterRename = await other.request('GET', '/api/orgs/tree', undefined, {
      'if-none-match': afterCreate.headers.get('etag') ?? '',
    });
    expect(afterRename.status).toBe(200);
    expect(names(afterRename.body)).toContain('Đảng ủy phường Máy Chủ Hai');
    expect(names(afterRename.body)).not.toContain('Đảng ủy phường Máy Chủ Một');
    const grassroots = await t.org(id, 'grassroots', 'Đảng bộ cơ sở Sẽ Chuyển');
    const move = await t.admin.post(`/api/orgs/${grassroots}/move`, { parentId: moved });
    expect(move.status).toBe(200);
    const afterMove = await other.get('/api/orgs/tree');
    expect(afterMove.headers.get('etag')).not.toBe(afterRename.headers.get('etag'));
    const target = afterMove.body[0].children.find((n: { id: number }) => n.id === moved);
    expect(names(target.children)).toEqual(['Đảng bộ cơ sở Sẽ Chuyển']);
    // The level-by-level reads follow the same version.
    const level = await other.get(`/api/orgs/${moved}/children`);
    expect(level.body.items.map((o: { id: number }) => o.id)).toEqual([grassroots]);
    expect((await other.get(`/api/orgs/${id}/children`)).body.items).toEqual([]);
  });

  it('on PGlite knows the version without a read until a commit changes the units; on PostgreSQL reads it every time', async () => {
    // The same database, its reads counted: a handle of its own, so with caches of its own.
    let reads = 0;
    const real = t.rt.database.db;
    const db = new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'execute')
          return (...args: Parameters<Db['execute']>) => {
            reads++;
            return target.execute(...args);
          };
        return Reflect.get(target, prop, receiver);
      },
    });
    const database: Database = { ...t.rt.database, db };
    const embedded = t.rt.database.backend === 'embedded';
    expect(typeof t.rt.database.orgTreeChanges === 'function').toBe(embedded);

    const v0 = await readVersion(database);
    expect(await readVersion(database)).toBe(v0);
    expect(await readVersion(database)).toBe(v0);
    expect(reads).toBe(embedded ? 1 : 3);

    // A write to other tables, a rolled-back change of a unit: the version stands, nothing is read.
    await real.execute(sql`UPDATE settings SET value = value WHERE false`);
    await real
      .transaction(async (tx) => {
        await tx.execute(sql`UPDATE orgs SET name = 'Không lưu' WHERE id = ${t.rootId}`);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    reads = 0;
    expect(await readVersion(database)).toBe(v0);
    expect(reads).toBe(embedded ? 0 : 1);

    // A committed change (plain SQL, in and out of a transaction): the very next call sees it.
    await real.execute(sql`UPDATE orgs SET name = name WHERE id = ${t.rootId}`);
    expect(await readVersion(database)).toBe(v0 + 1);
    await real.transaction(async (tx) => {
      await tx.execute(sql`UPDATE org_versions SET name = name WHERE org_id = ${t.rootId}`);
    });
    expect(await readVersion(database)).toBe(v0 + 2);

    // A change committed while a read is under way: that read is not kept, the next call reads again.
    const during = readVersion(database);
    const write = real.execute(sql`UPDATE orgs SET name = name WHERE id = ${t.rootId}`);
    await Promise.all([during, write]);
    expect(await readVersion(database)).toBe(v0 + 3);
  });

  it('asks for a login like every other read', async () => {
    expect((await t.client().get('/api/orgs/tree')).status).toBe(401);
  });
});
