// The rules facility: regulation values as versioned data. The value in force on a date (SQL and the
// TypeScript twin agree), history and source, a new version checked by the rule's own schema (400 and
// nothing stored otherwise), admins only, every change audited, defaults stored once.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS_FROM, RULE_KEYS } from '../../domain/rules/catalog.ts';
import { versionInForce } from '../../domain/rules/in-force.ts';
import { systemCtx } from '../../server/auth/actor.ts';
import { bootstrap } from '../../server/bootstrap.ts';
import { one, rows } from '../../server/db/sql.ts';
import { transact } from '../../server/deps.ts';
import { ensureRuleDefaults, ruleInForce, ruleVersion } from '../../server/modules/rules/service.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.rt.database.db;
const versionCount = async (key?: string) =>
  (
    await one<{ n: number }>(
      db(),
      key
        ? sql`SELECT count(*)::integer AS n FROM rule_versions WHERE rule_key = ${key}`
        : sql`SELECT count(*)::integer AS n FROM rule_versions`,
    )
  )?.n;

describe('the catalogue and its defaults', () => {
  it('every rule is listed with its default in force, its source and its history', async () => {
    const res = await t.admin.get('/api/rules');
    expect(res.status).toBe(200);
    expect(res.body.items.map((r: any) => r.key)).toEqual(RULE_KEYS);
    const duration = res.body.items.find((r: any) => r.key === 'meetings.min_duration');
    expect(duration.inForce).toMatchObject({
      value: { single: 90, combined: 120 },
      effectiveFrom: DEFAULTS_FROM,
      isDefault: true,
    });
    expect(duration.inForce.source).toContain('Chỉ thị 50-CT/TW');
    expect(duration.verified).toBe(true);
    const quality = res.body.items.find((r: any) => r.key === 'meetings.quality');
    expect(quality.verified).toBe(false);
    expect(quality.inForce.source).toMatch(/^Cần xác minh/);
    expect(quality.form).toEqual({ kind: 'criteria' });
    const absence = res.body.items.find((r: any) => r.key === 'meetings.absence_months');
    expect(absence.inForce.value).toBe(3);
    expect(absence.inForce.source).toContain('Điều lệ Đảng');
    // Any account may read the rules (the pages show them).
    const member = await t.as('member', t.rootId);
    expect((await member.get('/api/rules')).status).toBe(200);
  });

  it('defaults are stored once, however often and however concurrently they are ensured', async () => {
    const before = await versionCount();
    expect(before).toBe(RULE_KEYS.length);
    await bootstrap(t.rt);
    await Promise.all(
      Array.from({ length: 4 }, () => transact(t.rt, (tx) => ensureRuleDefaults(tx, systemCtx()))),
    );
    expect(await versionCount()).toBe(before);
  });
});

