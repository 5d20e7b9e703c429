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

describe('bad input', () => {
  it('malformed JSON is 400, a wrong content type 415, a huge body 413 — all in the one error shape', async () => {
    const bad = await t.admin.request('POST', '/api/orgs', '{"name": "thiếu ngoặc"');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    const form = await t.admin.request('POST', '/api/orgs', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.body.error.message).toContain('application/json');
    const huge = await t.admin.post('/api/orgs', { name: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('too_large');
  });

  it('unknown ids are 404; ids that are not ids are 400', async () => {
    expect((await t.admin.get('/api/orgs/987654')).status).toBe(404);
    expect((await t.admin.get('/api/users/987654')).status).toBe(404);
    expect((await t.admin.get('/api/orgs/abc')).status).toBe(400);
    expect((await t.admin.get('/api/orgs/99999999999')).status).toBe(400);
    const route = await t.admin.get('/api/khong-co');
    expect(route.status).toBe(404);
    expect(route.body.error.message).toMatch(/Không tìm thấy/);
  });

  it('NUL bytes and lone surrogates are refused as text; SQL fragments are just text', async () => {
    const nul = await t.admin.post('/api/orgs', {
      name: 'Chi bộ\u0000',
      shortCode: 'CB',
      kind: 'cell',
      parentId: t.rootId,
    });
    expect(nul.status).toBe(400);
    expect(nul.body.error.message).toContain('Tên: chứa ký tự không hợp lệ');
    const lone = await t.admin.request(
      'POST',
      '/api/orgs',
      `{"name":"Chi bộ \\ud800","shortCode":"CB","kind":"cell","parentId":${t.rootId}}`,
    );
    expect(lone.status).toBe(400);
    const sqlish = await t.admin.post('/api/orgs', {
      name: "Chi bộ'); DROP TABLE orgs; --",
      shortCode: 'CB',
      kind: 'cell',
      parentId: t.rootId,
    });
    expect(sqlish.status).toBe(201);
    expect(sqlish.body.name).toBe("Chi bộ'); DROP TABLE orgs; --");
  });

  it('text is stored as NFC', async () => {
    const res = await t.admin.post('/api/orgs', {
      name: 'Chi bộ Nguye\u0302\u0303n Trãi',
      shortCode: 'CB',
      kind: 'cell',
      parentId: t.rootId,
    });
    expect(res.body.name).toBe('Chi bộ Nguyễn Trãi');
  });

  it('a failed multi-step change leaves nothing behind', async () => {
    const ward = await t.org(t.rootId);
    const cellA = await t.org(ward, 'cell', 'Chi bộ Trùng Tên');
    const other = await t.org(t.rootId);
    await t.org(other, 'cell', 'Chi bộ Trùng Tên');
    const before = (await t.admin.get('/api/orgs/tree?includeInactive=1')).body;
    // Merging moves the children: the second chi bộ of the same name makes the whole merge fail.
    const res = await t.admin.post('/api/orgs/merge', {
      predecessorIds: [ward],
      into: { existingId: other },
      on: todayVn(),
    });
    expect(res.status).toBe(409);
    expect((await t.admin.get('/api/orgs/tree?includeInactive=1')).body).toEqual(before);
    expect((await t.admin.get(`/api/orgs/${cellA}`)).body.parentId).toBe(ward);
  });
});
