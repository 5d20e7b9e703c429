// A collective's award proposal and the discipline of that organisation: a decision in force in the
// years the criterion counts (from its day, for the years the rule «rewards.org_discipline_years» gives
// its form) refuses the proposal, named; one whose term ended before those years does not; the rule
// is data; a unit outside the account's scope is 404.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;

async function excellentUnit(name: string): Promise<number> {
  const id = await t.org(w.ward, 'cell', name, 'CB');
  // «Hoàn thành xuất sắc» needs every task of the year done on time: one, done on time.
  const task = await w.wardLeader.post('/api/tasks', {
    title: 'Báo cáo tổng kết',
    orgId: id,
    dueOn: '2025-12-15',
  });
  expect(task.status).toBe(201);
  await w.wardLeader.post(`/api/tasks/${task.body.id}/updates`, {
    progress: 100,
    note: 'Xong',
    product: 'Báo cáo',
  });
  await t.rt.database.db.execute(sql`UPDATE tasks SET done_on = '2025-12-10' WHERE id = ${task.body.id}`);
  const rated = await w.wardLeader.post(`/api/reviews/units/${id}`, {
    year: 2025,
    generalScore: 28,
    resultScore: 65,
    committeeCategory: 'xuat_sac',
  });
  expect(rated.status, JSON.stringify(rated.body)).toBe(200);
  return id;
}

