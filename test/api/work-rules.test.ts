// Working regulations as versioned data: a unit's versions with the one in force on a day, admins and
// leaders add one for a unit in scope (audited), everyone reads within scope (404 outside), the rules'
// shape is checked (400, nothing stored), and another area reads the version in force and a kept one.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles.ts';
import { systemCtx } from '../../server/auth/actor.ts';
import { one } from '../../server/db/sql.ts';
import { regulationInForce, regulationVersion } from '../../server/modules/rules/regulations/service.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let unit: number;
let other: number;
beforeAll(async () => {
  t = await startTestApp();
  unit = await t.org(t.rootId, 'grassroots', 'Đảng ủy Khối', 'DUK');
  other = await t.org(t.rootId, 'grassroots', 'Đảng ủy Phường', 'DUP');
});
afterAll(async () => {
  await t?.close();
});

const count = async () =>
  (await one<{ n: number }>(t.rt.database.db, sql`SELECT count(*)::integer AS n FROM work_rule_regulations`))
    ?.n;

const items = [
  {
    kind: 'signing',
    article: 'Điều 8',
    docType: null,
    mode: 'TM',
    signerRoles: ['leader'],
    viaOffice: true,
    days: 2,
  },
  { kind: 'consultation', article: 'Điều 12, khoản 1', docType: null, consultee: 'Ban Tổ chức', days: 5 },
  {
    kind: 'quorum',
    article: 'Điều 15',
    body: 'Ban Thường vụ',
    quorum: { num: 2, den: 3 },
    majority: { num: 1, den: 2 },
    majorityStrict: true,
  },
];
const version = (over: Record<string, unknown> = {}) => ({
  orgId: unit,
  title: 'Quy chế làm việc của Đảng ủy Khối',
  source: 'Quy chế số 01-QC/ĐUK ngày 05/01/2026',
  effectiveFrom: '2026-01-05',
  items,
  ...over,
});

describe('working regulations', () => {
  it('keeps versions: the one in force on a day, and an item keeps the one it started under', async () => {
    const leader = await t.as('leader', unit);
    const first = await leader.post('/api/work-rules', version());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ orgId: unit, orgName: 'Đảng ủy Khối', inForce: true });
    const kept = first.body.id;
    const changed = items.map((i) => (i.kind === 'consultation' ? { ...i, days: 3, article: 'Điều 12' } : i));
    const second = await t.admin.post(
      '/api/work-rules',
      version({ effectiveFrom: '2026-07-01', source: 'Quy chế số 02-QC/ĐUK', items: changed }),
    );
    expect(second.status).toBe(201);

    const onMarch = await leader.get(`/api/work-rules?orgId=${unit}&on=2026-03-01`);
    expect(onMarch.body.items.map((r: any) => [r.effectiveFrom, r.inForce])).toEqual([
      ['2026-07-01', false],
      ['2026-01-05', true],
    ]);
    const inJuly = await regulationInForce(t.rt.database.db, systemCtx(), unit, '2026-07-02');
    expect(inJuly?.items.find((i) => i.kind === 'consultation')).toMatchObject({ days: 3 });
    const started = await regulationVersion(t.rt.database.db, systemCtx(), kept);
    expect(started?.items.find((i) => i.kind === 'consultation')).toMatchObject({
      days: 5,
      article: 'Điều 12, khoản 1',
    });
    expect(await regulationInForce(t.rt.database.db, systemCtx(), unit, '2025-12-31')).toBeNull();
    const audit = await one<{ n: number }>(
      t.rt.database.db,
      sql`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'workrules.version'`,
    );
    expect(audit?.n).toBe(2);
    expect((await leader.get(`/api/work-rules/${kept}`)).body.title).toBe(
      'Quy chế làm việc của Đảng ủy Khối',
    );
  });

  it('reads within scope only: another unit answers 404', async () => {
    const outsider = await t.as('specialist', other);
    expect((await outsider.get(`/api/work-rules?orgId=${unit}`)).status).toBe(404);
    const list = await (await t.as('member', unit)).get('/api/work-rules');
    expect(list.status).toBe(200);
    const id = list.body.items[0].id;
    expect((await outsider.get(`/api/work-rules/${id}`)).status).toBe(404);
    const otherLeader = await t.as('leader', other);
    expect((await otherLeader.post('/api/work-rules', version())).status).toBe(404);
  });

  it('refuses bad rules in Vietnamese and stores nothing', async () => {
    const n = await count();
    const bad: Record<string, unknown>[] = [
      { items: [] },
      { items: [{ ...items[0], docType: 'XX' }] },
      { items: [{ ...items[0], mode: 'TL' }] },
      { items: [{ ...items[0], signerRoles: [] }] },
      { items: [{ ...items[1], days: 0 }] },
      { items: [items[0], items[0]] },
      { items: [{ ...items[2], quorum: { num: 4, den: 3 } }] },
      { effectiveFrom: '2026-02-30' },
      { title: '' },
      { orgId: 'x' },
      { extra: true },
    ];
    for (const over of bad) {
      const res = await t.admin.post('/api/work-rules', version(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await t.admin.post('/api/work-rules', version({ orgId: 999999 }))).status).toBe(404);
    expect((await t.admin.get('/api/work-rules/abc')).status).toBe(400);
    expect((await t.admin.get('/api/work-rules?on=31/12/2026')).status).toBe(400);
    expect(await count()).toBe(n);
  });

  it('permission matrix: admins and leaders add, everyone reads', async () => {
    expect((await t.client().get('/api/work-rules')).status).toBe(401);
    for (const role of ROLES) {
      const c = role === 'admin' ? t.admin : await t.as(role, unit);
      expect((await c.get(`/api/work-rules?orgId=${unit}`)).status, role).toBe(200);
      const post = await c.post('/api/work-rules', version({ effectiveFrom: '2027-01-01' }));
      expect(post.status, role).toBe(role === 'admin' || role === 'leader' ? 201 : 403);
    }
  });
});