describe('a new version', () => {
  it('is in force from its date on; before it the older one stays; the SQL and the TypeScript rule agree', async () => {
    const key = 'meetings.min_duration';
    const add = await t.admin.post(`/api/rules/${key}/versions`, {
      value: { single: 100, combined: 130 },
      source: 'Thử nghiệm: quy định giả định',
      effectiveFrom: '2026-01-01',
      note: 'để thử',
    });
    expect(add.status).toBe(201);
    expect(add.body.versions).toHaveLength(2);
    expect(add.body.versions[0]).toMatchObject({
      value: { single: 100, combined: 130 },
      effectiveFrom: '2026-01-01',
    });
    const sameDay = await t.admin.post(`/api/rules/${key}/versions`, {
      value: { single: 95, combined: 125 },
      source: 'Thử nghiệm: đính chính cùng ngày',
      effectiveFrom: '2026-01-01',
    });
    expect(sameDay.status).toBe(201);
    const on = async (d: string) =>
      (await t.admin.get(`/api/rules?on=${d}`)).body.items.find((r: any) => r.key === key).inForce.value;
    expect(await on('2025-12-31')).toEqual({ single: 90, combined: 120 });
    // Two versions the same day: the one entered later.
    expect(await on('2026-01-01')).toEqual({ single: 95, combined: 125 });
    expect(await on('2030-06-01')).toEqual({ single: 95, combined: 125 });

    const history = (await t.admin.get('/api/rules')).body.items.find((r: any) => r.key === key).versions;
    for (const d of ['1930-02-03', '1999-01-01', '2025-12-31', '2026-01-01', '2026-01-02', '2100-01-01']) {
      const sqlAnswer = await ruleInForce(db(), systemCtx(), key, d);
      expect(sqlAnswer.versionId, d).toBe(
        versionInForce(history as { id: number; effectiveFrom: string }[], d)?.id,
      );
    }
    // A day before the defaults take effect is judged by the first version, never left without a rule.
    expect((await ruleInForce(db(), systemCtx(), key, '1900-01-01')).value).toEqual({
      single: 90,
      combined: 120,
    });
    // A version kept by id reads back its own value, whatever is in force now.
    const old = history.find((v: any) => v.isDefault);
    expect((await ruleVersion(db(), systemCtx(), old.id, key)).value).toEqual({ single: 90, combined: 120 });
  });

  it('every change is in the audit log', async () => {
    const res = await t.admin.post('/api/rules/meetings.absence_months/versions', {
      value: 4,
      source: 'Thử nghiệm',
      effectiveFrom: '2040-01-01',
    });
    expect(res.status).toBe(201);
    const id = res.body.versions[0].id;
    const audit = await rows<{ action: string; entity: string; entity_id: string; after: any }>(
      db(),
      sql`SELECT action, entity, entity_id, after FROM audit_log WHERE entity = 'rule' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]).toMatchObject({ action: 'rule.version', entity: 'rule', entity_id: String(id) });
    expect(audit[0]?.after).toMatchObject({
      key: 'meetings.absence_months',
      value: 4,
      effectiveFrom: '2040-01-01',
    });
  });

  it('a value its schema refuses is 400 with the field named, and nothing is stored', async () => {
    const before = await versionCount();
    const cases: [string, unknown, RegExp][] = [
      ['meetings.min_duration', { single: 'chín mươi', combined: 120 }, /Một cuộc sinh hoạt/],
      ['meetings.min_duration', { single: 90 }, /Thường kỳ kết hợp chuyên đề: bắt buộc/],
      ['meetings.min_duration', { single: 90, combined: 120, extra: 1 }, /không được phép/],
      ['meetings.absence_months', 0, /Giá trị/],
      ['meetings.absence_months', 2.5, /Giá trị/],
      [
        'meetings.quality',
        {
          criteria: [
            { code: 'time', label: 'Thời gian', maxPoints: 50 },
            { code: 'time', label: 'Lặp', maxPoints: 50 },
          ],
          grades: [{ code: 'kem', label: 'Kém', minPoints: 0 }],
        },
        /trùng/,
      ],
      [
        'meetings.quality',
        {
          criteria: [{ code: 'time', label: 'Thời gian', maxPoints: 10 }],
          grades: [{ code: 'tot', label: 'Tốt', minPoints: 9 }],
        },
        /từ 0 điểm/,
      ],
      [
        'meetings.quality',
        {
          criteria: [{ code: 'Thời gian', label: 'Thời gian', maxPoints: 10 }],
          grades: [{ code: 'kem', label: 'Kém', minPoints: 0 }],
        },
        /Mã/,
      ],
    ];
    for (const [key, value, message] of cases) {
      const res = await t.admin.post(`/api/rules/${key}/versions`, {
        value,
        source: 'Thử',
        effectiveFrom: '2026-02-01',
      });
      expect(res.status, JSON.stringify(value)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message, JSON.stringify(value)).toMatch(message);
    }
    const noSource = await t.admin.post('/api/rules/meetings.absence_months/versions', {
      value: 3,
      effectiveFrom: '2026-02-01',
    });
    expect(noSource.status).toBe(400);
    const badDate = await t.admin.post('/api/rules/meetings.absence_months/versions', {
      value: 3,
      source: 'Thử',
      effectiveFrom: '2026-02-30',
    });
    expect(badDate.status).toBe(400);
    const unknown = await t.admin.post('/api/rules/meetings.khong_co/versions', {
      value: 3,
      source: 'Thử',
      effectiveFrom: '2026-02-01',
    });
    expect(unknown.status).toBe(404);
    expect(await versionCount()).toBe(before);
  });

  it('only an administrator may add one (403 for every other role, 401 without a session)', async () => {
    const body = { value: 2, source: 'Thử', effectiveFrom: '2026-03-01' };
    const before = await versionCount('meetings.report_days');
    for (const role of ['leader', 'clerk', 'specialist', 'member'] as const) {
      const c = await t.as(role, t.rootId, 3);
      const res = await c.post('/api/rules/meetings.report_days/versions', body);
      expect(res.status, role).toBe(403);
    }
    expect((await t.client().post('/api/rules/meetings.report_days/versions', body)).status).toBe(401);
    expect(await versionCount('meetings.report_days')).toBe(before);
    const ok = await t.admin.post('/api/rules/meetings.report_days/versions', body);
    expect(ok.status).toBe(201);
    expect(await versionCount('meetings.report_days')).toBe((before ?? 0) + 1);
  });
});
