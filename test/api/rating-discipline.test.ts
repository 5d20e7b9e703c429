// A member's discipline counts in their annual rating: a member disciplined in the year is scored no
// higher than the rule allows (Hoàn thành nhiệm vụ by default), the chi bộ and the committee cannot
// decide a higher category (422 rating_discipline, naming the form, the day and the source), the
// member's ratings show the discipline beside the scores, and an annulled decision no longer counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { decision, type InspectionWorld, inspectionWorld } from './inspections-fixtures.ts';
import { member } from './members-fixtures.ts';

let t: TestApp;
let w: InspectionWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await inspectionWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const scores = { year: 2025, generalScore: 29, resultScore: 66, allTasksOnTime: true };

describe('discipline in the annual rating', () => {
  it('caps the score’s category and refuses a higher decision for a member disciplined in the year', async () => {
    const d = await w.wardSpecialist.post('/api/discipline', decision(w, { decidedOn: '2025-06-10' }));
    expect(d.status).toBe(201);
    const rated = await w.wardLeader.put(`/api/members/${w.fullMember}/ratings`, scores);
    expect(rated.status, JSON.stringify(rated.body)).toBe(200);
    expect(rated.body).toMatchObject({ total: 95, category: 'hoan_thanh' });

    const high = await w.wardLeader.post(`/api/members/${w.fullMember}/ratings/decision`, {
      year: 2025,
      level: 'cell',
      category: 'tot',
      decidedOn: '2025-12-20',
    });
    expect(high.status).toBe(422);
    expect(high.body.error.code).toBe('rating_discipline');
    expect(high.body.error.message).toContain('Khiển trách, ngày 10/06/2025');
    expect(high.body.error.message).toContain('Quy định 366-QĐ/TW');
    const ok = await w.wardLeader.post(`/api/members/${w.fullMember}/ratings/decision`, {
      year: 2025,
      level: 'cell',
      category: 'hoan_thanh',
      decidedOn: '2025-12-20',
    });
    expect(ok.status).toBe(200);

    const shown = await w.wardClerk.get(`/api/members/${w.fullMember}/ratings`);
    expect(shown.status).toBe(200);
    const y2025 = shown.body.discipline.find((x: { year: number }) => x.year === 2025);
    expect(y2025).toMatchObject({
      maxCategory: 'hoan_thanh',
      maxLabel: 'Hoàn thành nhiệm vụ',
      decisions: [{ formLabel: 'Khiển trách', decidedOn: '2025-06-10' }],
    });
    expect(y2025.source).toContain('Cần xác minh');
    // Another year without a decision is not capped.
    const y2024 = await w.wardLeader.put(`/api/members/${w.fullMember}/ratings`, { ...scores, year: 2024 });
    expect(y2024.body.category).toBe('xuat_sac');
  });

  it('leaves a member without discipline uncapped, and an annulled decision stops counting', async () => {
    const clean = await member(t.admin, w.cell, { fullName: 'Ngô Thị Hạnh', admittedOn: '2005-02-03' });
    const before = await w.wardLeader.put(`/api/members/${clean}/ratings`, scores);
    expect(before.body.category).toBe('xuat_sac');
    const d = await w.wardSpecialist.post(
      '/api/discipline',
      decision(w, { memberId: clean, decidedOn: '2025-09-01' }),
    );
    expect(d.status).toBe(201);
    const capped = await w.wardLeader.put(`/api/members/${clean}/ratings`, scores);
    expect(capped.body.category).toBe('hoan_thanh');
    expect(
      (
        await w.wardSpecialist.post(`/api/discipline/${d.body.id}/appeal`, {
          appealedOn: '2025-09-05',
          note: 'Khiếu nại',
        })
      ).status,
    ).toBe(200);
    expect(
      (await w.wardSpecialist.post(`/api/discipline/${d.body.id}/appeal/outcome`, { outcome: 'annulled' }))
        .status,
    ).toBe(200);
    const after = await w.wardLeader.put(`/api/members/${clean}/ratings`, scores);
    expect(after.body.category).toBe('xuat_sac');
  });

  it('reads the cap from the rule version in force at the year’s end', async () => {
    const v = await t.admin.post('/api/rules/inspections.rating_disciplined_max/versions', {
      value: 4,
      source: 'Văn bản thử nghiệm',
      effectiveFrom: '2026-01-01',
    });
    expect(v.status).toBe(201);
    const m = await member(t.admin, w.cell, { fullName: 'Đỗ Văn Khoa', admittedOn: '2003-02-03' });
    expect(
      (await w.wardSpecialist.post('/api/discipline', decision(w, { memberId: m, decidedOn: '2026-03-01' })))
        .status,
    ).toBe(201);
    const r = await w.wardLeader.put(`/api/members/${m}/ratings`, { ...scores, year: 2026 });
    expect(r.body.category).toBe('khong_hoan_thanh');
  });
});

describe('discipline and early badges', () => {
  it('holds back an early badge for a member disciplined within the rule’s years, not a badge on time', async () => {
    const ill = await member(t.admin, w.cell, {
      fullName: 'Vũ Văn Ốm',
      birthDate: '1950-01-01',
      admittedOn: '1996-11-07',
      seriouslyIll: true,
    });
    const cleanIll = await member(t.admin, w.cell, {
      fullName: 'Vũ Thị Lành',
      birthDate: '1950-01-01',
      admittedOn: '1996-11-07',
      seriouslyIll: true,
    });
    const onTime = await member(t.admin, w.cell, { fullName: 'Vũ Văn Đúng', admittedOn: '1985-05-01' });
    for (const m of [ill, onTime]) {
      const d = await w.wardSpecialist.post(
        '/api/discipline',
        decision(w, { memberId: m, decidedOn: '2025-12-01' }),
      );
      expect(d.status).toBe(201);
    }
    // 30 years are reached on 07/11/2026; awarded early on 01/03/2026, three months after the decision.
    const held = await w.wardLeader.post(`/api/members/${ill}/badges`, {
      years: 30,
      awardedOn: '2026-03-01',
    });
    expect(held.status).toBe(422);
    expect(held.body.error.code).toBe('badge_early_discipline');
    expect(held.body.error.message).toContain('01/12/2025');
    expect(held.body.error.message).toContain('Cần xác minh');
    const clean = await w.wardLeader.post(`/api/members/${cleanIll}/badges`, {
      years: 30,
      awardedOn: '2026-03-01',
    });
    expect(clean.status).toBe(201);
    // Reached 40 years on 01/05/2025: on time, the discipline does not hold it back.
    const due = await w.wardLeader.post(`/api/members/${onTime}/badges`, {
      years: 40,
      awardedOn: '2026-01-05',
    });
    expect(due.status).toBe(201);
    // A year and more after the decision the early badge is given.
    const later = await w.wardLeader.post(`/api/members/${ill}/badges`, {
      years: 30,
      awardedOn: '2026-12-01',
    });
    expect(later.status, JSON.stringify(later.body)).toBe(201);
  });
});
