// Privacy of member records: an account with role member sees only its own record; staff see the
// members of their scope within their clearance; everything else is 404 (never 403). Lists,
// exports and badge lists filter exactly as a get does. Roles that may never change records get 403.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles.ts';
import type { Client } from '../helpers/app.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, member, sheetRows } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cell: number;
let away: number;
const ids = {} as { own: number; neighbour: number; secret: number; away: number };
let self: Client & { userId: number };

beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Riêng tư');
  cell = await t.org(ward, 'cell', 'Chi bộ Riêng tư');
  away = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên ngoài');
  self = await t.as('member', cell);
  ids.own = await member(t.admin, cell, { fullName: 'Nguyễn Văn Chính Chủ', userId: self.userId });
  ids.neighbour = await member(t.admin, cell, { fullName: 'Trần Văn Hàng Xóm' });
  ids.secret = await member(t.admin, cell, { fullName: 'Lê Văn Mật', secrecy: 2 });
  ids.away = await member(t.admin, away, { fullName: 'Phạm Văn Ngoài' });
});
afterAll(async () => {
  await t?.close();
});

async function listIds(c: Client): Promise<number[]> {
  const res = await c.get('/api/members?status=all&limit=100');
  expect(res.status).toBe(200);
  return res.body.items.map((i: any) => i.id);
}

