// The admission pipeline: stages in order with dates, the 18–60 age rule with its reason, two full
// members introducing, the decision creating the probationary member, the Word forms, and the daily
// reminder before recognition is due (pg-boss job, deduplicated).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { addDays, addMonths, addYears } from '../../domain/members/calendar.ts';
import { rows } from '../../server/db/sql.ts';
import { PROBATION_QUEUE } from '../../server/modules/members/jobs.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { download, member } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cell: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Kết nạp');
  cell = await t.org(ward, 'cell', 'Chi bộ Kết nạp');
});
afterAll(async () => {
  await t?.close();
});

const today = todayVn();
const ago = (days: number) => addDays(today, -days);

describe('admission', () => {
  it('refuses a person outside 18–60 with the reason (422)', async () => {
    const young = await t.admin.post('/api/members/admissions', {
      fullName: 'Nguyễn Văn Nhỏ',
      birthDate: addYears(today, -17),
      orgId: cell,
    });
    expect(young.status).toBe(422);
    expect(young.body.error.message).toMatch(/Chưa đủ 18 tuổi/);
    const old = await t.admin.post('/api/members/admissions', {
      fullName: 'Nguyễn Văn Lớn',
      birthDate: addYears(today, -61),
      orgId: cell,
    });
    expect(old.status).toBe(422);
    expect(old.body.error.message).toMatch(/quá 60 tuổi/);
  });

  it('goes through the stages in order, with dates, to the decision that creates the member', async () => {
    const intro1 = await member(t.admin, cell, { fullName: 'Trần Văn Giới Thiệu' });
    const intro2 = await member(t.admin, cell, { fullName: 'Lê Thị Giới Thiệu' });
    const probationary = await member(t.admin, cell, {
      fullName: 'Phạm Văn Dự Bị',
      admittedOn: ago(100),
      birthDate: '1990-01-01',
      officialOn: undefined,
    });
    const a = await t.admin.post('/api/members/admissions', {
      fullName: 'Hoàng Thị Quần Chúng',
      birthDate: '1998-04-30',
      gender: 'Nữ',
      orgId: cell,
      residence: 'Tổ 3, phường Kết nạp',
      occupation: 'Giáo viên',
      courseOn: ago(300),
    });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ stage: 'course', nextStage: 'application' });
    const id = a.body.id;
    const step = (stage: string, on: string, extra: object = {}) =>
      t.admin.post(`/api/members/admissions/${id}/stages`, { stage, on, ...extra });

    const skip = await step('verification', ago(200));
    expect(skip.status).toBe(422);
    expect(skip.body.error.message).toContain('Đơn xin vào Đảng');
    expect((await step('application', ago(310))).status).toBe(422); // before the course
    expect((await step('application', ago(250))).body.stage).toBe('application');
    expect((await step('history', ago(240))).status).toBe(200);
    expect((await step('verification', ago(200))).status).toBe(200);
    const wrongIntro = await step('introducers', ago(150), { introducerIds: [intro1, probationary] });
    expect(wrongIntro.status).toBe(422);
    expect(wrongIntro.body.error.message).toContain('chính thức');
    const intro = await step('introducers', ago(150), { introducerIds: [intro1, intro2] });
    expect(intro.body.introducers.map((i: any) => i.fullName)).toEqual([
      'Trần Văn Giới Thiệu',
      'Lê Thị Giới Thiệu',
    ]);
    expect((await step('comments', ago(120))).status).toBe(200);
    expect((await step('cell_resolution', ago(100))).status).toBe(200);
    expect((await step('committee_resolution', ago(90))).status).toBe(200);
    const board = await t.admin.get(`/api/members/admissions?orgId=${ward}`);
    expect(board.body.items.find((x: any) => x.id === id)).toMatchObject({
      stage: 'committee_resolution',
      nextStage: 'decision',
    });
    const decided = await step('decision', ago(60), { decisionNo: '45-QĐ/ĐU' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      stage: 'decision',
      decisionNo: '45-QĐ/ĐU',
      recognitionDue: addMonths(ago(60), 12),
    });
    const m = await t.admin.get(`/api/members/${decided.body.memberId}`);
    expect(m.body).toMatchObject({
      fullName: 'Hoàng Thị Quần Chúng',
      status: 'du_bi',
      admittedOn: ago(60),
      orgId: cell,
      gender: 'Nữ',
    });
    expect(
      (await t.admin.get(`/api/members/admissions?orgId=${ward}`)).body.items.map((x: any) => x.id),
    ).not.toContain(id);
    expect((await step('decision', ago(50))).status).toBe(422);

    for (const form of ['3-KNĐ', '6-KNĐ', '9-KNĐ']) {
      const doc = await download(
        t,
        t.admin,
        `/api/members/admissions/${id}/forms/${encodeURIComponent(form)}`,
      );
      expect(doc.status, form).toBe(200);
      const mammoth = await import('mammoth');
      const text = (await mammoth.extractRawText({ buffer: doc.body })).value;
      expect(text).toContain('Hoàng Thị Quần Chúng');
      expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    }
  });

  it('the age is checked again on the stage dates (application, decision)', async () => {
    const birth = addMonths(addYears(today, -18), -1); // 18 years and a month old today
    const a = await t.admin.post('/api/members/admissions', {
      fullName: 'Vũ Văn Vừa Đủ',
      birthDate: birth,
      orgId: cell,
    });
    expect(a.status).toBe(201);
    const early = await t.admin.post(`/api/members/admissions/${a.body.id}/stages`, {
      stage: 'course',
      on: ago(90),
    });
    expect(early.status).toBe(200);
    // Applying two months ago, at 17 years and 11 months: refused with the reason.
    const res = await t.admin.post(`/api/members/admissions/${a.body.id}/stages`, {
      stage: 'application',
      on: ago(62),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/Chưa đủ 18 tuổi/);
    expect(
      (await t.admin.post(`/api/members/admissions/${a.body.id}/stages`, { stage: 'application', on: today }))
        .status,
    ).toBe(200);
  });
});

