// The tree one level at a time and the search of units (GET /api/orgs/{id}/children, /api/orgs/search):
// the level-by-level reads of a large tree for the unit picker and the organisation page. Both read
// the whole directory of units, as the whole tree does (a ward picks the city committee as a
// recipient), answer 404 for a unit that is not active, and follow every change of the tree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let ward: number;
let otherWard: number;
let school: number;
let cell: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Ô Chợ Dừa');
  otherWard = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Láng Thượng');
  school = await t.org(ward, 'grassroots', 'Đảng bộ Trường THPT Đống Đa');
  cell = await t.org(school, 'cell', 'Chi bộ Tổ Toán', 'CB');
  await t.org(otherWard, 'grassroots', 'Đảng bộ Trường Tiểu học Láng');
});
afterAll(async () => {
  await t?.close();
});

const ids = (items: { id: number }[]) => items.map((o) => o.id);

describe('the tree one level at a time', () => {
  it('gives a unit, its active children in the tree’s order with their counts, and the tree’s size', async () => {
    const root = await t.admin.get(`/api/orgs/${t.rootId}/children`);
    expect(root.status).toBe(200);
    expect(root.body.unit.id).toBe(t.rootId);
    expect(root.body.unit.parentId).toBeNull();
    // Sorted as the whole tree sorts them (by kind, then by name the Vietnamese way).
    const tree = await t.admin.get('/api/orgs/tree');
    expect(ids(root.body.items)).toEqual(ids(tree.body[0].children));
    const w = root.body.items.find((o: { id: number }) => o.id === ward);
    expect(w).toMatchObject({
      name: 'Đảng ủy phường Ô Chợ Dừa',
      childCount: 1,
      effectivePlace: expect.any(String),
    });
    const count = (nodes: { children: unknown[] }[]): number =>
      nodes.reduce((n, x) => n + 1 + count(x.children as { children: unknown[] }[]), 0);
    expect(root.body.total).toBe(count(tree.body));
    const leaf = await t.admin.get(`/api/orgs/${cell}/children`);
    expect(leaf.body.items).toEqual([]);
    expect(leaf.body.unit.childCount).toBe(0);
  });

  it('lets a ward’s leader read the whole directory, as the whole tree does; an unknown unit is 404', async () => {
    const leader = await t.as('leader', ward, 1);
    const own = await leader.get(`/api/orgs/${ward}/children`);
    expect(own.status).toBe(200);
    expect(ids(own.body.items)).toEqual([school]);
    const top = await leader.get(`/api/orgs/${t.rootId}/children`);
    expect(top.status).toBe(200);
    expect(ids(top.body.items)).toEqual(expect.arrayContaining([ward, otherWard]));
    expect((await leader.get(`/api/orgs/${otherWard}/children`)).status).toBe(200);
    const res = await leader.get('/api/orgs/999999/children');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('follows a unit dissolved or moved away', async () => {
    const gone = await t.org(otherWard, 'grassroots', 'Đảng bộ Sắp Giải Thể');
    expect((await t.admin.get(`/api/orgs/${gone}/children`)).status).toBe(200);
    expect((await t.admin.post(`/api/orgs/${gone}/dissolve`, {})).status).toBe(200);
    expect((await t.admin.get(`/api/orgs/${gone}/children`)).status).toBe(404);
    expect(ids((await t.admin.get(`/api/orgs/${otherWard}/children`)).body.items)).not.toContain(gone);
  });
});

describe('the search of units', () => {
  it('matches names typed without diacritics, word by word, and codes; in the tree’s order, with the path', async () => {
    const res = await t.admin.get('/api/orgs/search?q=o%20cho%20dua');
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual([ward]);
    expect(res.body.items[0].ancestors.map((a: { id: number }) => a.id)).toEqual([t.rootId]);
    const words = await t.admin.get(`/api/orgs/search?q=${encodeURIComponent('toán tổ')}`);
    expect(ids(words.body.items)).toEqual([cell]);
    expect(words.body.items[0].ancestors.map((a: { name: string }) => a.name)).toEqual([
      expect.any(String),
      'Đảng ủy phường Ô Chợ Dừa',
      'Đảng bộ Trường THPT Đống Đa',
    ]);
    const code = await t.admin.get('/api/orgs/search?q=cb');
    expect(ids(code.body.items)).toContain(cell);
    // Láng Thượng's school first: the wards come in the tree's order, by name the Vietnamese way.
    const schools = await t.admin.get('/api/orgs/search?q=DANG%20BO%20TRUONG');
    expect(schools.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Đảng bộ Trường Tiểu học Láng',
      'Đảng bộ Trường THPT Đống Đa',
    ]);
  });

  it('says when there are more than it lists', async () => {
    const one = await t.admin.get('/api/orgs/search?q=truong&limit=1');
    expect(one.body.items).toHaveLength(1);
    expect(one.body.more).toBe(true);
    const all = await t.admin.get('/api/orgs/search?q=truong&limit=10');
    expect(all.body.more).toBe(false);
  });

  it('finds units outside the account’s scope too (a recipient), each with its whole path', async () => {
    const leader = await t.as('leader', ward, 1);
    const res = await leader.get('/api/orgs/search?q=truong%20dong%20da');
    expect(ids(res.body.items)).toEqual([school]);
    expect(res.body.items[0].ancestors.map((a: { id: number }) => a.id)).toEqual([t.rootId, ward]);
    const other = await leader.get('/api/orgs/search?q=tieu%20hoc%20lang');
    expect(other.body.items).toHaveLength(1);
    expect(other.body.items[0].ancestors.map((a: { id: number }) => a.id)).toEqual([t.rootId, otherWard]);
  });

  it('sees a rename at once, and refuses an empty query', async () => {
    expect((await t.admin.patch(`/api/orgs/${otherWard}`, { name: 'Đảng ủy phường Giảng Võ' })).status).toBe(
      200,
    );
    expect(ids((await t.admin.get('/api/orgs/search?q=giang%20vo')).body.items)).toEqual([otherWard]);
    expect((await t.admin.get('/api/orgs/search?q=lang%20thuong')).body.items).toEqual([]);
    const empty = await t.admin.get('/api/orgs/search?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/[ạ-ỹ]/);
  });

  it('asks for a login', async () => {
    expect((await t.client().get('/api/orgs/search?q=a')).status).toBe(401);
    expect((await t.client().get(`/api/orgs/${ward}/children`)).status).toBe(401);
  });
});