describe('who sees a record', () => {
  it('a member account sees only its own record, in the list and by id', async () => {
    expect(await listIds(self)).toEqual([ids.own]);
    expect((await self.get(`/api/members/${ids.own}`)).status).toBe(200);
    expect((await self.get(`/api/members/${ids.own}/history`)).status).toBe(200);
    for (const other of [ids.neighbour, ids.secret, ids.away]) {
      const res = await self.get(`/api/members/${other}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      expect((await self.get(`/api/members/${other}/history`)).status).toBe(404);
      expect((await self.get(`/api/members/${other}/transfers`)).status).toBe(404);
      expect((await self.get(`/api/members/${other}/ratings`)).status).toBe(404);
    }
    // …and may not change even its own record.
    expect((await self.patch(`/api/members/${ids.own}`, { occupation: 'Kỹ sư' })).status).toBe(403);
  });

  it('staff see their scope within their clearance; the list filters exactly as a get', async () => {
    const cases: [Client, number[]][] = [
      [await t.as('leader', ward, 0), [ids.own, ids.neighbour]],
      [await t.as('clerk', ward, 2), [ids.own, ids.neighbour, ids.secret]],
      [await t.as('specialist', cell, 3), [ids.own, ids.neighbour, ids.secret]],
      [await t.as('leader', away, 3), [ids.away]],
      [await t.as('admin', away, 3), [ids.away]],
    ];
    for (const [c, expected] of cases) {
      const listed = await listIds(c);
      expect(listed.sort()).toEqual([...expected].sort());
      for (const id of Object.values(ids)) {
        const res = await c.get(`/api/members/${id}`);
        expect(res.status, `member ${id}`).toBe(expected.includes(id) ? 200 : 404);
      }
    }
  });

  it('exports and badge lists apply the same rule', async () => {
    const leader = await t.as('leader', ward, 0);
    const x = await download(t, leader, `/api/members/export?status=all`);
    const names = (await sheetRows(x.body)).slice(1).map((r) => r[0]);
    expect(names.sort()).toEqual(['Nguyễn Văn Chính Chủ', 'Trần Văn Hàng Xóm']);
    const badges = await leader.get(`/api/members/badges?on=2030-01-01&orgId=${ward}`);
    expect(badges.body.items.map((i: any) => i.memberId).sort()).toEqual([ids.own, ids.neighbour].sort());
    expect((await leader.get(`/api/members/badges?on=2030-01-01&orgId=${away}`)).status).toBe(404);
  });

  it('staff may change only records they see: out of scope or above clearance is 404', async () => {
    const clerk = await t.as('clerk', ward, 0);
    expect((await clerk.patch(`/api/members/${ids.neighbour}`, { occupation: 'Giáo viên' })).status).toBe(
      200,
    );
    expect((await clerk.patch(`/api/members/${ids.secret}`, { occupation: 'X' })).status).toBe(404);
    expect((await clerk.patch(`/api/members/${ids.away}`, { occupation: 'X' })).status).toBe(404);
    expect(
      (await clerk.post(`/api/members/${ids.away}/badges`, { years: 30, awardedOn: '2021-01-01' })).status,
    ).toBe(404);
    // Nor raise a record above its own clearance.
    const raised = await clerk.patch(`/api/members/${ids.neighbour}`, { secrecy: 1 });
    expect(raised.status).toBe(403);
    expect(raised.body.error.code).toBe('secrecy_above_clearance');
    // Nor create one above it.
    const created = await clerk.post('/api/members', {
      fullName: 'Đỗ Văn Quá Mức',
      birthDate: '1960-01-01',
      orgId: cell,
      admittedOn: '1990-01-01',
      secrecy: 2,
    });
    expect(created.status).toBe(403);
    expect(created.body.error.code).toBe('secrecy_above_clearance');
  });
});

describe('linking records to accounts', () => {
  it('staff link an account in scope once; out of scope is 404, twice is 409', async () => {
    const acct = await t.as('member', cell);
    const id = await member(t.admin, cell, { fullName: 'Vũ Văn Liên Kết' });
    expect((await acct.get(`/api/members/${id}`)).status).toBe(404);
    const linked = await t.admin.patch(`/api/members/${id}`, { userId: acct.userId });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ userId: acct.userId, username: acct.username });
    expect((await acct.get(`/api/members/${id}`)).status).toBe(200);
    const other = await member(t.admin, cell);
    expect((await t.admin.patch(`/api/members/${other}`, { userId: acct.userId })).status).toBe(409);
    const outsider = await t.as('member', away);
    const clerk = await t.as('clerk', ward);
    expect((await clerk.patch(`/api/members/${other}`, { userId: outsider.userId })).status).toBe(404);
  });
});

describe('roles', () => {
  const manage: Role[] = ['admin', 'leader', 'clerk', 'specialist'];
  it('every role in every row: manage endpoints are staff-only (403 for member), reads for all', async () => {
    for (const role of ROLES) {
      const c = await t.as(role, ward, 3);
      const id = await member(t.admin, cell);
      const allowed = manage.includes(role);
      const rows: [string, () => Promise<{ status: number }>, number][] = [
        ['GET /api/members', () => c.get('/api/members'), 200],
        ['GET /api/members/badges', () => c.get(`/api/members/badges?on=2026-02-03&orgId=${ward}`), 200],
        [
          'POST /api/members',
          () =>
            c.post('/api/members', {
              fullName: 'A B',
              birthDate: '1960-01-01',
              orgId: cell,
              admittedOn: '1990-01-01',
            }),
          allowed ? 201 : 403,
        ],
        [
          'PATCH /api/members/{id}',
          () => c.patch(`/api/members/${id}`, { occupation: 'Y' }),
          allowed ? 200 : 403,
        ],
        [
          'POST /api/members/{id}/badges',
          () => c.post(`/api/members/${id}/badges`, { years: 30, awardedOn: '2021-01-01' }),
          allowed ? 201 : 403,
        ],
        [
          'GET /api/members/fees',
          () => c.get(`/api/members/fees?orgId=${ward}&month=2026-01`),
          allowed ? 200 : 403,
        ],
        [
          'GET /api/members/admissions',
          () => c.get(`/api/members/admissions?orgId=${ward}`),
          allowed ? 200 : 403,
        ],
        [
          'GET /api/members/ratings',
          () => c.get(`/api/members/ratings?orgId=${ward}&year=2025`),
          allowed ? 200 : 403,
        ],
        ['GET /api/members/transfers', () => c.get('/api/members/transfers'), allowed ? 200 : 403],
        [
          'GET /api/members/import-template',
          () => c.get('/api/members/import-template'),
          allowed ? 200 : 403,
        ],
        [
          'POST /api/members/base-salaries',
          () => c.post('/api/members/base-salaries', { effectiveFrom: '2035-01-01', amount: 5_000_000 }),
          role === 'admin' ? 200 : 403,
        ],
      ];
      for (const [name, run, expected] of rows) {
        expect((await run()).status, `${role} ${name}`).toBe(expected);
      }
    }
  });
});
