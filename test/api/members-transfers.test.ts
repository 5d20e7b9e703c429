// Transfers of party membership and residence: official transfers within the system (pending until
// received, counted once, readable by the receiving unit meanwhile), temporary transfers (the host
// reads the record while it lasts), transfers out of and into the system with their papers, and
// registration at the residence with its yearly comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { member } from './members-fixtures.ts';

let t: TestApp;
let wardA: number;
let wardB: number;
let cellA: number;
let cellB: number;
let clerkA: Awaited<ReturnType<TestApp['as']>>;
let clerkB: Awaited<ReturnType<TestApp['as']>>;
beforeAll(async () => {
  t = await startTestApp();
  wardA = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Đi');
  wardB = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Đến');
  cellA = await t.org(wardA, 'cell', 'Chi bộ Đi');
  cellB = await t.org(wardB, 'cell', 'Chi bộ Đến');
  clerkA = await t.as('clerk', wardA);
  clerkB = await t.as('clerk', wardB);
});
afterAll(async () => {
  await t?.close();
});

const total = async (orgId: number) =>
  (await t.admin.get(`/api/members?orgId=${orgId}`)).body.total as number;

describe('official transfer within the system', () => {
  it('stays on the sending rolls until received, readable by the receiver meanwhile, counted once', async () => {
    const id = await member(clerkA, cellA, { fullName: 'Nguyễn Văn Chuyển' });
    expect((await clerkB.get(`/api/members/${id}`)).status).toBe(404);
    const [a0, b0, root0] = [await total(wardA), await total(wardB), await total(t.rootId)];
    const out = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'official',
      toOrgId: cellB,
      paperNo: '15-GGT/ĐU',
      outOn: '2025-03-01',
    });
    expect(out.status).toBe(201);
    expect(out.body).toMatchObject({
      state: 'pending',
      direction: 'internal',
      paperNo: '15-GGT/ĐU',
      toOrgId: cellB,
    });
    // In transit: still counted at the sender only, once in the whole city.
    expect([await total(wardA), await total(wardB), await total(t.rootId)]).toEqual([a0, b0, root0]);
    // The receiving ward sees the record and the pending transfer, listed apart from its own members.
    expect((await clerkB.get(`/api/members/${id}`)).status).toBe(200);
    expect((await clerkB.get('/api/members')).body.items.map((x: any) => x.id)).not.toContain(id);
    expect((await clerkB.get('/api/members?shared=1')).body.items.map((x: any) => x.id)).toEqual([id]);
    const pending = await clerkB.get(`/api/members/transfers?state=pending`);
    expect(pending.body.items.map((x: any) => x.memberId)).toContain(id);
    // A second transfer while one is pending is refused.
    const twice = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'official',
      toOrgId: cellB,
      paperNo: 'X',
      outOn: '2025-03-02',
    });
    expect(twice.status).toBe(422);
    // Only the receiving side records the arrival.
    expect(
      (await clerkA.post(`/api/members/transfers/${out.body.id}/receive`, { inOn: '2025-03-10' })).status,
    ).toBe(404);
    const early = await clerkB.post(`/api/members/transfers/${out.body.id}/receive`, { inOn: '2025-02-10' });
    expect(early.status).toBe(422);
    const got = await clerkB.post(`/api/members/transfers/${out.body.id}/receive`, { inOn: '2025-03-10' });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ state: 'done', inOn: '2025-03-10' });
    expect([await total(wardA), await total(wardB), await total(t.rootId)]).toEqual([a0 - 1, b0 + 1, root0]);
    expect((await clerkB.get(`/api/members/${id}`)).body.orgId).toBe(cellB);
    expect((await clerkA.get(`/api/members/${id}`)).status).toBe(404);
    const h = await clerkB.get(`/api/members/${id}/history`);
    expect(h.body.items.map((x: any) => x.action).slice(0, 2)).toEqual(['transfer_in', 'transfer_out']);
  });

  it('a pending transfer can be cancelled by the sender; the receiver then loses sight of it', async () => {
    const id = await member(clerkA, cellA, { fullName: 'Trần Văn Hủy' });
    const out = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'official',
      toOrgId: cellB,
      paperNo: '16-GGT',
      outOn: '2025-04-01',
    });
    expect((await clerkA.post(`/api/members/transfers/${out.body.id}/cancel`, {})).body.state).toBe(
      'cancelled',
    );
    expect((await clerkB.get(`/api/members/${id}`)).status).toBe(404);
  });
});

