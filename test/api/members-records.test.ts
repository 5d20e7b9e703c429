// Member records: creation with the stable API's body (docs/design.md §5), unique card numbers,
// the rules on dates, history of every change, audited reads, the list in Vietnamese name order with
// keyset pagination and filters, status changes and recognition, and the Excel export.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareNames } from '../../domain/text.ts';
import { rows } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, member, sheetRows } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cell: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Hồ sơ');
  cell = await t.org(ward, 'cell', 'Chi bộ Khu phố 1');
});
afterAll(async () => {
  await t?.close();
});

describe('creating a member', () => {
  it('accepts the body of the stable API and answers 201 with an id', async () => {
    const res = await t.admin.post('/api/members', {
      fullName: 'Nguyễn Thị Hoa',
      birthDate: '1975-03-08',
      gender: 'Nữ',
      orgId: cell,
      admittedOn: '2000-05-19',
      officialOn: '2001-05-19',
      partyCardNo: '01 234 567',
      residence: 'Số 5 ngõ 12 phố Huế',
      interruptions: [{ from: '2005-01-01', to: '2006-01-01', reason: 'Mất liên lạc' }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      fullName: 'Nguyễn Thị Hoa',
      gender: 'Nữ',
      orgId: cell,
      admittedOn: '2000-05-19',
      officialOn: '2001-05-19',
      partyCardNo: '01234567',
      status: 'chinh_thuc',
      interruptions: [{ from: '2005-01-01', to: '2006-01-01', reason: 'Mất liên lạc' }],
      partyStart: '2001-05-19',
    });
  });

  it('a duplicate party card number is 409 and changes nothing', async () => {
    await member(t.admin, cell, { partyCardNo: 'TRUNG-01' });
    const before = await t.admin.get('/api/members?status=all');
    const dup = await t.admin.post('/api/members', {
      fullName: 'Lê Văn Trùng',
      birthDate: '1970-01-01',
      orgId: cell,
      admittedOn: '1995-01-01',
      partyCardNo: 'trung-01',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('party_card_taken');
    expect((await t.admin.get('/api/members?status=all')).body.total).toBe(before.body.total);
  });

  it('names bad fields in Vietnamese (400)', async () => {
    const res = await t.admin.post('/api/members', {
      fullName: '',
      birthDate: '1970-13-01',
      orgId: cell,
      gender: 'Khác',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Họ và tên');
    expect(res.body.error.message).toContain('Ngày sinh');
    expect(res.body.error.message).toMatch(/Giới tính|Ngày vào Đảng/);
  });

  it('refuses an admission age outside 18–60 with the reason (422)', async () => {
    const young = await t.admin.post('/api/members', {
      fullName: 'Phạm Văn Trẻ',
      birthDate: '2000-06-01',
      orgId: cell,
      admittedOn: '2017-06-01',
    });
    expect(young.status).toBe(422);
    expect(young.body.error.message).toMatch(/Chưa đủ 18 tuổi/);
    const old = await t.admin.post('/api/members', {
      fullName: 'Phạm Văn Già',
      birthDate: '1940-01-01',
      orgId: cell,
      admittedOn: '2001-01-02',
    });
    expect(old.status).toBe(422);
    expect(old.body.error.message).toMatch(/quá 60 tuổi/);
  });

  it('refuses overlapping or early interruptions', async () => {
    const res = await t.admin.post('/api/members', {
      fullName: 'Đỗ Văn Gián',
      birthDate: '1960-01-01',
      orgId: cell,
      admittedOn: '1990-01-01',
      interruptions: [
        { from: '2000-01-01', to: '2002-01-01', reason: 'a' },
        { from: '2001-01-01', to: '2003-01-01', reason: 'b' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/chồng/);
  });

  it('unknown or out-of-scope units are 404; members and other roles may not create (403)', async () => {
    expect(
      (
        await t.admin.post('/api/members', {
          fullName: 'A B',
          birthDate: '1960-01-01',
          orgId: 999999,
          admittedOn: '1990-01-01',
        })
      ).status,
    ).toBe(404);
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy khác');
    const clerk = await t.as('clerk', ward);
    expect(
      (
        await clerk.post('/api/members', {
          fullName: 'A B',
          birthDate: '1960-01-01',
          orgId: other,
          admittedOn: '1990-01-01',
        })
      ).status,
    ).toBe(404);
    const plain = await t.as('member', cell);
    expect(
      (
        await plain.post('/api/members', {
          fullName: 'A B',
          birthDate: '1960-01-01',
          orgId: cell,
          admittedOn: '1990-01-01',
        })
      ).status,
    ).toBe(403);
  });
});

describe('history and audited reads', () => {
  it('records every change of a record field by field', async () => {
    const id = await member(t.admin, cell, { fullName: 'Vũ Văn Lịch' });
    const patched = await t.admin.patch(`/api/members/${id}`, {
      residence: 'Phường Láng',
      occupation: 'Giáo viên',
    });
    expect(patched.status).toBe(200);
    await t.admin.patch(`/api/members/${id}`, { fullName: 'Vũ Văn Sử' });
    const h = await t.admin.get(`/api/members/${id}/history`);
    expect(h.status).toBe(200);
    expect(h.body.items.map((i: any) => i.action)).toEqual(['update', 'update', 'create']);
    expect(h.body.items[0].changes.fullName).toEqual({ from: 'Vũ Văn Lịch', to: 'Vũ Văn Sử' });
    expect(h.body.items[1].changes).toMatchObject({
      residence: { from: null, to: 'Phường Láng' },
      occupation: { from: null, to: 'Giáo viên' },
    });
    // A patch that changes nothing leaves no history.
    await t.admin.patch(`/api/members/${id}`, { fullName: 'Vũ Văn Sử' });
    expect((await t.admin.get(`/api/members/${id}/history`)).body.items).toHaveLength(3);
  });

  it('audits each read of a record (member.read)', async () => {
    const id = await member(t.admin, cell);
    const leader = await t.as('leader', ward);
    expect((await leader.get(`/api/members/${id}`)).status).toBe(200);
    const audit = await rows<{ actor_id: number }>(
      t.rt.database.db,
      sql`SELECT actor_id FROM audit_log WHERE action = 'member.read' AND entity_id = ${String(id)}`,
    );
    expect(audit.map((a) => a.actor_id)).toContain(leader.userId);
  });
});

describe('the list', () => {
  let unit: number;
  const names = [
    'Trần Văn Bình',
    'Nguyễn Thị An',
    'Lê Văn Ánh',
    'Phạm Thị Ân',
    'Đỗ Văn Ăn',
    'Hoàng Đức Dũng',
    'Bùi Văn Đông',
    'Ngô Thị Ấn',
    'Vũ Thị Yến',
    'Lý Văn Anh',
    'Mai Thị Ánh',
    'Đặng Văn Bảo',
  ];
  beforeAll(async () => {
    unit = await t.org(ward, 'cell', 'Chi bộ Danh sách');
    for (const [i, fullName] of names.entries()) {
      await member(t.admin, unit, {
        fullName,
        birthDate: `${1950 + i * 3}-01-15`,
        admittedOn: `${1975 + i * 3}-01-15`,
        officialOn: `${1976 + i * 3}-01-15`,
      });
    }
  });

  it('sorts by given name the Vietnamese way, page after page without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    do {
      const url: string = `/api/members?orgId=${unit}&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.admin.get(url);
      expect(res.status).toBe(200);
      if (total === null) total = res.body.total;
      seen.push(...res.body.items.map((i: any) => i.fullName));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(total).toBe(names.length);
    expect(seen).toEqual([...names].sort(compareNames));
  });

  it('filters by age, party age, status and name without diacritics', async () => {
    const today = new Date().getFullYear();
    const old = await t.admin.get(`/api/members?orgId=${unit}&ageMin=${today - 1960}`);
    expect(old.body.items.every((i: any) => Number(i.birthDate.slice(0, 4)) <= 1960)).toBe(true);
    expect(old.body.total).toBeGreaterThan(0);
    const party = await t.admin.get(`/api/members?orgId=${unit}&partyAgeMin=45`);
    expect(party.body.items.every((i: any) => i.partyAgeYears >= 45)).toBe(true);
    const young = await t.admin.get(`/api/members?orgId=${unit}&partyAgeMax=20`);
    expect(young.body.items.every((i: any) => i.partyAgeYears <= 20)).toBe(true);
    expect(party.body.total + young.body.total).toBeLessThanOrEqual(names.length);
    const q = await t.admin.get(`/api/members?orgId=${unit}&q=${encodeURIComponent('dong')}`);
    expect(q.body.items.map((i: any) => i.fullName)).toEqual(['Bùi Văn Đông']);
    const removed = await t.admin.get(`/api/members?orgId=${unit}&status=xoa_ten`);
    expect(removed.body.total).toBe(0);
  });

  it('exports the filtered list to Excel with Vietnamese headers, in the same order', async () => {
    const res = await download(t, t.admin, `/api/members/export?orgId=${unit}`);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    const data = await sheetRows(res.body);
    expect(data[0]?.slice(0, 4)).toEqual(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Chi bộ']);
    expect(data.slice(1).map((r) => r[0])).toEqual([...names].sort(compareNames));
    const birth = data[1]?.[1];
    expect(birth).toBeInstanceOf(Date);
  });
});

describe('status and recognition', () => {
  it('recognises a probationary member only after 12 months', async () => {
    const year = new Date().getFullYear();
    const id = await member(t.admin, cell, {
      birthDate: '1990-01-01',
      admittedOn: `${year - 2}-03-01`,
      officialOn: undefined,
    });
    expect((await t.admin.get(`/api/members/${id}`)).body.status).toBe('du_bi');
    const early = await t.admin.post(`/api/members/${id}/recognize`, { officialOn: `${year - 1}-02-28` });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/12 tháng/);
    const ok = await t.admin.post(`/api/members/${id}/recognize`, {
      officialOn: `${year - 1}-03-01`,
      decisionNo: '12-QĐ/ĐU',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'chinh_thuc', officialOn: `${year - 1}-03-01` });
  });

  it('removal from the rolls and death are dated and leave the active list', async () => {
    const id = await member(t.admin, cell, { fullName: 'Cao Văn Xóa' });
    const res = await t.admin.post(`/api/members/${id}/status`, {
      status: 'xoa_ten',
      on: '2024-05-01',
      reason: 'Bỏ sinh hoạt',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('xoa_ten');
    const active = await t.admin.get(`/api/members?orgId=${cell}&q=xoa`);
    expect(active.body.total).toBe(0);
    const all = await t.admin.get(`/api/members?orgId=${cell}&q=xoa&status=all`);
    expect(all.body.total).toBe(1);
    expect(
      (await t.admin.post(`/api/members/${id}/status`, { status: 'tu_tran', on: '2024-06-01' })).status,
    ).toBe(422);
  });
});
