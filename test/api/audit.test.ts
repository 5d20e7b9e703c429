import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemCtx } from '../../server/auth/actor.ts';
import { readAnchors } from '../../server/modules/audit/anchors.ts';
import { verifyAudit } from '../../server/modules/audit/service.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.rt.database.db;

async function write(n = 3) {
  for (let i = 0; i < n; i++) await t.org(t.rootId);
}

describe('audit log', () => {
  it('records every write with actor, action, before/after, address and request id', async () => {
    const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Kiểm Tra');
    await t.admin.patch(`/api/orgs/${ward}`, { name: 'Đảng ủy phường Kiểm Tra Mới' });
    const res = await t.admin.get(`/api/audit?entity=org&entityId=${ward}`);
    expect(res.status).toBe(200);
    const [rename, create] = res.body.items;
    expect(create).toMatchObject({
      action: 'org.create',
      actorName: 'admin',
      entity: 'org',
      entityId: String(ward),
    });
    expect(rename.before.name).toBe('Đảng ủy phường Kiểm Tra');
    expect(rename.after.name).toBe('Đảng ủy phường Kiểm Tra Mới');
    expect(rename.requestId).toMatch(/.+/);
    expect(rename.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is readable by admins only', async () => {
    const leader = await t.as('leader', t.rootId, 3);
    expect((await leader.get('/api/audit')).status).toBe(403);
  });

  it('anchors the head outside the database after writes', async () => {
    await write(1);
    const head = (await db().execute(sql`SELECT last_id FROM audit_head`)) as unknown as {
      rows: { last_id: number }[];
    };
    const anchors = readAnchors(t.dataDir);
    expect(anchors.at(-1)?.id).toBe(Number(head.rows[0]?.last_id));
  });
});

describe('audit verify detects tampering', () => {
  // Each case tampers inside a transaction that is rolled back after verifying.
  async function tampered(fn: (tx: ReturnType<typeof db>) => Promise<void>) {
    let report: Awaited<ReturnType<typeof verifyAudit>> | undefined;
    await db()
      .transaction(async (tx) => {
        await fn(tx);
        report = await verifyAudit(tx, systemCtx(), t.dataDir);
        throw new Error('rollback');
      })
      .catch((err: Error) => {
        if (err.message !== 'rollback') throw err;
      });
    return report as Awaited<ReturnType<typeof verifyAudit>>;
  }

  beforeEach(async () => {
    await write(3);
    expect((await verifyAudit(db(), systemCtx(), t.dataDir)).ok).toBe(true);
  });

  it('an edited row', async () => {
    const r = await tampered(async (tx) => {
      await tx.execute(sql`UPDATE audit_log SET after = '{"name":"giả mạo"}' WHERE id = 3`);
    });
    expect(r.ok).toBe(false);
    expect(r.broken?.id).toBe(3);
    expect(r.broken?.reason).toContain('bị sửa');
  });

  it('a deleted row', async () => {
    const r = await tampered(async (tx) => {
      await tx.execute(sql`DELETE FROM audit_log WHERE id = 4`);
    });
    expect(r.ok).toBe(false);
    expect(r.broken?.id).toBe(4);
  });

  it('an inserted row', async () => {
    const r = await tampered(async (tx) => {
      // Make room in the middle, then slip a row in.
      await tx.execute(sql`UPDATE audit_log SET id = id + 1000 WHERE id >= 5`);
      await tx.execute(sql`UPDATE audit_log SET id = id - 999 WHERE id >= 1005`);
      await tx.execute(sql`
        INSERT INTO audit_log (id, at, action, prev_hash, hash)
        SELECT 5, now(), 'user.create', hash, repeat('a', 64) FROM audit_log WHERE id = 4`);
    });
    expect(r.ok).toBe(false);
    expect(r.broken?.id).toBe(5);
  });

  it('a truncated tail, even with the head rewritten to match', async () => {
    const r = await tampered(async (tx) => {
      await tx.execute(sql`DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)`);
      await tx.execute(sql`UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_log),
                                               last_hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)`);
    });
    expect(r.ok).toBe(false);
    expect(r.broken?.reason).toContain('bị cắt');
  });

  it('an untouched log verifies', async () => {
    const r = await verifyAudit(db(), systemCtx(), t.dataDir);
    expect(r).toMatchObject({ ok: true, unanchored: 0 });
    expect(r.rows).toBeGreaterThan(5);
  });
});
