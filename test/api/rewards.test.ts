// Awards: a proposal is checked against the criteria in force and against discipline (each failed
// criterion named); the council's vote; the decision with its number enters the registry; revocation;
// the lists in Word and Excel. The unit review computes its task criterion from the task tracker and
// shares the members area's rating. Every role, and bad input that changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, renderDocx, SOFFICE } from '../office/pdf.ts';
import { decision, type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';
import { download } from './members-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;
let cleanCell: number;
let proposalId: number;

async function rateExcellent(memberId: number, from: number, to: number) {
  for (let year = from; year <= to; year++) {
    const res = await t.admin.put(`/api/members/${memberId}/ratings`, {
      year,
      generalScore: 29,
      resultScore: 66,
      allTasksOnTime: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
}

async function count(): Promise<number> {
  const r = await one<{ n: number }>(
    t.rt.database.db,
    sql`SELECT count(*)::integer AS n FROM reward_proposals`,
  );
  return Number(r?.n);
}

function proposal(over: Record<string, unknown> = {}) {
  return {
    orgId: w.ward,
    kind: 'bang_khen',
    year: 2025,
    memberId: w.ownMember,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2021–2025)',
    ...over,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  w = await inspectionWorld(t);
  cleanCell = await t.org(w.ward, 'cell', 'Chi bộ Tổ dân phố 9', 'CB');
  await rateExcellent(w.ownMember, 2021, 2025);
  await rateExcellent(w.fullMember, 2021, 2025);
});
afterAll(async () => {
  await t?.close();
});

describe('proposals', () => {
  it('a member rated excellent 5 years running and never disciplined is proposed', async () => {
    const mv = await w.wardClerk.post('/api/rewards/movements', {
      orgId: w.ward,
      title: 'Thi đua xây dựng chi bộ trong sạch, vững mạnh 2021–2025',
      criteria: 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền',
      startsOn: '2021-01-01',
      endsOn: '2025-12-31',
    });
    expect(mv.status).toBe(201);
    const res = await w.wardClerk.post('/api/rewards/proposals', proposal({ movementId: mv.body.id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'submitted',
      failures: [],
      kindLabel: 'Bằng khen',
      subjectName: 'Phạm Văn Dũng',
    });
    proposalId = res.body.id;
  });

  it('a disciplined member is refused, the reason named', async () => {
    const d = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { decidedOn: '2025-10-20', form: 'canh_cao' }),
    );
    expect(d.status).toBe(201);
    const res = await w.wardClerk.post('/api/rewards/proposals', proposal({ memberId: w.fullMember }));
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('refused');
    expect(res.body.failures).toEqual([
      expect.objectContaining({
        code: 'discipline',
        message: expect.stringContaining('cảnh cáo ngày 20/10/2025'),
      }),
    ]);
    const council = await w.wardLeader.post(`/api/rewards/proposals/${res.body.id}/council`, {
      on: '2025-12-01',
      members: 7,
      votesFor: 7,
      votesAgainst: 0,
    });
    expect(council.status).toBe(422);
    expect(council.body.error.code).toBe('criteria_not_met');
  });

  it('names the year that broke the run, and the criteria of flags and medals', async () => {
    const res = await w.wardClerk.post('/api/rewards/proposals', proposal({ memberId: w.probationary }));
    expect(res.body.status).toBe('refused');
    expect(res.body.failures[0].message).toContain('năm 2021: chưa xếp loại');
    const flag = await w.wardClerk.post('/api/rewards/proposals', proposal({ kind: 'co_thi_dua' }));
    expect(flag.body.failures.map((f: { code: string }) => f.code)).toEqual(['collective_only']);
    const medal = await w.wardClerk.post('/api/rewards/proposals', proposal({ kind: 'ky_niem_chuong' }));
    expect(medal.body.status).toBe('submitted');
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await count();
    const bad: [Record<string, unknown>, number][] = [
      [proposal({ kind: 'huan_chuong' }), 400],
      [proposal({ memberId: undefined }), 400],
      [proposal({ subjectOrgId: w.cell }), 400],
      [proposal({ achievement: '' }), 400],
      [proposal({ year: 1800 }), 400],
      [proposal({ orgId: w.otherWard }), 404],
      [proposal({ memberId: 999999 }), 404],
      [proposal({ orgId: w.cell, memberId: w.ownMember, subjectOrgId: undefined, kind: 'giay_khen' }), 201],
    ];
    for (const [body, status] of bad.slice(0, -1)) {
      const res = await w.wardClerk.post('/api/rewards/proposals', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toBeTruthy();
    }
    expect(await count()).toBe(before);
  });
});

describe('council, decision, registry', () => {
  it('the council votes, the decision enters the registry, a false declaration revokes it', async () => {
    const early = await w.wardLeader.post(`/api/rewards/proposals/${proposalId}/decision`, {
      decisionNo: '120-QĐ/ĐU',
      decidedOn: '2025-12-20',
    });
    expect(early.body.error.code).toBe('not_approved');
    expect(
      (
        await w.wardLeader.post(`/api/rewards/proposals/${proposalId}/council`, {
          on: '2025-12-10',
          members: 7,
          votesFor: 5,
          votesAgainst: 4,
        })
      ).status,
    ).toBe(400);
    const vote = await w.wardLeader.post(`/api/rewards/proposals/${proposalId}/council`, {
      on: '2025-12-10',
      members: 7,
      votesFor: 6,
      votesAgainst: 1,
    });
    expect(vote.body.status).toBe('approved');
    const dec = await w.wardLeader.post(`/api/rewards/proposals/${proposalId}/decision`, {
      decisionNo: '120-QĐ/ĐU',
      decidedOn: '2025-12-20',
    });
    expect(dec.body).toMatchObject({ status: 'decided', decisionNo: '120-QĐ/ĐU', decidedOn: '2025-12-20' });
    const reg = await w.wardClerk.get(`/api/rewards/awards?memberId=${w.ownMember}`);
    expect(reg.body.items).toHaveLength(1);
    const award = reg.body.items[0];
    expect(award).toMatchObject({ kindLabel: 'Bằng khen', subjectName: 'Phạm Văn Dũng', revokedOn: null });
    expect(
      (await w.wardClerk.post(`/api/rewards/awards/${award.id}/revoke`, { on: '2026-01-05', reason: 'x' }))
        .status,
    ).toBe(403);
    const rev = await w.wardLeader.post(`/api/rewards/awards/${award.id}/revoke`, {
      on: '2026-01-05',
      reason: 'Kê khai thành tích không trung thực',
    });
    expect(rev.body.revokedOn).toBe('2026-01-05');
    expect(
      (await w.wardLeader.post(`/api/rewards/awards/${award.id}/revoke`, { on: '2026-01-06', reason: 'y' }))
        .status,
    ).toBe(409);
    expect((await w.otherLeader.get(`/api/rewards/awards?memberId=${w.ownMember}`)).body.items).toEqual([]);
  });

  it('gives the list in Word (as printed) and Excel', { timeout: CONVERT_TIMEOUT_MS }, async () => {
    const docx = await download(t, w.wardClerk, `/api/rewards/awards.docx?orgId=${w.ward}&year=2025`);
    expect(docx.status).toBe(200);
    expect(docx.type).toContain('wordprocessingml');
    const xlsx = await download(t, w.wardClerk, `/api/rewards/awards.xlsx?orgId=${w.ward}&year=2025`);
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(5).getCell(2).value).toBe('Phạm Văn Dũng');
    expect(String(ws?.getRow(5).getCell(7).value)).toContain('Thu hồi');
    if (!SOFFICE) return;
    const printed = (await renderDocx({ 'khen-thuong.docx': docx.body }))['khen-thuong.docx'];
    const text = (printed?.all ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Phạm Văn Dũng');
    expect(text).toContain('120-QĐ/ĐU');
  });

  it('permission matrix: every role, allowed and refused', async () => {
    const member = w.memberUser;
    const cells: [string, typeof t.admin, number, number][] = [
      ['admin', t.admin, 403, 403],
      ['leader', w.wardLeader, 201, 200],
      ['clerk', w.wardClerk, 201, 200],
      ['specialist', w.wardSpecialist, 201, 200],
      ['member', member, 403, 403],
    ];
    for (const [role, c, propose, read] of cells) {
      const res = await c.post('/api/rewards/proposals', proposal({ kind: 'ky_niem_chuong' }));
      expect(res.status, role).toBe(propose);
      expect((await c.get('/api/rewards/proposals')).status, role).toBe(read);
    }
  });
});

describe('the unit review', () => {
  it('computes the task criterion from the tracker and shares the rating', {
    timeout: CONVERT_TIMEOUT_MS,
  }, async () => {
    for (const [title, doneOn] of [
      ['Báo cáo sơ kết', '2025-03-20'],
      ['Báo cáo tổng kết', '2025-12-10'],
    ] as const) {
      const task = await w.wardLeader.post('/api/tasks', {
        title,
        orgId: cleanCell,
        dueOn: title.includes('sơ') ? '2025-03-31' : '2025-12-15',
      });
      expect(task.status).toBe(201);
      await w.wardLeader.post(`/api/tasks/${task.body.id}/updates`, {
        progress: 100,
        note: 'Xong',
        product: 'Báo cáo',
      });
      await t.rt.database.db.execute(
        sql`UPDATE tasks SET done_on = ${doneOn}::date WHERE id = ${task.body.id}`,
      );
    }
    const review = await w.wardClerk.get(`/api/reviews/units/${cleanCell}?year=2025`);
    expect(review.status).toBe(200);
    expect(review.body.tasks).toMatchObject({ due: 2, doneOnTime: 2, onTimePercent: 100, allOnTime: true });
    expect(review.body.rating).toBeNull();
    const rated = await w.wardLeader.post(`/api/reviews/units/${cleanCell}`, {
      year: 2025,
      generalScore: 28,
      resultScore: 65,
      committeeCategory: 'xuat_sac',
    });
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    expect(rated.body.rating).toMatchObject({
      proposedGrade: 'xuat_sac',
      decidedGrade: 'xuat_sac',
      total: 93,
    });
    // The members area's sheet reads the same rating.
    const s = await w.wardClerk.get(`/api/members/ratings?orgId=${cleanCell}&year=2025`);
    expect(s.body.orgRatings[0]).toMatchObject({
      orgId: cleanCell,
      allTasksOnTime: true,
      committeeCategory: 'xuat_sac',
    });
    // A unit with a late task, or a disciplined member, is not rated excellent.
    const late = await w.wardLeader.post('/api/tasks', {
      title: 'Báo cáo quý',
      orgId: cleanCell,
      dueOn: '2025-06-30',
    });
    await w.wardLeader.post(`/api/tasks/${late.body.id}/updates`, {
      progress: 100,
      note: 'Xong',
      product: 'Báo cáo',
    });
    await t.rt.database.db.execute(sql`UPDATE tasks SET done_on = '2025-07-09' WHERE id = ${late.body.id}`);
    const again = await w.wardClerk.get(`/api/reviews/units/${cleanCell}?year=2025`);
    expect(again.body.tasks).toMatchObject({
      due: 3,
      doneOnTime: 2,
      doneLate: 1,
      onTimePercent: 66.7,
      allOnTime: false,
    });
    const refused = await w.wardLeader.post(`/api/reviews/units/${cleanCell}`, {
      year: 2025,
      generalScore: 28,
      resultScore: 65,
      committeeCategory: 'xuat_sac',
    });
    expect(refused.body.error.code).toBe('rating_requires_tasks_on_time');
    const disciplined = await w.wardLeader.post(`/api/reviews/units/${w.cell}`, {
      year: 2025,
      generalScore: 28,
      resultScore: 65,
      committeeCategory: 'xuat_sac',
    });
    expect(disciplined.body.error.code).toBe('rating_discipline');
    expect((await w.memberUser.get(`/api/reviews/units/${w.cell}?year=2025`)).status).toBe(403);
    const word = await download(t, w.wardClerk, `/api/reviews/units/${cleanCell}/mau-01.docx?year=2025`);
    expect(word.status).toBe(200);
    expect(word.type).toContain('wordprocessingml');
    if (!SOFFICE) return;
    const printed = (await renderDocx({ 'mau-01.docx': word.body }))['mau-01.docx'];
    const text = (printed?.all ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Hoàn thành đúng hạn');
    expect(text).toContain('2 (66,7%)');
    expect(text).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });
});
