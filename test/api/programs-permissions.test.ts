// The permission matrix of programmes, tasks and schedules: every role on every endpoint, on a record
// of its own unit and on one of a sibling unit. Refused cells matter as much as allowed ones: a role
// that may never act gets 403, a record outside the actor's scope 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { ROLES, type Role } from '../../domain/roles.ts';
import { type Client, type Res, startTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let home: number;
let away: number;
const actors = new Map<Role, Client & { userId: number }>();
const owners = new Map<number, Client & { userId: number }>();
let n = 0;

beforeAll(async () => {
  t = await startTestApp();
  home = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhà');
  away = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Khác');
  for (const role of ROLES) actors.set(role, await t.as(role, home, 2));
  owners.set(home, await t.as('leader', home, 2));
  owners.set(away, await t.as('leader', away, 2));
});
afterAll(async () => {
  await t?.close();
});

const owner = (unit: number) => owners.get(unit) as Client;

async function program(unit: number, approved = false) {
  const p = await owner(unit).post('/api/programs', {
    orgId: unit,
    kind: 'month',
    title: `Chương trình tháng ${++n}`,
    startsOn: '2026-12-01',
    endsOn: '2026-12-31',
  });
  await owner(unit).post(`/api/programs/${p.body.id}/items`, { title: 'Nội dung' });
  if (approved) await owner(unit).post(`/api/programs/${p.body.id}/approve`, {});
  return p.body.id as number;
}

async function task(unit: number) {
  const res = await owner(unit).post('/api/tasks', {
    title: `Nhiệm vụ ${++n}`,
    orgId: unit,
    dueOn: todayVn(),
  });
  return res.body.id as number;
}

interface Row {
  endpoint: string;
  roles: readonly Role[] | 'all';
  /** Roles that may act in general but not on this record (403 on it, 404 when they cannot even see it). */
  notOnThis?: readonly Role[];
  ok: number;
  run: (c: Client, unit: number) => Promise<Res>;
}

const MANAGE: Role[] = ['leader', 'clerk', 'specialist'];

const rows: Row[] = [
  {
    endpoint: 'GET /api/programs/{id}',
    roles: 'all',
    ok: 200,
    run: async (c, u) => c.get(`/api/programs/${await program(u)}`),
  },
  {
    endpoint: 'POST /api/programs',
    roles: MANAGE,
    ok: 201,
    run: (c, u) =>
      c.post('/api/programs', {
        orgId: u,
        kind: 'week',
        title: 'Tuần',
        startsOn: '2026-12-07',
        endsOn: '2026-12-13',
      }),
  },
  {
    endpoint: 'POST /api/programs/{id}/items',
    roles: MANAGE,
    ok: 201,
    run: async (c, u) => c.post(`/api/programs/${await program(u)}/items`, { title: 'Mục mới' }),
  },
  {
    endpoint: 'POST /api/programs/{id}/approve',
    roles: ['leader'],
    ok: 200,
    run: async (c, u) => c.post(`/api/programs/${await program(u)}/approve`, {}),
  },
  {
    endpoint: 'GET /api/programs/{id}/copy-check',
    roles: 'all',
    ok: 200,
    run: async (c, u) => c.get(`/api/programs/${await program(u)}/copy-check`),
  },
  {
    endpoint: 'GET /api/programs/{id}/report',
    roles: 'all',
    ok: 200,
    run: async (c, u) => c.get(`/api/programs/${await program(u, true)}/report`),
  },
  {
    endpoint: 'POST /api/tasks',
    roles: MANAGE,
    ok: 201,
    run: (c, u) => c.post('/api/tasks', { title: 'Việc', orgId: u, dueOn: todayVn() }),
  },
  {
    endpoint: 'GET /api/tasks/{id}',
    roles: 'all',
    ok: 200,
    run: async (c, u) => c.get(`/api/tasks/${await task(u)}`),
  },
  {
    endpoint: 'POST /api/tasks/{id}/updates',
    // A member reports only on what is assigned to them: not this one.
    roles: [...MANAGE, 'member'],
    notOnThis: ['member'],
    ok: 201,
    run: async (c, u) => c.post(`/api/tasks/${await task(u)}/updates`, { progress: 10, note: 'x' }),
  },
  {
    endpoint: 'POST /api/tasks/{id}/extend',
    roles: MANAGE,
    ok: 200,
    run: async (c, u) =>
      c.post(`/api/tasks/${await task(u)}/extend`, { dueOn: '2099-01-01', reason: 'Lý do' }),
  },
  {
    endpoint: 'POST /api/tasks/{id}/transfer',
    roles: MANAGE,
    ok: 200,
    run: async (c, u) =>
      c.post(`/api/tasks/${await task(u)}/transfer`, { orgId: await t.org(u, 'cell'), reason: 'Lý do' }),
  },
  {
    endpoint: 'GET /api/tasks/summary',
    roles: 'all',
    ok: 200,
    run: (c, u) => c.get(`/api/tasks/summary?orgId=${u}`),
  },
  {
    endpoint: 'POST /api/schedule',
    roles: MANAGE,
    ok: 201,
    run: (c, u) =>
      c.post('/api/schedule', { orgId: u, date: '2026-12-01', startTime: '08:00', title: 'Giao ban' }),
  },
];

describe('permission matrix', () => {
  for (const row of rows) {
    it(`${row.endpoint}: every role, own unit and another unit`, async () => {
      const got: string[] = [];
      const want: string[] = [];
      for (const role of ROLES) {
        const c = actors.get(role) as Client;
        const allowed = row.roles === 'all' || row.roles.includes(role);
        const inside = await row.run(c, home);
        got.push(`${role} in ${inside.status}`);
        want.push(`${role} in ${allowed && !row.notOnThis?.includes(role) ? row.ok : 403}`);
        const outside = await row.run(c, away);
        got.push(`${role} out ${outside.status}`);
        want.push(`${role} out ${allowed ? 404 : 403}`);
      }
      expect(got).toEqual(want);
    });
  }
});
