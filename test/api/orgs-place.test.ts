// The place name (địa danh) of a unit, printed before the date of its documents: set on POST and
// PATCH /api/orgs, shown as `place` and `effectivePlace` (its own, else the nearest ancestor's, else
// derived from the root's name, else its name), refused when it is dots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the place name of a unit', () => {
  it('is derived from the root’s name, inherited from the nearest ancestor, or the unit’s own', async () => {
    const root = await t.admin.patch(`/api/orgs/${t.rootId}`, { name: 'Thành ủy Hà Nội' });
    expect(root.body).toMatchObject({ name: 'Thành ủy Hà Nội', place: null, effectivePlace: 'Hà Nội' });
    const ward = await t.admin.post('/api/orgs', {
      name: 'Đảng ủy phường Sơn Tây',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
      place: 'Sơn Tây',
    });
    expect(ward.status).toBe(201);
    expect(ward.body).toMatchObject({ place: 'Sơn Tây', effectivePlace: 'Sơn Tây' });
    const cell = await t.org(ward.body.id, 'cell', 'Chi bộ Khu phố 2', 'CB');
    expect((await t.admin.get(`/api/orgs/${cell}`)).body).toMatchObject({
      place: null,
      effectivePlace: 'Sơn Tây',
    });
    // The root's own place wins over the one derived from its name, for every unit that has none.
    const set = await t.admin.patch(`/api/orgs/${t.rootId}`, { place: 'Thành phố Hà Nội' });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ name: 'Thành ủy Hà Nội', effectivePlace: 'Thành phố Hà Nội' });
    const board = await t.org(t.rootId, 'board', 'Văn phòng Thành ủy', 'VPTU');
    expect((await t.admin.get(`/api/orgs/${board}`)).body.effectivePlace).toBe('Thành phố Hà Nội');
    const tree = (await t.admin.get('/api/orgs/tree')).body;
    expect(tree[0]).toMatchObject({ place: 'Thành phố Hà Nội', effectivePlace: 'Thành phố Hà Nội' });
    // The tree works the places out from its own units: the same answers as one unit's.
    const find = (nodes: any[], id: number): any =>
      nodes.map((n) => (n.id === id ? n : find(n.children, id))).find(Boolean);
    expect(find(tree, cell)).toMatchObject({ place: null, effectivePlace: 'Sơn Tây' });
    expect(find(tree, board)).toMatchObject({ place: null, effectivePlace: 'Thành phố Hà Nội' });
    const asOf = (await t.admin.get(`/api/orgs/tree?asOf=${todayVn()}`)).body;
    expect(find(asOf, cell).effectivePlace).toBe('Sơn Tây');
    // "" clears it; the name of the unit is not touched and no history entry is added.
    const cleared = await t.admin.patch(`/api/orgs/${t.rootId}`, { place: '' });
    expect(cleared.body).toMatchObject({ place: null, effectivePlace: 'Hà Nội' });
    expect((await t.admin.get(`/api/orgs/${t.rootId}`)).body.history).toHaveLength(2);
  });

  it('refuses dots or a text without letters (400, named "Địa danh")', async () => {
    for (const place of ['……', '...', '123']) {
      const res = await t.admin.patch(`/api/orgs/${t.rootId}`, { place });
      expect(res.status, place).toBe(400);
      expect(res.body.error.message).toContain('Địa danh');
    }
    const long = await t.admin.patch(`/api/orgs/${t.rootId}`, { place: 'x'.repeat(101) });
    expect(long.status).toBe(400);
    // A document's own place is checked the same way.
    const doc = await t.admin.post('/api/documents', {
      direction: 'out',
      typeCode: 'CT',
      summary: 'về công tác giải phóng mặt bằng',
      orgId: t.rootId,
      place: '……………',
    });
    expect(doc.status).toBe(400);
    expect(doc.body.error.message).toContain('Địa danh');
  });
});
