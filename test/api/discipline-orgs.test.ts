// Discipline of party organisations: POST /api/discipline/orgs with the forms of an organisation, the
// limitation period of each form (a versioned rule of its own; giải tán has none), the authority one
// level up, the list on the unit's record, who may decide and read, and bad input that changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;

async function count(): Promise<number> {
  const r = await one<{ n: number }>(
    t.rt.database.db,
    sql`SELECT count(*)::integer AS n FROM discipline_org_decisions`,
  );
  return Number(r?.n);
}

function orgDecision(over: Record<string, unknown> = {}) {
  return {
    orgId: w.cell,
    form: 'khien_trach',
    violatedOn: '2024-03-01',
    decidedOn: '2025-06-10',
    authorityOrgId: w.ward,
    reason: 'Buông lỏng lãnh đạo, để nhiều đảng viên vi phạm',
    ...over,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  w = await inspectionWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('POST /api/discipline/orgs', () => {
  it('records a decision on a chi bộ with its authority and limitation, and the member API is unchanged', async () => {
    const res = await w.wardSpecialist.post('/api/discipline/orgs', orgDecision({ decisionNo: '15-QĐ/ĐU' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      orgId: w.cell,
      orgName: 'Chi bộ Tổ dân phố 7',
      authorityOrgId: w.ward,
      authorityName: 'Đảng ủy phường Hải Châu',
      form: 'khien_trach',
      formLabel: 'Khiển trách',
      limitationEnds: '2029-03-01',
      decisionNo: '15-QĐ/ĐU',
    });
    const got = await w.wardClerk.get(`/api/discipline/orgs/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body.id).toBe(res.body.id);
    // An organisation's form is not a member's.
    const onMember = await w.wardSpecialist.post('/api/discipline', {
      ...orgDecision({ form: 'giai_tan' }),
      memberId: w.fullMember,
    });
    expect(onMember.status).toBe(400);
  });

  it('refuses khiển trách after 5 years and cảnh cáo after 10; giải tán has no limitation', async () => {
    const before = await count();
    const late = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ violatedOn: '2015-01-01', decidedOn: '2020-01-02' }),
    );
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('limitation_expired');
    expect(late.body.error.message).toContain('5 năm');
    expect(late.body.error.message).toContain('01/01/2020');
    const warnLate = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ form: 'canh_cao', violatedOn: '2010-01-01', decidedOn: '2020-01-02' }),
    );
    expect(warnLate.body.error.code).toBe('limitation_expired');
    expect(await count()).toBe(before);
    const edge = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ form: 'canh_cao', violatedOn: '2010-01-01', decidedOn: '2020-01-01' }),
    );
    expect(edge.status).toBe(201);
    const dissolve = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ form: 'giai_tan', violatedOn: '1990-01-01', decidedOn: '2025-01-02' }),
    );
    expect(dissolve.status).toBe(201);
    expect(dissolve.body.limitationEnds).toBeNull();
  });

  it('reads the organisations’ limitation rule in force on the day of the decision', async () => {
    const v = await t.admin.post('/api/rules/inspections.org_limitation_years/versions', {
      value: { khien_trach: 2, canh_cao: 10 },
      source: 'Văn bản thử nghiệm sửa đổi thời hiệu',
      effectiveFrom: '2031-01-01',
    });
    expect(v.status).toBe(201);
    const before = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ violatedOn: '2027-06-01', decidedOn: '2030-12-31' }),
    );
    expect(before.status).toBe(201);
    const after = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ violatedOn: '2028-06-01', decidedOn: '2031-01-05' }),
    );
    expect(after.status).toBe(422);
    expect(after.body.error.message).toContain('2 năm');
  });

  it('checks the authority (in scope, strictly above) and that the unit is a party organisation', async () => {
    const before = await count();
    const itself = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ authorityOrgId: w.cell }),
    );
    expect(itself.status).toBe(422);
    expect(itself.body.error.code).toBe('authority_not_above');
    const self = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ orgId: w.ward, authorityOrgId: w.ward }),
    );
    expect(self.body.error.code).toBe('authority_not_above');
    const sideways = await w.wardSpecialist.post(
      '/api/discipline/orgs',
      orgDecision({ authorityOrgId: w.ukt }),
    );
    expect(sideways.body.error.code).toBe('authority_not_above');
    const board = await w.wardSpecialist.post('/api/discipline/orgs', orgDecision({ orgId: w.ukt }));
    expect(board.status).toBe(422);
    expect(board.body.error.code).toBe('not_party_organisation');
    const outside = await w.wardSpecialist.post('/api/discipline/orgs', orgDecision({ orgId: w.otherWard }));
    expect(outside.status).toBe(404);
    const stranger = await w.otherLeader.post('/api/discipline/orgs', orgDecision());
    expect(stranger.status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('refuses bad input in Vietnamese and changes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [orgDecision({ form: 'cach_chuc' }), 'Hình thức kỷ luật'],
      [orgDecision({ form: 'khai_tru' }), 'Hình thức kỷ luật'],
      [orgDecision({ decidedOn: '2020-01-01', violatedOn: '2021-01-01' }), 'Ngày quyết định'],
      [orgDecision({ reason: '' }), 'Nội dung vi phạm'],
      [orgDecision({ violatedOn: '31/12/2020' }), 'Ngày vi phạm'],
      [orgDecision({ orgId: 'x' }), 'Đơn vị'],
      [orgDecision({ authorityOrgId: undefined }), 'Cấp có thẩm quyền'],
    ];
    for (const [body, label] of cases) {
      const res = await w.wardSpecialist.post('/api/discipline/orgs', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toContain(label);
    }
    const missing = await w.wardSpecialist.post('/api/discipline/orgs', orgDecision({ orgId: 999999 }));
    expect(missing.status).toBe(404);
    expect((await w.wardClerk.get('/api/discipline/orgs')).status).toBe(400);
    expect((await w.wardClerk.get('/api/discipline/orgs/999999')).status).toBe(404);
    expect(await count()).toBe(before);
  });
});

describe('who may decide and read', () => {
  it('permission matrix: every role, allowed and refused', async () => {
    const roles = {
      admin: t.admin,
      leader: w.wardLeader,
      clerk: w.wardClerk,
      specialist: w.wardSpecialist,
      member: w.memberUser,
    };
    const decideExpected = { admin: 403, leader: 201, clerk: 403, specialist: 201, member: 403 };
    for (const [role, c] of Object.entries(roles)) {
      const res = await c.post('/api/discipline/orgs', orgDecision({ decidedOn: '2025-07-01' }));
      expect(res.status, role).toBe(decideExpected[role as keyof typeof decideExpected]);
      const list = await c.get(`/api/discipline/orgs?orgId=${w.cell}`);
      expect(list.status, role).toBe(200);
    }
    expect((await t.client().get(`/api/discipline/orgs?orgId=${w.cell}`)).status).toBe(401);
    expect((await t.client().post('/api/discipline/orgs', orgDecision())).status).toBe(401);
  });

  it('shows the decisions on the unit’s record: its people and those above, not another ward', async () => {
    const cell = await w.memberUser.get(`/api/discipline/orgs?orgId=${w.cell}`);
    expect(cell.body.items.length).toBeGreaterThan(0);
    expect(cell.body.items.every((d: { orgId: number }) => d.orgId === w.cell)).toBe(true);
    const ward = await w.wardClerk.get(`/api/discipline/orgs?orgId=${w.ward}`);
    expect(ward.body.items.length).toBeGreaterThanOrEqual(cell.body.items.length);
    expect(ward.body.items.map((d: { id: number }) => d.id)).toEqual(
      expect.arrayContaining(cell.body.items.map((d: { id: number }) => d.id)),
    );
    expect((await w.otherLeader.get(`/api/discipline/orgs?orgId=${w.cell}`)).status).toBe(404);
    const id = cell.body.items[0].id;
    expect((await w.otherLeader.get(`/api/discipline/orgs/${id}`)).status).toBe(404);
    // A member of the chi bộ reads the decision on it; not the ward's list above their scope.
    expect((await w.memberUser.get(`/api/discipline/orgs/${id}`)).status).toBe(200);
    expect((await w.memberUser.get(`/api/discipline/orgs?orgId=${w.ward}`)).status).toBe(404);
  });
});