describe('temporary transfer', () => {
  it('keeps the member at home; the host reads the record while it lasts', async () => {
    const id = await member(clerkA, cellA, { fullName: 'Lê Văn Tạm' });
    const a0 = await total(wardA);
    const out = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'temporary',
      toOrgId: cellB,
      paperNo: '3-GGT/TT',
      outOn: '2025-05-01',
      untilOn: '2026-05-01',
    });
    expect(out.status).toBe(201);
    await clerkB.post(`/api/members/transfers/${out.body.id}/receive`, { inOn: '2025-05-05' });
    expect((await clerkB.get(`/api/members/${id}`)).body.orgId).toBe(cellA);
    expect(await total(wardA)).toBe(a0);
    // The host sees the record but cannot change it.
    expect((await clerkB.patch(`/api/members/${id}`, { occupation: 'X' })).status).toBe(404);
    const ended = await clerkB.post(`/api/members/transfers/${out.body.id}/end`, {});
    expect(ended.body.state).toBe('ended');
    expect((await clerkB.get(`/api/members/${id}`)).status).toBe(404);
  });
});

describe('transfers out of and into the system', () => {
  it('an official transfer out marks the member as gone, with the paper in the history', async () => {
    const id = await member(clerkA, cellA, { fullName: 'Phạm Văn Đi Xa' });
    const out = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'official',
      toName: 'Đảng bộ tỉnh Lào Cai',
      paperNo: '99-GGT/TU',
      outOn: '2025-06-01',
    });
    expect(out.body).toMatchObject({ direction: 'out', state: 'done', toName: 'Đảng bộ tỉnh Lào Cai' });
    const rec = await clerkA.get(`/api/members/${id}`);
    expect(rec.body).toMatchObject({ status: 'chuyen_di', statusOn: '2025-06-01' });
    const bad = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'official',
      paperNo: 'X',
      outOn: '2025-06-02',
    });
    expect(bad.status).toBe(422);
  });

  it('requires a destination', async () => {
    const id = await member(clerkA, cellA);
    const res = await clerkA.post(`/api/members/${id}/transfers`, {
      kind: 'official',
      paperNo: 'X',
      outOn: '2025-06-02',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Nơi chuyển đến');
  });

  it('a member arriving from outside gets a record and the transfer paper', async () => {
    const res = await clerkB.post('/api/members/transfer-in', {
      fullName: 'Hoàng Thị Đến',
      birthDate: '1980-08-19',
      gender: 'Nữ',
      orgId: cellB,
      admittedOn: '2005-08-19',
      officialOn: '2006-08-19',
      partyCardNo: 'IN-777',
      fromName: 'Đảng bộ tỉnh Thái Bình',
      paperNo: '12-GGT/TU',
      inOn: '2025-07-01',
    });
    expect(res.status).toBe(201);
    expect(res.body.member).toMatchObject({ fullName: 'Hoàng Thị Đến', orgId: cellB, partyCardNo: 'IN-777' });
    expect(res.body.transfer).toMatchObject({
      direction: 'in',
      fromName: 'Đảng bộ tỉnh Thái Bình',
      state: 'done',
    });
    const dup = await clerkB.post('/api/members/transfer-in', {
      fullName: 'X Y',
      birthDate: '1980-08-19',
      orgId: cellB,
      admittedOn: '2005-08-19',
      partyCardNo: 'IN-777',
      fromName: 'Z',
      paperNo: '1',
      inOn: '2025-07-01',
    });
    expect(dup.status).toBe(409);
  });
});

describe('residence', () => {
  it('registers the member at the residence and keeps its yearly comments', async () => {
    const id = await member(clerkA, cellA, { fullName: 'Vũ Thị Cư Trú' });
    const reg = await clerkA.post(`/api/members/${id}/residences`, {
      place: 'Tổ dân phố 5, phường Đến',
      residenceOrgId: cellB,
      registeredOn: '2024-01-15',
    });
    expect(reg.status).toBe(201);
    expect(reg.body.residences[0]).toMatchObject({ residenceOrgId: cellB, registeredOn: '2024-01-15' });
    // The residence's chi bộ (another ward) reads the record and sends its comment.
    expect((await clerkB.get(`/api/members/${id}`)).status).toBe(200);
    const c = await clerkB.post(`/api/members/${id}/residence-comments`, {
      year: 2025,
      comment: 'Gương mẫu thực hiện nghĩa vụ công dân nơi cư trú.',
      commentedOn: '2025-12-01',
      by: 'Chi ủy chi bộ Đến',
    });
    expect(c.status).toBe(201);
    const all = await clerkA.get(`/api/members/${id}/transfers`);
    expect(all.body.residenceComments).toEqual([
      {
        year: 2025,
        comment: 'Gương mẫu thực hiện nghĩa vụ công dân nơi cư trú.',
        commentedOn: '2025-12-01',
        by: 'Chi ủy chi bộ Đến',
      },
    ]);
  });
});
