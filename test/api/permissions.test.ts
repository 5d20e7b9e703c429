// The permission matrix of the foundation: every endpoint × every role × target inside or outside
// the actor's scope. The refused cells matter as much as the allowed ones (GitLab's rule). Records
// with a secrecy level arrive with documents; here clearance bounds what an admin may grant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { ROLES, type Role } from '../../domain/roles.ts';
import { type Client, PASSWORD, type Res, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let home: number; // the actors' unit
let away: number; // a sibling unit outside their scope
const actors = new Map<Role, Client & { userId: number }>();

beforeAll(async () => {
  t = await startTestApp();
  home = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhà');
  away = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Khác');
  for (const role of ROLES) actors.set(role, await t.as(role, home, 2));
});
afterAll(async () => {
  await t?.close();
});

type Scope = 'in' | 'out';
interface Row {
  endpoint: string;
  /** Roles allowed to act at all; the others get 403. */
  roles: readonly Role[] | 'all';
  /** Whether the target's unit decides (out of scope → 404). */
  scoped: boolean;
  ok: number;
  run: (c: Client, unit: number) => Promise<Res>;
}

let n = 0;
const freshUnit = (parent: number) => t.org(parent, 'cell', `Chi bộ ma trận ${++n}`);
const freshUser = async (unit: number) => {
  const res = await t.admin.post('/api/users', {
    username: `mt.${++n}`,
    password: PASSWORD,
    fullName: `Người Ma Trận ${n}`,
    orgId: unit,
    role: 'member',
    clearance: 0,
  });
  return res.body.id as number;
};

const rows: Row[] = [
  {
    endpoint: 'GET /api/orgs/tree',
    roles: 'all',
    scoped: false,
    ok: 200,
    run: (c) => c.get('/api/orgs/tree'),
  },
  {
    endpoint: 'GET /api/orgs/{id}',
    roles: 'all',
    scoped: false,
    ok: 200,
    run: (c, u) => c.get(`/api/orgs/${u}`),
  },
  {
    endpoint: 'POST /api/orgs',
    roles: ['admin'],
    scoped: true,
    ok: 201,
    run: (c, u) =>
      c.post('/api/orgs', { name: `Chi bộ mới ${++n}`, shortCode: 'CB', kind: 'cell', parentId: u }),
  },
  {
    endpoint: 'PATCH /api/orgs/{id}',
    roles: ['admin'],
    scoped: true,
    ok: 200,
    run: async (c, u) => c.patch(`/api/orgs/${await freshUnit(u)}`, { name: `Tên mới ${++n}` }),
  },
  {
    endpoint: 'POST /api/orgs/{id}/move',
    roles: ['admin'],
    scoped: true,
    ok: 200,
    run: async (c, u) => {
      const g = await t.org(u, 'grassroots', `Đảng bộ cơ sở ${++n}`);
      return c.post(`/api/orgs/${await freshUnit(u)}/move`, { parentId: g });
    },
  },
  {
    endpoint: 'POST /api/orgs/merge',
    roles: ['admin'],
    scoped: true,
    ok: 200,
    run: async (c, u) =>
      c.post('/api/orgs/merge', {
        predecessorIds: [await freshUnit(u)],
        into: { existingId: await freshUnit(u) },
        on: todayVn(),
      }),
  },
  {
    endpoint: 'POST /api/orgs/{id}/split',
    roles: ['admin'],
    scoped: true,
    ok: 200,
    run: async (c, u) =>
      c.post(`/api/orgs/${await freshUnit(u)}/split`, {
        successors: [
          { name: `Chi bộ A${++n}`, shortCode: 'CB', kind: 'cell' },
          { name: `Chi bộ B${n}`, shortCode: 'CB', kind: 'cell' },
        ],
        on: todayVn(),
      }),
  },
  {
    endpoint: 'POST /api/orgs/{id}/dissolve',
    roles: ['admin'],
    scoped: true,
    ok: 200,
    run: async (c, u) => c.post(`/api/orgs/${await freshUnit(u)}/dissolve`, {}),
  },
  {
    endpoint: 'DELETE /api/orgs/{id}',
    roles: ['admin'],
    scoped: true,
    ok: 204,
    run: async (c, u) => c.delete(`/api/orgs/${await freshUnit(u)}`),
  },
  {
    endpoint: 'GET /api/users',
    roles: ['admin', 'leader', 'clerk'],
    scoped: false,
    ok: 200,
    run: (c) => c.get('/api/users'),
  },
  {
    endpoint: 'GET /api/users/{id}',
    roles: ['admin', 'leader', 'clerk'],
    scoped: true,
    ok: 200,
    run: async (c, u) => c.get(`/api/users/${await freshUser(u)}`),
  },
  {
    endpoint: 'POST /api/users',
    roles: ['admin'],
    scoped: true,
    ok: 201,
    run: (c, u) =>
      c.post('/api/users', {
        username: `moi.${++n}`,
        password: PASSWORD,
        fullName: 'Người Mới',
        orgId: u,
        role: 'clerk',
        clearance: 1,
      }),
  },
  {
    endpoint: 'PATCH /api/users/{id}',
    roles: ['admin'],
    scoped: true,
    ok: 200,
    run: async (c, u) => c.patch(`/api/users/${await freshUser(u)}`, { fullName: 'Tên Đã Sửa' }),
  },
  {
    endpoint: 'POST /api/users/{id}/reset-password',
    roles: ['admin'],
    scoped: true,
    ok: 204,
    run: async (c, u) =>
      c.post(`/api/users/${await freshUser(u)}/reset-password`, { newPassword: 'mat-khau-moi-cap' }),
  },
  {
    endpoint: 'POST /api/users/{id}/totp/reset',
    roles: ['admin'],
    scoped: true,
    ok: 204,
    run: async (c, u) => c.post(`/api/users/${await freshUser(u)}/totp/reset`),
  },
  { endpoint: 'GET /api/audit', roles: ['admin'], scoped: false, ok: 200, run: (c) => c.get('/api/audit') },
  {
    endpoint: 'POST /api/audit/verify',
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: (c) => c.post('/api/audit/verify'),
  },
  {
    endpoint: 'GET /api/settings',
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: (c) => c.get('/api/settings'),
  },
  {
    endpoint: 'PUT /api/settings',
    roles: ['admin'],
    scoped: false,
    ok: 200,
    run: (c) => c.put('/api/settings', { requireTotpForPrivileged: false }),
  },
  { endpoint: 'GET /api/auth/me', roles: 'all', scoped: false, ok: 200, run: (c) => c.get('/api/auth/me') },
  {
    endpoint: 'GET /api/auth/tokens',
    roles: 'all',
    scoped: false,
    ok: 200,
    run: (c) => c.get('/api/auth/tokens'),
  },
  {
    endpoint: 'POST /api/auth/tokens',
    roles: 'all',
    scoped: false,
    ok: 201,
    run: (c) => c.post('/api/auth/tokens', { name: 'ma trận' }),
  },
];

const cases = rows.flatMap((row) =>
  ROLES.flatMap((role) =>
    (row.scoped ? (['in', 'out'] as Scope[]) : (['in'] as Scope[])).map((scope) => {
      const allowed = row.roles === 'all' || row.roles.includes(role);
      const expected = !allowed ? 403 : scope === 'out' ? 404 : row.ok;
      return {
        row,
        role,
        scope,
        expected,
        label: `${row.endpoint} as ${role} (${scope} of scope) → ${expected}`,
      };
    }),
  ),
);

describe('permission matrix', () => {
  it.each(cases)('$label', async ({ row, role, scope, expected }) => {
    const actor = actors.get(role) as Client;
    const res = await row.run(actor, scope === 'in' ? home : away);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
  });

  it.each(rows.map((r) => ({ endpoint: r.endpoint, r })))(
    '$endpoint without a session → 401',
    async ({ r }) => {
      const res = await r.run(t.client(), home);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    },
  );

  it('an admin never grants a clearance above its own (secrecy bound)', async () => {
    const admin = actors.get('admin') as Client; // clearance 2
    const res = await admin.post('/api/users', {
      username: `tuyetmat.${++n}`,
      password: PASSWORD,
      fullName: 'Người Tuyệt Mật',
      orgId: home,
      role: 'leader',
      clearance: 3,
    });
    expect(res.status).toBe(422);
  });
});
