import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, outgoing } from '../helpers/docs.ts';

let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.as('clerk', t.rootId, 3);
});
afterAll(async () => {
  await t?.close();
});

describe('outgoing numbering', () => {
  it('issues <n>-<TYPE>/<BODY> per issuing body and type', async () => {
    const a = await outgoing(clerk, t.rootId);
    const res = await clerk.post(`/api/documents/${a.id}/issue`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ symbol: '1-CT/TU', number: 1 });
    const b = await outgoing(clerk, t.rootId);
    expect((await clerk.post(`/api/documents/${b.id}/issue`)).body.symbol).toBe('2-CT/TU');
    const report = await outgoing(clerk, t.rootId, { typeCode: 'BC', summary: 'Báo cáo sơ kết 6 tháng' });
    expect((await clerk.post(`/api/documents/${report.id}/issue`)).body.symbol).toBe('1-BC/TU');
    const got = await clerk.get(`/api/documents/${a.id}`);
    expect(got.body).toMatchObject({ symbol: '1-CT/TU', number: 1, status: 'issued' });
  });

  it('a board numbers with its own code; a ward committee too', async () => {
    const vp = await t.org(t.rootId, 'board', 'Văn phòng Thành ủy', 'VPTU');
    const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Số Một', 'ĐU');
    const cv = await outgoing(clerk, vp, { typeCode: 'CV' });
    expect((await clerk.post(`/api/documents/${cv.id}/issue`)).body.symbol).toBe('1-CV/VPTU');
    const bc = await outgoing(clerk, ward, { typeCode: 'BC' });
    expect((await clerk.post(`/api/documents/${bc.id}/issue`)).body.symbol).toBe('1-BC/ĐU');
  });

  it('issuing twice answers 409; issuing an incoming document 422', async () => {
    const a = await outgoing(clerk, t.rootId, { typeCode: 'TB' });
    expect((await clerk.post(`/api/documents/${a.id}/issue`)).status).toBe(200);
    const again = await clerk.post(`/api/documents/${a.id}/issue`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_issued');
    const inc = await incoming(clerk, t.rootId);
    const wrong = await clerk.post(`/api/documents/${inc.id}/issue`);
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('not_outgoing');
  });

  it('20 simultaneous issues give 20 consecutive numbers, no gap, no repeat', async () => {
    const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Đồng Thời');
    const drafts = [];
    for (let i = 0; i < 20; i++)
      drafts.push(await outgoing(clerk, ward, { typeCode: 'KH', summary: `Kế hoạch số ${i}` }));
    const results = await Promise.all(drafts.map((d) => clerk.post(`/api/documents/${d.id}/issue`)));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const numbers = results.map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.body.symbol)).size).toBe(20);
  });

  it('a cancelled document keeps its number; the next issue does not reuse it', async () => {
    const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Hủy Số');
    const a = await outgoing(clerk, ward, { typeCode: 'TB' });
    await clerk.post(`/api/documents/${a.id}/issue`);
    const cancelled = await clerk.post(`/api/documents/${a.id}/cancel`, { reason: 'Ban hành nhầm' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', symbol: '1-TB/ĐU' });
    const b = await outgoing(clerk, ward, { typeCode: 'TB' });
    expect((await clerk.post(`/api/documents/${b.id}/issue`)).body.symbol).toBe('2-TB/ĐU');
    expect((await clerk.post(`/api/documents/${a.id}/issue`)).status).toBe(409);
  });

  it('numbers restart with a new term, not with a new year', async () => {
    const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhiệm Kỳ');
    expect(
      (await t.admin.post(`/api/orgs/${ward}/terms`, { name: 'Nhiệm kỳ 2020–2025', startsOn: '2020-10-01' }))
        .status,
    ).toBe(201);
    const y2024 = await outgoing(clerk, ward, { typeCode: 'NQ', issuedOn: '2024-12-30' });
    const y2025 = await outgoing(clerk, ward, { typeCode: 'NQ', issuedOn: '2025-01-05' });
    expect((await clerk.post(`/api/documents/${y2024.id}/issue`)).body.symbol).toBe('1-NQ/ĐU');
    expect((await clerk.post(`/api/documents/${y2025.id}/issue`)).body.symbol).toBe('2-NQ/ĐU');
    expect(
      (await t.admin.post(`/api/orgs/${ward}/terms`, { name: 'Nhiệm kỳ 2025–2030', startsOn: '2025-08-15' }))
        .status,
    ).toBe(201);
    const newTerm = await outgoing(clerk, ward, { typeCode: 'NQ', issuedOn: '2025-09-01' });
    const res = await clerk.post(`/api/documents/${newTerm.id}/issue`);
    expect(res.body).toMatchObject({ symbol: '1-NQ/ĐU', term: 'Nhiệm kỳ 2025–2030' });
    const terms = await clerk.get(`/api/orgs/${ward}/terms`);
    expect(terms.body.items.map((x: { endsOn: string | null }) => x.endsOn)).toEqual([null, '2025-08-14']);
  });

  it('congress documents share one sequence whatever their type', async () => {
    const ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Đại Hội');
    const nq = await outgoing(clerk, ward, { typeCode: 'NQ', congress: true });
    const bc = await outgoing(clerk, ward, { typeCode: 'BC', congress: true });
    expect((await clerk.post(`/api/documents/${nq.id}/issue`)).body.symbol).toBe('1-NQ/ĐU');
    expect((await clerk.post(`/api/documents/${bc.id}/issue`)).body.symbol).toBe('2-BC/ĐU');
  });

  it('Quy định (QĐi) is only for the Central Committee', async () => {
    const res = await clerk.post('/api/documents', {
      direction: 'out',
      typeCode: 'QĐi',
      summary: 'Quy định',
      orgId: t.rootId,
      secrecy: 0,
      urgency: 0,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('type_central_only');
  });
});
