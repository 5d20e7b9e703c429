import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { sees } from '../helpers/visibility.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Node = { id: number; name: string; children: Node[] };
function find(nodes: Node[], name: string): Node | undefined {
  for (const n of nodes) {
    if (n.name === name) return n;
    const hit = find(n.children, name);
    if (hit) return hit;
  }
  return undefined;
}

describe('creating units', () => {
  it('many units may share a short code such as ĐU, but not a name under one parent', async () => {
    const a = await t.admin.post('/api/orgs', {
      name: 'Đảng ủy phường Láng',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
    });
    const b = await t.admin.post('/api/orgs', {
      name: 'Đảng ủy phường Ô Chợ Dừa',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    const dup = await t.admin.post('/api/orgs', {
      name: 'đảng ủy phường láng',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('org_exists');
  });

  it('refuses a kind that cannot sit under the parent, with the reason', async () => {
    const cell = await t.org(t.rootId, 'cell', 'Chi bộ Cơ quan');
    const res = await t.admin.post('/api/orgs', {
      name: 'Đảng ủy dưới chi bộ',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: cell,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('không thể trực thuộc');
  });

  it('names missing fields in Vietnamese and changes nothing', async () => {
    const before = await t.admin.get('/api/orgs/tree');
    const res = await t.admin.post('/api/orgs', { shortCode: '', kind: 'unit' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toContain('Tên: bắt buộc');
    expect(res.body.error.message).toContain('Loại tổ chức');
    expect((await t.admin.get('/api/orgs/tree')).body).toEqual(before.body);
  });

  it('unknown parent is 404, and only admins create units', async () => {
    expect(
      (await t.admin.post('/api/orgs', { name: 'X', shortCode: 'X', kind: 'board', parentId: 999999 }))
        .status,
    ).toBe(404);
    const ward = await t.org(t.rootId);
    const leader = await t.as('leader', ward, 3);
    expect(
      (await leader.post('/api/orgs', { name: 'Y', shortCode: 'Y', kind: 'cell', parentId: ward })).status,
    ).toBe(403);
  });

  it('an admin of a ward manages only its own subtree; other units answer 404', async () => {
    const w1 = await t.org(t.rootId);
    const w2 = await t.org(t.rootId);
    const wardAdmin = await t.as('admin', w1, 1);
    expect(
      (await wardAdmin.post('/api/orgs', { name: 'Chi bộ 1', shortCode: 'CB', kind: 'cell', parentId: w1 }))
        .status,
    ).toBe(201);
    expect(
      (await wardAdmin.post('/api/orgs', { name: 'Chi bộ 1', shortCode: 'CB', kind: 'cell', parentId: w2 }))
        .status,
    ).toBe(404);
    expect((await wardAdmin.patch(`/api/orgs/${w2}`, { name: 'Tên mới' })).status).toBe(404);
  });
});

describe('history', () => {
  it('a rename keeps the old name for dates before it', async () => {
    const created = await t.admin.post('/api/orgs', {
      name: 'Đảng ủy quận Ba Đình',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
      on: '2020-10-15',
    });
    const id = created.body.id as number;
    await t.admin.patch(`/api/orgs/${id}`, { name: 'Đảng ủy phường Ba Đình', on: '2025-07-01' });
    const before = await t.admin.get('/api/orgs/tree?asOf=2025-06-30');
    const after = await t.admin.get('/api/orgs/tree?asOf=2025-07-01');
    expect(find(before.body, 'Đảng ủy quận Ba Đình')?.id).toBe(id);
    expect(find(after.body, 'Đảng ủy phường Ba Đình')?.id).toBe(id);
    const detail = await t.admin.get(`/api/orgs/${id}`);
    expect(detail.body.history.map((h: { name: string }) => h.name)).toEqual([
      'Đảng ủy quận Ba Đình',
      'Đảng ủy phường Ba Đình',
    ]);
    // History is not rewritten: a change dated before the last one is refused.
    const back = await t.admin.patch(`/api/orgs/${id}`, { name: 'Tên cũ hơn', on: '2024-01-01' });
    expect(back.status).toBe(422);
    expect(back.body.error.code).toBe('date_before_last_change');
    // Nor is the future written ahead of time.
    const future = await t.admin.patch(`/api/orgs/${id}`, { name: 'Tên tương lai', on: '2099-01-01' });
    expect(future.status).toBe(422);
    expect(future.body.error.code).toBe('date_in_future');
  });

  it('moving a unit moves its subtree, and visibility follows on the next request', async () => {
    const w1 = await t.org(t.rootId);
    const w2 = await t.org(t.rootId);
    const g = await t.org(w1, 'grassroots');
    const cell = await t.org(g, 'cell');
    const leader1 = await t.as('leader', w1);
    const leader2 = await t.as('leader', w2);
    expect(await sees(t, leader1, cell)).toBe(true);
    expect(await sees(t, leader2, cell)).toBe(false);
    const moved = await t.admin.post(`/api/orgs/${g}/move`, { parentId: w2 });
    expect(moved.status).toBe(200);
    expect(await sees(t, leader1, cell)).toBe(false);
    expect(await sees(t, leader2, cell)).toBe(true);
    const into = await t.admin.post(`/api/orgs/${w2}/move`, { parentId: cell });
    expect(into.status).toBe(422);
  });
});

describe('merge and split', () => {
  it('three communes merged into xã Đoài Phương on 1/7/2025: predecessors kept, records visible to the successor', async () => {
    const names = ['Đảng ủy xã Kim Sơn', 'Đảng ủy xã Sơn Đông', 'Đảng ủy xã Cổ Đông'];
    const ids: number[] = [];
    for (const name of names) {
      const r = await t.admin.post('/api/orgs', {
        name,
        shortCode: 'ĐU',
        kind: 'direct_committee',
        parentId: t.rootId,
        on: '2020-10-15',
      });
      ids.push(r.body.id);
    }
    const cell = await t.admin.post('/api/orgs', {
      name: 'Chi bộ thôn Đông Hải',
      shortCode: 'CB',
      kind: 'cell',
      parentId: ids[1],
      on: '2020-10-15',
    });
    const oldLeader = await t.as('leader', ids[0] as number);
    const res = await t.admin.post('/api/orgs/merge', {
      predecessorIds: ids,
      into: { name: 'Đảng ủy xã Đoài Phương', shortCode: 'ĐU', kind: 'direct_committee', parentId: t.rootId },
      on: '2025-07-01',
    });
    expect(res.status).toBe(200);
    const successor = res.body.successor.id as number;

    const detail = await t.admin.get(`/api/orgs/${successor}`);
    expect(detail.body.predecessors.map((p: { predecessorId: number }) => p.predecessorId).sort()).toEqual(
      [...ids].sort(),
    );
    for (const id of ids) {
      const p = await t.admin.get(`/api/orgs/${id}`);
      expect(p.body).toMatchObject({ active: false, validTo: '2025-07-01' });
    }
    // The chi bộ moved under the new commune; the old leader's account too.
    expect((await t.admin.get(`/api/orgs/${cell.body.id}`)).body.parentId).toBe(successor);
    expect((await oldLeader.get('/api/auth/me')).body.user.orgId).toBe(successor);

    const june = await t.admin.get('/api/orgs/tree?asOf=2025-06-30');
    const july = await t.admin.get('/api/orgs/tree?asOf=2025-07-01');
    for (const n of names) expect(find(june.body, n)).toBeDefined();
    expect(find(june.body, 'Đảng ủy xã Đoài Phương')).toBeUndefined();
    expect(find(july.body, 'Đảng ủy xã Đoài Phương')?.children.map((c) => c.name)).toContain(
      'Chi bộ thôn Đông Hải',
    );
    for (const n of names) expect(find(july.body, n)).toBeUndefined();
    expect(find((await t.admin.get('/api/orgs/tree')).body, names[0] as string)).toBeUndefined();
    expect(
      find((await t.admin.get('/api/orgs/tree?includeInactive=1')).body, names[0] as string),
    ).toBeDefined();

    // Records owned by the old communes stay visible to the new commune's people.
    const newClerk = await t.as('clerk', successor);
    for (const id of ids) expect(await sees(t, newClerk, id)).toBe(true);
    const otherWard = await t.as('clerk', await t.org(t.rootId));
    expect(await sees(t, otherWard, ids[0] as number)).toBe(false);
  });

  it("a split unit's records stay visible to each successor", async () => {
    const w = (
      await t.admin.post('/api/orgs', {
        name: 'Đảng ủy phường Cũ',
        shortCode: 'ĐU',
        kind: 'direct_committee',
        parentId: t.rootId,
        on: '2020-10-15',
      })
    ).body.id;
    const res = await t.admin.post(`/api/orgs/${w}/split`, {
      successors: [
        { name: 'Đảng ủy phường Bắc', shortCode: 'ĐU', kind: 'direct_committee' },
        { name: 'Đảng ủy phường Nam', shortCode: 'ĐU', kind: 'direct_committee' },
      ],
      on: '2023-01-01',
    });
    expect(res.status).toBe(200);
    for (const s of res.body.successors) {
      const c = await t.as('clerk', s.id);
      expect(await sees(t, c, w)).toBe(true);
    }
    // A later merge of a successor carries the chain on.
    const absorber = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Trung Tâm');
    const merged = await t.admin.post('/api/orgs/merge', {
      predecessorIds: [res.body.successors[0].id],
      into: { existingId: absorber },
      on: todayVn(),
    });
    expect(merged.status).toBe(200);
    const c = await t.as('clerk', absorber);
    expect(await sees(t, c, w)).toBe(true);
  });
});

describe('deleting', () => {
  it('refuses a unit with data, and the root; deletes an empty one', async () => {
    const w = await t.org(t.rootId);
    await t.org(w, 'cell');
    const withChild = await t.admin.delete(`/api/orgs/${w}`);
    expect(withChild.status).toBe(409);
    expect(withChild.body.error.code).toBe('org_in_use');
    expect(withChild.body.error.message).toContain('đơn vị trực thuộc');

    const w2 = await t.org(t.rootId);
    await t.as('clerk', w2);
    expect((await t.admin.delete(`/api/orgs/${w2}`)).body.error.message).toContain('tài khoản');

    expect((await t.admin.delete(`/api/orgs/${t.rootId}`)).status).toBe(422);

    const empty = await t.org(t.rootId);
    expect((await t.admin.delete(`/api/orgs/${empty}`)).status).toBe(204);
    expect((await t.admin.get(`/api/orgs/${empty}`)).status).toBe(404);
  });

  it('dissolving needs the unit emptied first', async () => {
    const w = await t.org(t.rootId);
    await t.as('clerk', w);
    const res = await t.admin.post(`/api/orgs/${w}/dissolve`, {});
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('org_not_empty');
  });
});
