import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, outgoing } from '../helpers/docs.ts';

let t: TestApp;
let ward: number;
let other: number;
let cityClerk: Client;
let wardClerk: Client;
let ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Tìm Kiếm');
  other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên Cạnh');
  cityClerk = await t.as('clerk', t.rootId, 2);
  wardClerk = await t.as('clerk', ward, 1);
  const otherClerk = await t.as('clerk', other, 3);
  ids = {
    gpmb: (
      await incoming(wardClerk, ward, {
        symbol: '34-CT/TU',
        typeCode: 'CT',
        summary: 'Chỉ thị về tăng cường công tác giải phóng mặt bằng các dự án trọng điểm',
        issuer: 'Thành ủy Hà Nội',
        issuedOn: '2026-03-05',
      })
    ).id,
    qd: (
      await incoming(wardClerk, ward, {
        symbol: '13140-QĐ/TU',
        typeCode: 'QĐ',
        summary: 'Quyết định ban hành quy định về trách nhiệm, chống né tránh, đùn đẩy',
        issuedOn: '2026-02-01',
      })
    ).id,
    doai: (
      await incoming(wardClerk, ward, {
        summary: 'Về việc kiện toàn tổ chức Đảng ủy xã Đoài Phương',
        content: 'Nội dung chi tiết về công tác cán bộ và đất đai.',
      })
    ).id,
    secret: (await incoming(wardClerk, ward, { summary: 'Báo cáo mật về giải phóng mặt bằng', secrecy: 1 }))
      .id,
    topSecret: (
      await incoming(otherClerk, other, { summary: 'Báo cáo tối mật về giải phóng mặt bằng', secrecy: 2 })
    ).id,
    otherWard: (
      await incoming(otherClerk, other, { summary: 'Kế hoạch giải phóng mặt bằng phường bên cạnh' })
    ).id,
    draft: (
      await outgoing(wardClerk, ward, {
        summary: 'Dự thảo kế hoạch giải phóng mặt bằng năm 2027',
        typeCode: 'KH',
      })
    ).id,
  };
});
afterAll(async () => {
  await t?.close();
});

const found = (res: { body: { items: { id: number }[] } }) => res.body.items.map((d) => d.id);

describe('search', () => {
  it('ignores case and diacritics, đ matches d, and marks the words in the snippet', async () => {
    const res = await wardClerk.get('/api/documents?q=giai%20phong%20mat%20bang');
    expect(res.status).toBe(200);
    expect(found(res)).toEqual(expect.arrayContaining([ids.gpmb, ids.secret, ids.draft]));
    const hit = res.body.items.find((d: { id: number }) => d.id === ids.gpmb);
    expect(hit.highlights.map(([a, b]: [number, number]) => hit.snippet.slice(a, b))).toEqual([
      'giải phóng mặt bằng',
    ]);
    expect(found(await wardClerk.get(`/api/documents?q=${encodeURIComponent('ĐOÀI PHƯƠNG')}`))).toEqual([
      ids.doai,
    ]);
    expect(found(await wardClerk.get('/api/documents?q=doai%20phuong'))).toEqual([ids.doai]);
    expect(found(await wardClerk.get('/api/documents?q=dun%20day'))).toEqual([ids.qd]);
    expect(found(await wardClerk.get('/api/documents?q=dat%20dai'))).toEqual([ids.doai]);
  });

  it('finds symbols and their fragments', async () => {
    expect(found(await wardClerk.get(`/api/documents?q=${encodeURIComponent('34-CT')}`))).toContain(ids.gpmb);
    expect(found(await wardClerk.get('/api/documents?q=13140'))).toEqual([ids.qd]);
    expect(found(await wardClerk.get(`/api/documents?q=${encodeURIComponent('13140-QĐ/TU')}`))).toEqual([
      ids.qd,
    ]);
    expect(found(await wardClerk.get(`/api/documents?q=${encodeURIComponent('qd/tu')}`))).toEqual([ids.qd]);
  });

  it('never finds what the access rule hides: another ward, or above the clearance', async () => {
    const res = found(await wardClerk.get('/api/documents?q=giai%20phong%20mat%20bang'));
    expect(res).not.toContain(ids.otherWard);
    expect(res).not.toContain(ids.topSecret);
    expect((await wardClerk.get(`/api/documents/${ids.otherWard}`)).status).toBe(404);
    const member = await t.as('member', ward, 0);
    expect(found(await member.get('/api/documents?q=giai%20phong%20mat%20bang'))).not.toContain(ids.secret);
    expect((await member.get(`/api/documents/${ids.secret}`)).status).toBe(404);
    // The city clerk sees the whole city up to its clearance.
    const city = found(await cityClerk.get('/api/documents?q=giai%20phong%20mat%20bang'));
    expect(city).toEqual(expect.arrayContaining([ids.gpmb, ids.otherWard, ids.topSecret, ids.secret]));
  });

  it('filters by direction, type, unit, dates and secrecy', async () => {
    expect(found(await cityClerk.get('/api/documents?q=giai%20phong&direction=out'))).toEqual([ids.draft]);
    expect(found(await cityClerk.get('/api/documents?typeCode=QĐ'))).toEqual([ids.qd]);
    const byUnit = found(await cityClerk.get(`/api/documents?orgId=${other}`));
    expect(byUnit.sort()).toEqual([ids.otherWard, ids.topSecret].sort());
    expect(found(await cityClerk.get('/api/documents?from=2026-03-01&to=2026-03-31'))).toContain(ids.gpmb);
    expect(found(await cityClerk.get('/api/documents?from=2026-03-01&to=2026-03-31'))).not.toContain(ids.qd);
    expect(found(await cityClerk.get('/api/documents?secrecy=2'))).toEqual([ids.topSecret]);
  });

  it('pages with a cursor and clamps the limit to 100', async () => {
    const first = await cityClerk.get('/api/documents?limit=3');
    expect(first.body.items).toHaveLength(3);
    const second = await cityClerk.get(`/api/documents?limit=3&cursor=${first.body.nextCursor}`);
    const all = [...found(first), ...found(second)];
    expect(new Set(all).size).toBe(all.length);
    const q1 = await cityClerk.get('/api/documents?q=giai%20phong&limit=2');
    const q2 = await cityClerk.get(`/api/documents?q=giai%20phong&limit=2&cursor=${q1.body.nextCursor}`);
    expect(found(q2).some((id: number) => found(q1).includes(id))).toBe(false);
    expect((await cityClerk.get('/api/documents?limit=500')).status).toBe(200);
    expect((await cityClerk.get('/api/documents?cursor=khong-hop-le')).status).toBe(400);
  });

  it('a Mật document read is audited', async () => {
    await wardClerk.get(`/api/documents/${ids.secret}`);
    const audit = await t.admin.get(`/api/audit?action=document.read&entityId=${ids.secret}`);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
  });
});
