// Discipline: POST /api/discipline with the limitation period of each form (a versioned rule), the
// forms a probationary member may receive, the authority, appeals with their deadline, state bodies'
// notices against the 5-day rule, who may decide (every role), and bad input that changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { decision, type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;

async function count(): Promise<number> {
  const r = await one<{ n: number }>(
    t.rt.database.db,
    sql`SELECT count(*)::integer AS n FROM discipline_decisions`,
  );
  return Number(r?.n);
}

beforeAll(async () => {
  t = await startTestApp();
  w = await inspectionWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('POST /api/discipline', () => {
  it('records a decision with its authority, limitation and appeal deadline', async () => {
    const res = await w.wardSpecialist.post('/api/discipline', decision(w, { decisionNo: '12-QĐ/UBKT' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      memberId: w.fullMember,
      memberName: 'Trần Văn Bình',
      orgId: w.cell,
      authorityOrgId: w.ward,
      authorityName: 'Đảng ủy phường Hải Châu',
      form: 'khien_trach',
      formLabel: 'Khiển trách',
      limitationEnds: '2029-03-01',
      appealDue: '2025-07-10',
      decisionNo: '12-QĐ/UBKT',
    });
  });

  it('refuses khiển trách after 5 years, keeps cảnh cáo within 10 and khai trừ without limit', async () => {
    const before = await count();
    const late = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { violatedOn: '2015-01-01', decidedOn: '2020-01-02' }),
    );
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('limitation_expired');
    expect(late.body.error.message).toContain('5 năm');
    expect(await count()).toBe(before);
    // The last day of the period is still within it.
    const edge = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { violatedOn: '2015-01-01', decidedOn: '2020-01-01' }),
    );
    expect(edge.status).toBe(201);
    const warn = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { form: 'canh_cao', violatedOn: '2012-01-01', decidedOn: '2021-12-31' }),
    );
    expect(warn.status).toBe(201);
    const dismissal = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { form: 'cach_chuc', violatedOn: '2010-01-01', decidedOn: '2020-01-02' }),
    );
    expect(dismissal.body.error.code).toBe('limitation_expired');
    const expel = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { form: 'khai_tru', violatedOn: '1995-01-01', decidedOn: '2025-01-02' }),
    );
    expect(expel.status).toBe(201);
    expect(expel.body.limitationEnds).toBeNull();
  });

  it('reads the limitation period in force on the day of the decision (a new version applies from its date)', async () => {
    const v = await t.admin.post('/api/rules/inspections.limitation_years/versions', {
      value: { khien_trach: 3, canh_cao: 10, cach_chuc: 10 },
      source: 'Văn bản thử nghiệm sửa đổi thời hiệu',
      effectiveFrom: '2030-01-01',
    });
    expect(v.status).toBe(201);
    const old = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { violatedOn: '2025-01-01', decidedOn: '2029-12-31' }),
    );
    expect(old.status).toBe(201);
    const after = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { violatedOn: '2026-06-01', decidedOn: '2030-01-05' }),
    );
    expect(after.status).toBe(422);
    expect(after.body.error.code).toBe('limitation_expired');
    expect(after.body.error.message).toContain('3 năm');
  });

  it('gives a probationary member only khiển trách or cảnh cáo', async () => {
    for (const form of ['cach_chuc', 'khai_tru']) {
      const res = await w.wardSpecialist.post(
        '/api/discipline',
        decision(w, { memberId: w.probationary, form }),
      );
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('form_not_allowed');
    }
    const ok = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { memberId: w.probationary, form: 'canh_cao', violatedOn: '2025-06-01' }),
    );
    expect(ok.status).toBe(201);
  });

  it('checks the authority: in scope (404 otherwise) and above the member (422)', async () => {
    const before = await count();
    const outside = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { authorityOrgId: w.otherWard }),
    );
    expect(outside.status).toBe(404);
    const below = await w.wardSpecialist.post('/api/discipline', decision(w, { authorityOrgId: w.ukt }));
    const boardOnly = await w.uktSpecialist.post('/api/discipline', decision(w, { authorityOrgId: w.ukt }));
    expect(boardOnly.status).toBe(404);
    expect(below.status).toBe(422);
    expect(below.body.error.code).toBe('authority_not_above');
    const stranger = await w.otherLeader.post(
      '/api/discipline',
      decision(w, { authorityOrgId: w.otherWard }),
    );
    expect(stranger.status).toBe(404);
    expect(await count()).toBe(before);
  });

  it('refuses bad input in Vietnamese and changes nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [decision(w, { form: 'giai_tan' }), 'Hình thức kỷ luật'],
      [decision(w, { decidedOn: '2020-01-01', violatedOn: '2021-01-01' }), 'Ngày quyết định'],
      [decision(w, { reason: '' }), 'Nội dung vi phạm'],
      [decision(w, { violatedOn: '31/12/2020' }), 'Ngày vi phạm'],
      [decision(w, { memberId: 'x' }), 'Đảng viên'],
    ];
    for (const [body, label] of cases) {
      const res = await w.wardSpecialist.post('/api/discipline', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toContain(label);
    }
    const missing = await w.wardSpecialist.post('/api/discipline', decision(w, { memberId: 999999 }));
    expect(missing.status).toBe(404);
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
    const readExpected = { admin: 200, leader: 200, clerk: 200, specialist: 200, member: 400 };
    for (const [role, c] of Object.entries(roles)) {
      const res = await c.post('/api/discipline', decision(w, { decidedOn: '2025-07-01' }));
      expect(res.status, role).toBe(decideExpected[role as keyof typeof decideExpected]);
      const list = await c.get(`/api/discipline?orgId=${w.ward}`);
      expect(list.status, role).toBe(readExpected[role as keyof typeof readExpected]);
    }
    expect((await t.client().get('/api/discipline')).status).toBe(401);
  });

  it('shows the decisions on a member record to the member, not those of others', async () => {
    const own = await w.wardSpecialist.post('/api/discipline', decision(w, { memberId: w.ownMember }));
    expect(own.status).toBe(201);
    const mine = await w.memberUser.get(`/api/discipline?memberId=${w.ownMember}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((d: { id: number }) => d.id)).toEqual([own.body.id]);
    expect((await w.memberUser.get(`/api/discipline?memberId=${w.fullMember}`)).status).toBe(404);
    expect((await w.memberUser.get(`/api/discipline/${own.body.id}`)).status).toBe(200);
    expect((await w.otherLeader.get(`/api/discipline/${own.body.id}`)).status).toBe(404);
    const byMember = await w.wardClerk.get(`/api/discipline?memberId=${w.fullMember}`);
    expect(byMember.body.items.length).toBeGreaterThanOrEqual(4);
    expect(byMember.body.items.every((d: { memberId: number }) => d.memberId === w.fullMember)).toBe(true);
  });
});

describe('appeals and state notices', () => {
  it('takes an appeal within its deadline, refuses a late or second one, records the outcome', async () => {
    const d = await w.wardSpecialist.post('/api/discipline', decision(w, { decidedOn: '2025-08-01' }));
    const late = await w.wardSpecialist.post(`/api/discipline/${d.body.id}/appeal`, {
      appealedOn: '2025-09-01',
      note: 'Đảng viên khiếu nại',
    });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('appeal_late');
    const ok = await w.wardSpecialist.post(`/api/discipline/${d.body.id}/appeal`, {
      appealedOn: '2025-08-31',
      note: 'Đảng viên khiếu nại',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.appealedOn).toBe('2025-08-31');
    const again = await w.wardSpecialist.post(`/api/discipline/${d.body.id}/appeal`, {
      appealedOn: '2025-08-20',
      note: 'lần hai',
    });
    expect(again.status).toBe(409);
    const out = await w.wardLeader.post(`/api/discipline/${d.body.id}/appeal/outcome`, { outcome: 'upheld' });
    expect(out.status).toBe(200);
    expect(out.body.appealOutcome).toBe('upheld');
  });

  it('registers a state body notice and says whether it came within 5 days', async () => {
    const onTime = await w.wardSpecialist.post('/api/discipline/notices', {
      memberId: w.fullMember,
      stateBody: 'UBND phường Hải Châu',
      form: 'Khiển trách (kỷ luật hành chính)',
      decidedOn: '2025-10-01',
      receivedOn: '2025-10-06',
    });
    expect(onTime.status).toBe(201);
    expect(onTime.body).toMatchObject({ dueOn: '2025-10-06', late: false, daysLate: 0 });
    const late = await w.wardSpecialist.post('/api/discipline/notices', {
      memberId: w.fullMember,
      stateBody: 'Sở Tài chính',
      form: 'Cảnh cáo',
      decidedOn: '2025-10-01',
      receivedOn: '2025-10-09',
    });
    expect(late.body).toMatchObject({ late: true, daysLate: 3 });
    const list = await w.wardSpecialist.get(`/api/discipline/notices?memberId=${w.fullMember}`);
    expect(list.body.items).toHaveLength(2);
    const bad = await w.wardSpecialist.post('/api/discipline/notices', {
      memberId: w.fullMember,
      stateBody: 'Sở Tài chính',
      form: 'Cảnh cáo',
      decidedOn: '2025-10-09',
      receivedOn: '2025-10-01',
    });
    expect(bad.status).toBe(400);
  });
});
