// Inspection and supervision cases: Mật by default and seen only by the inspection committee's own
// people, the team and the leaders with scope; the complainant never shown to the subject; the
// three stages, the self-report, the conclusion with remedies, and the discipline decision that
// follows a concluded case; bad input that changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { decision, type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';
import { member } from './members-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;
let caseId: number;

async function count(): Promise<number> {
  const r = await one<{ n: number }>(
    t.rt.database.db,
    sql`SELECT count(*)::integer AS n FROM inspection_cases`,
  );
  return Number(r?.n);
}

function complaint(over: Record<string, unknown> = {}) {
  return {
    orgId: w.ukt,
    kind: 'complaint',
    title: 'Giải quyết tố cáo đối với đảng viên Trần Văn Bình',
    subjectMemberId: w.fullMember,
    complainant: 'Nguyễn Thị Hoa, tổ dân phố 7',
    decisionNo: '05-QĐ/UBKT',
    decidedOn: '2025-09-01',
    preparationFrom: '2025-09-03',
    selfReportDue: '2025-09-20',
    teamUserIds: [w.uktSpecialist.userId, w.wardSpecialist.userId],
    leadUserId: w.uktSpecialist.userId,
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

describe('a case and who sees it', () => {
  it('opens a complaint case, Mật by default, with its team', async () => {
    const res = await w.wardSpecialist.post('/api/inspections/cases', complaint());
    expect(res.status).toBe(201);
    caseId = res.body.id;
    expect(res.body).toMatchObject({
      kind: 'complaint',
      kindLabel: 'Giải quyết tố cáo',
      stage: 'preparation',
      secrecy: 1,
      subjectName: 'Trần Văn Bình',
      complainant: 'Nguyễn Thị Hoa, tổ dân phố 7',
    });
    expect(res.body.team.map((m: { lead: boolean }) => m.lead)).toEqual([true, false]);
  });

  it('shows the case to the committee, the team and leaders with scope; 404 to the others', async () => {
    const otherSpecialist = await t.as('specialist', w.ward, 2);
    const cityLeader = await t.as('leader', w.city, 2);
    const lowLeader = await t.as('leader', w.ward, 0);
    const committee = await t.as('clerk', w.ukt, 1);
    const expected: [string, Client, number][] = [
      ['team (board)', w.uktSpecialist, 200],
      ['team (ward)', w.wardSpecialist, 200],
      ['committee clerk', committee, 200],
      ['ward leader', w.wardLeader, 200],
      ['city leader', cityLeader, 200],
      ['leader without clearance', lowLeader, 404],
      ['ward specialist not on the team', otherSpecialist, 404],
      ['ward clerk', w.wardClerk, 404],
      ['other ward leader', w.otherLeader, 404],
    ];
    for (const [who, c, status] of expected) {
      expect((await c.get(`/api/inspections/cases/${caseId}`)).status, who).toBe(status);
      const list = await c.get('/api/inspections/cases');
      const ids = (list.body.items ?? []).map((x: { id: number }) => x.id);
      expect(ids.includes(caseId), who).toBe(status === 200);
    }
    expect((await w.memberUser.get(`/api/inspections/cases/${caseId}`)).status).toBe(403);
    expect((await t.admin.get(`/api/inspections/cases/${caseId}`)).status).toBe(403);
  });

  it('never shows the complainant to the subject', async () => {
    const subjectLeader = await t.as('leader', w.ward, 2);
    const subject = await member(t.admin, w.cell, {
      fullName: 'Đỗ Văn Em',
      admittedOn: '2000-02-03',
      userId: subjectLeader.userId,
    });
    const res = await w.wardSpecialist.post(
      '/api/inspections/cases',
      complaint({ subjectMemberId: subject }),
    );
    expect(res.status).toBe(201);
    const seen = await subjectLeader.get(`/api/inspections/cases/${res.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.complainant).toBeNull();
    expect(JSON.stringify(seen.body)).not.toContain('Nguyễn Thị Hoa');
    expect((await w.wardLeader.get(`/api/inspections/cases/${res.body.id}`)).body.complainant).toBe(
      'Nguyễn Thị Hoa, tổ dân phố 7',
    );
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await count();
    const bad: [Record<string, unknown>, number, string][] = [
      [complaint({ complainant: undefined }), 400, 'Người tố cáo'],
      [complaint({ kind: 'audit' }), 400, 'Loại'],
      [complaint({ leadUserId: w.wardLeader.userId }), 400, 'Trưởng đoàn'],
      [complaint({ subjectMemberId: undefined }), 400, 'Đối tượng'],
      [complaint({ preparationFrom: '2025-08-01' }), 400, 'chuẩn bị'],
      [complaint({ teamUserIds: [] }), 400, 'Đoàn kiểm tra'],
      [complaint({ teamUserIds: [w.uktSpecialist.userId, 999999] }), 400, 'Đoàn kiểm tra'],
      [complaint({ secrecy: 3 }), 403, 'độ mật'],
      [complaint({ orgId: w.otherWard }), 404, ''],
    ];
    for (const [body, status, text] of bad) {
      const res = await w.wardSpecialist.post('/api/inspections/cases', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toContain(text);
    }
    expect((await w.wardClerk.post('/api/inspections/cases', complaint())).status).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('from opening to conclusion and discipline', () => {
  it('runs the three stages, takes the self-report, concludes with remedies', async () => {
    const early = await w.wardSpecialist.post('/api/discipline', decision(w, { caseId }));
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('case_not_concluded');
    expect(
      (
        await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/conclusion`, {
          on: '2025-10-01',
          conclusion: 'x',
          violationFound: true,
        })
      ).status,
    ).toBe(422);
    const back = await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/stage`, { on: '2025-09-01' });
    expect(back.status).toBe(400);
    const conduct = await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/stage`, {
      on: '2025-09-10',
    });
    expect(conduct.body).toMatchObject({ stage: 'conduct', conductFrom: '2025-09-10' });
    const report = await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/self-report`, {
      on: '2025-09-18',
    });
    expect(report.body).toMatchObject({ selfReportOn: '2025-09-18', selfReportOverdue: false });
    const concl = await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/stage`, { on: '2025-10-01' });
    expect(concl.body.stage).toBe('conclusion');
    expect(concl.body.can.conclude).toBe(true);
    const done = await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/conclusion`, {
      on: '2025-10-15',
      conclusion: 'Tố cáo đúng một phần; đảng viên vi phạm quy định về kê khai tài sản.',
      violationFound: true,
      remedies: [{ content: 'Kê khai bổ sung tài sản', dueOn: '2025-11-30' }],
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ stage: 'closed', closedOn: '2025-10-15', violationFound: true });
    expect(done.body.remedies).toHaveLength(1);
    expect(done.body.remedies[0].overdue).toBe(true);
    const fixed = await w.uktSpecialist.post(
      `/api/inspections/cases/${caseId}/remedies/${done.body.remedies[0].id}/done`,
      { on: '2025-11-20' },
    );
    expect(fixed.body.remedies[0]).toMatchObject({ doneOn: '2025-11-20', overdue: false });
    expect(
      (await w.uktSpecialist.post(`/api/inspections/cases/${caseId}/stage`, { on: '2025-12-01' })).status,
    ).toBe(422);
  });

  it('a discipline decision follows the concluded case, for its subject only', async () => {
    const other = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { caseId, memberId: w.ownMember }),
    );
    expect(other.body.error.code).toBe('case_other_subject');
    const res = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { caseId, form: 'canh_cao', decidedOn: '2025-10-20' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.caseId).toBe(caseId);
    const hidden = await w.wardClerk.post('/api/discipline', decision(w, { caseId }));
    expect(hidden.status).toBe(403);
  });
});

describe('annual programmes', () => {
  it('issues a programme with items for units and members, within the issuer only', async () => {
    const body = {
      orgId: w.ward,
      issuer: 'inspection_committee',
      year: 2026,
      title: 'Chương trình kiểm tra, giám sát năm 2026',
      items: [
        {
          kind: 'supervision',
          content: 'Giám sát việc thực hiện nghị quyết sinh hoạt chi bộ',
          subjectOrgId: w.cell,
          periodFrom: '2026-03-01',
          periodTo: '2026-06-30',
        },
        {
          kind: 'inspection',
          content: 'Kiểm tra việc kê khai tài sản',
          subjectMemberId: w.fullMember,
          periodFrom: '2026-07-01',
          periodTo: '2026-09-30',
        },
      ],
    };
    const res = await w.wardSpecialist.post('/api/inspections/programmes', body);
    expect(res.status).toBe(201);
    expect(res.body.items.map((i: { subjectName: string }) => i.subjectName)).toEqual([
      'Chi bộ Tổ dân phố 7',
      'Trần Văn Bình',
    ]);
    expect(res.body.issuerLabel).toBe('Ủy ban kiểm tra');
    const outside = await w.wardSpecialist.post('/api/inspections/programmes', {
      ...body,
      orgId: w.cell,
      items: [{ ...body.items[0], subjectOrgId: w.ward }],
    });
    expect(outside.body.error.code).toBe('outside_issuer');
    const reversed = await w.wardSpecialist.post('/api/inspections/programmes', {
      ...body,
      items: [{ ...body.items[0], periodTo: '2026-01-01' }],
    });
    expect(reversed.status).toBe(400);
    expect((await w.wardClerk.get(`/api/inspections/programmes?orgId=${w.ward}`)).body.items).toHaveLength(1);
    expect((await w.otherLeader.get(`/api/inspections/programmes/${res.body.id}`)).status).toBe(404);
    expect((await w.wardClerk.post('/api/inspections/programmes', body)).status).toBe(403);
  });
});
