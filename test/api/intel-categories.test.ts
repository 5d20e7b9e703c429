// The categories of situation information are data an administrator keeps: add one (a code never
// reused), rename it, retire it (reports can no longer choose it; old items keep it) and bring it back.
// Staff may not change the list; bad input changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type IntelWorld, intelWorld } from './intel-fixtures.ts';

let t: TestApp;
let w: IntelWorld;
let firstReport: number;

const categoryCount = async () =>
  (await one<{ n: number }>(t.rt.database.db, sql`SELECT count(*)::integer AS n FROM intel_categories`))?.n;

const report = (category: string) =>
  w.wardClerk.post('/api/intel/reports', {
    orgId: w.ward,
    kind: 'quick',
    items: [
      {
        category,
        severity: 2,
        summary: 'Tin đồn thất thiệt về giá đất lan trên mạng xã hội',
        occurredOn: todayVn(),
      },
    ],
  });

beforeAll(async () => {
  t = await startTestApp();
  w = await intelWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('categories kept as data', () => {
  it('an administrator adds a category; reports can use it at once', async () => {
    const res = await t.admin.post('/api/intel/categories', {
      code: 'mang_xa_hoi',
      name: 'Thông tin trên mạng xã hội',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ code: 'mang_xa_hoi', name: 'Thông tin trên mạng xã hội', active: true });
    const listed = await w.wardClerk.get('/api/intel/categories');
    expect(listed.body.map((c: { code: string }) => c.code)).toContain('mang_xa_hoi');
    const sent = await report('mang_xa_hoi');
    expect(sent.status).toBe(201);
    firstReport = sent.body.id;
  });

  it('refuses a taken code or name, a bad code, and staff: nothing changes', async () => {
    const before = await categoryCount();
    const taken = await t.admin.post('/api/intel/categories', { code: 'antt', name: 'Trật tự đô thị' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('category_exists');
    const sameName = await t.admin.post('/api/intel/categories', { code: 'antt2', name: 'an ninh, trật tự' });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error.code).toBe('category_name_taken');
    const bad = await t.admin.post('/api/intel/categories', { code: 'Đất đai', name: 'Đất' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Mã lĩnh vực/);
    expect((await w.cityClerk.post('/api/intel/categories', { code: 'x', name: 'Khác' })).status).toBe(403);
    expect((await w.cityLeader.patch('/api/intel/categories/antt', { name: 'ANTT' })).status).toBe(403);
    expect((await t.admin.patch('/api/intel/categories/khong_co', { name: 'Không có' })).status).toBe(404);
    expect((await t.admin.patch('/api/intel/categories/antt', {})).status).toBe(400);
    expect(await categoryCount()).toBe(before);
  });

  it('renames and retires: old items keep the category, new reports cannot choose it; it can come back', async () => {
    const renamed = await t.admin.patch('/api/intel/categories/mang_xa_hoi', {
      name: 'Dư luận trên mạng xã hội',
    });
    expect(renamed.body).toMatchObject({ name: 'Dư luận trên mạng xã hội', active: true });
    const retired = await t.admin.patch('/api/intel/categories/mang_xa_hoi', { active: false });
    expect(retired.body.active).toBe(false);
    const listed = await w.wardClerk.get('/api/intel/categories');
    expect(listed.body.map((c: { code: string }) => c.code)).not.toContain('mang_xa_hoi');
    const all = await t.admin.get('/api/intel/categories/all');
    expect(all.body).toContainEqual({ code: 'mang_xa_hoi', name: 'Dư luận trên mạng xã hội', active: false });
    const refused = await report('mang_xa_hoi');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('unknown_category');
    // The item sent while it was in use still shows it, by its current name.
    const kept = await w.cityClerk.get(`/api/intel/reports/${firstReport}`);
    expect(kept.status).toBe(200);
    expect(JSON.stringify(kept.body)).toContain('Dư luận trên mạng xã hội');
    expect((await t.admin.patch('/api/intel/categories/mang_xa_hoi', { active: true })).body.active).toBe(
      true,
    );
    expect((await report('mang_xa_hoi')).status).toBe(201);
    // Every change is audited.
    const audit = await one<{ n: number }>(
      t.rt.database.db,
      sql`SELECT count(*)::integer AS n FROM audit_log WHERE entity = 'intel_category'`,
    );
    expect(audit?.n).toBe(4);
  });
});