async function discipline(orgId: number, form: string, violatedOn: string, decidedOn: string) {
  const res = await w.wardSpecialist.post('/api/discipline/orgs', {
    orgId,
    form,
    violatedOn,
    decidedOn,
    authorityOrgId: w.ward,
    reason: 'Buông lỏng lãnh đạo, để nhiều đảng viên vi phạm',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

function propose(subjectOrgId: number, over: Record<string, unknown> = {}) {
  return w.wardClerk.post('/api/rewards/proposals', {
    orgId: w.ward,
    kind: 'giay_khen',
    year: 2025,
    subjectOrgId,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
    ...over,
  });
}

beforeAll(async () => {
  t = await startTestApp();
  w = await inspectionWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('a collective’s proposal and its own discipline', () => {
  it('an excellent unit never disciplined is proposed', async () => {
    const clean = await excellentUnit('Chi bộ Tổ dân phố 11');
    const res = await propose(clean, { kind: 'co_thi_dua', year: 2025 });
    expect(res.status).toBe(201);
    // A flag counts five years: the unit was graded only in 2025, never disciplined.
    expect(res.body.failures.map((f: { code: string }) => f.code)).toEqual(['excellent_years']);
    const one = await propose(clean);
    expect(one.body).toMatchObject({
      status: 'submitted',
      failures: [],
      subjectName: 'Chi bộ Tổ dân phố 11',
    });
  });

  it('refuses a unit disciplined in the year, naming the form, the day and the term', async () => {
    const unit = await excellentUnit('Chi bộ Tổ dân phố 12');
    await discipline(unit, 'khien_trach', '2025-01-10', '2025-04-02');
    const res = await propose(unit);
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('refused');
    expect(res.body.failures).toEqual([
      {
        code: 'discipline',
        message: expect.stringContaining(
          'Tổ chức đảng bị kỷ luật khiển trách ngày 02/04/2025 (còn hiệu lực đến ngày 02/04/2026)',
        ),
      },
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

  it('a decision of the year before still in force blocks; one whose term ended does not', async () => {
    const still = await excellentUnit('Chi bộ Tổ dân phố 13');
    await discipline(still, 'canh_cao', '2024-05-01', '2024-09-01');
    const blocked = await propose(still);
    expect(blocked.body.status).toBe('refused');
    expect(blocked.body.failures[0].message).toContain(
      'cảnh cáo ngày 01/09/2024 (còn hiệu lực đến ngày 01/09/2025)',
    );
    const past = await excellentUnit('Chi bộ Tổ dân phố 14');
    await discipline(past, 'khien_trach', '2023-01-01', '2023-06-01');
    const free = await propose(past);
    expect(free.body).toMatchObject({ status: 'submitted', failures: [] });
    // Giải tán has no term.
    const dissolved = await excellentUnit('Chi bộ Tổ dân phố 15');
    await discipline(dissolved, 'giai_tan', '2019-01-01', '2019-03-01');
    const never = await propose(dissolved);
    expect(never.body.failures[0].message).toContain('giải tán ngày 01/03/2019 (không có thời hạn)');
  });

  it('a unit outside the account’s scope is 404 and nothing is written', async () => {
    const otherCell = await t.org(w.otherWard, 'cell', 'Chi bộ Khu dân cư 3', 'CB');
    const res = await propose(otherCell);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBeTruthy();
    const byOther = await w.otherLeader.post('/api/rewards/proposals', {
      orgId: w.otherWard,
      kind: 'giay_khen',
      year: 2025,
      subjectOrgId: w.cell,
      achievement: 'x',
    });
    expect(byOther.status).toBe(404);
    const mine = await w.wardClerk.get('/api/rewards/proposals?limit=100');
    expect(mine.body.items.some((p: { subjectOrgId: number }) => p.subjectOrgId === otherCell)).toBe(false);
  });

  it('reads the term from the rule in force at the end of the award’s year', async () => {
    const unit = await excellentUnit('Chi bộ Tổ dân phố 16');
    await discipline(unit, 'khien_trach', '2023-01-01', '2023-06-01');
    expect((await propose(unit)).body.status).toBe('submitted');
    const v = await t.admin.post('/api/rules/rewards.org_discipline_years/versions', {
      value: { khien_trach: 3, canh_cao: 3 },
      source: 'Văn bản thử nghiệm sửa đổi thời hạn',
      effectiveFrom: '2025-01-01',
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const again = await propose(unit);
    expect(again.body.status).toBe('refused');
    expect(again.body.failures[0].message).toContain('còn hiệu lực đến ngày 01/06/2026');
  });
});

describe('emulation movements with the units taking part', () => {
  it('launches a movement with its units, in the launching unit’s subtree only', async () => {
    const before = (await w.wardClerk.get('/api/rewards/movements')).body.items.length;
    const outside = await w.wardClerk.post('/api/rewards/movements', {
      orgId: w.cell,
      title: 'Thi đua chi bộ',
      criteria: 'Hoàn thành xuất sắc nhiệm vụ',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      unitIds: [w.ward],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('outside_unit');
    const otherScope = await w.wardClerk.post('/api/rewards/movements', {
      orgId: w.ward,
      title: 'Thi đua',
      criteria: 'x',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      unitIds: [w.otherWard],
    });
    expect(otherScope.status).toBe(404);
    expect((await w.wardClerk.get('/api/rewards/movements')).body.items.length).toBe(before);
    const res = await w.wardClerk.post('/api/rewards/movements', {
      orgId: w.ward,
      title: 'Thi đua thực hiện thắng lợi nghị quyết đại hội năm 2026',
      criteria: 'Hoàn thành 100% nhiệm vụ đúng hạn; không có đảng viên vi phạm',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      unitIds: [w.cell, w.ukt, w.cell],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      orgName: 'Đảng ủy phường Hải Châu',
      proposals: 0,
      units: expect.arrayContaining([
        { id: w.cell, name: 'Chi bộ Tổ dân phố 7' },
        { id: w.ukt, name: 'Ủy ban Kiểm tra Đảng ủy phường Hải Châu' },
      ]),
    });
    expect(res.body.units).toHaveLength(2);
    const p = await propose(w.cell, { movementId: res.body.id, year: 2026 });
    expect(p.body.movementTitle).toBe('Thi đua thực hiện thắng lợi nghị quyết đại hội năm 2026');
    const list = await w.wardClerk.get('/api/rewards/movements');
    expect(list.body.items.find((m: { id: number }) => m.id === res.body.id).proposals).toBe(1);
    expect((await w.otherLeader.get('/api/rewards/movements')).body.items).toEqual([]);
  });
});
