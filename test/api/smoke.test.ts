import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('smoke', () => {
  it('health says which database', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: t.db.backend });
  });

  it('tree has the root first', async () => {
    const res = await t.admin.get('/api/orgs/tree');
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({
      name: 'Thành ủy',
      shortCode: 'TU',
      kind: 'provincial',
      parentId: null,
    });
  });

  it('creates a unit and an account that logs in', async () => {
    const org = await t.admin.post('/api/orgs', {
      name: 'Đảng ủy phường Ba Đình',
      shortCode: 'ĐU',
      kind: 'direct_committee',
      parentId: t.rootId,
    });
    expect(org.body).toMatchObject({ name: 'Đảng ủy phường Ba Đình' });
    expect(org.status).toBe(201);
    const user = await t.admin.post('/api/users', {
      username: 'vanthu.badinh',
      password: 'mot-mat-khau-dai',
      fullName: 'Vũ Thị Hồng',
      orgId: org.body.id,
      role: 'clerk',
      clearance: 1,
    });
    expect(user.status).toBe(201);
    const c = t.client();
    const login = await c.login('vanthu.badinh', 'mot-mat-khau-dai');
    expect(login.status).toBe(200);
    expect(login.body.user.fullName).toBe('Vũ Thị Hồng');
    const me = await c.get('/api/auth/me');
    expect(me.body.user.orgId).toBe(org.body.id);
  });

  it('openapi lists paths with the /api prefix', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toContain('/api/orgs');
  });
});