describe('probation reminders', () => {
  it('reminds the staff of the nearest unit with staff, once before and once when due', async () => {
    const leader = await t.as('leader', ward);
    const soon = await member(t.admin, cell, {
      fullName: 'Ngô Văn Sắp Đến Hạn',
      birthDate: '1995-01-01',
      admittedOn: addDays(addMonths(today, -12), 10),
      officialOn: undefined,
    });
    const due = await member(t.admin, cell, {
      fullName: 'Ngô Văn Quá Hạn',
      birthDate: '1995-01-01',
      admittedOn: addMonths(today, -12),
      officialOn: undefined,
    });
    await member(t.admin, cell, {
      fullName: 'Ngô Văn Còn Xa',
      birthDate: '1995-01-01',
      admittedOn: addMonths(today, -6),
      officialOn: undefined,
    });
    await t.rt.jobs.send(PROBATION_QUEUE, {});
    expect(await t.rt.jobs.drain(PROBATION_QUEUE)).toBe(1);
    const notes = await leader.get('/api/notifications');
    const titles = notes.body.items.map((n: any) => n.title);
    expect(titles.some((x: string) => x.startsWith('Sắp đến hạn') && x.includes('Ngô Văn Sắp Đến Hạn'))).toBe(
      true,
    );
    expect(titles.some((x: string) => x.startsWith('Đã đến hạn') && x.includes('Ngô Văn Quá Hạn'))).toBe(
      true,
    );
    expect(titles.some((x: string) => x.includes('Còn Xa'))).toBe(false);
    expect(notes.body.items.find((n: any) => n.entityId === due)?.link).toBe(`/dang-vien/${due}`);
    // Running again adds nothing (dedupe keys).
    await t.rt.jobs.send(PROBATION_QUEUE, {});
    await t.rt.jobs.drain(PROBATION_QUEUE);
    const count = await rows<{ n: number }>(
      t.rt.database.db,
      sql`SELECT count(*)::integer AS n FROM notifications WHERE entity = 'member' AND entity_id IN (${soon}, ${due})`,
    );
    expect(count[0]?.n).toBe(2);
  });
});
