// The working regulation drives an opinion request: a consultation round opened without a deadline
// gets the regulation's time to answer for the document type, counted in working days, keeps the
// version and shows the article; a later version does not change it; with no rule it is refused.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { WORKDAY_RULES } from '../../domain/rules/workdays.ts';
import { addWorkingDays } from '../../domain/workdays/calendar.ts';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import {
  create,
  DRAFT_1,
  draftDocx,
  fromToday,
  type ProposalWorld,
  proposalWorld,
  uploadVersion,
} from './proposals-fixtures.ts';

let t: TestApp;
let w: ProposalWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await proposalWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const regulation = (effectiveFrom: string, days: number) => ({
  orgId: w.board,
  title: 'Quy chế làm việc của Ban Tuyên giáo',
  source: 'Quy chế số 02-QC/BTG',
  effectiveFrom,
  items: [
    { kind: 'consultation', article: 'Điều 9', docType: 'ĐA', consultee: 'Các đơn vị liên quan', days },
  ],
});

async function drafted(kind: 'scheme' | 'thematic_report') {
  const p = await create(w.drafter, { orgId: w.board, title: `Đề án ${kind}`, kind, dueOn: fromToday(60) });
  const up = await uploadVersion(w.drafter, p.id, await draftDocx(DRAFT_1), 'du-thao.docx');
  expect(up.status).toBe(201);
  return p.id;
}

describe('an opinion request takes its deadline from the working regulation', () => {
  it('no rule: a round without a deadline is refused', async () => {
    const id = await drafted('scheme');
    const res = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      targets: [{ orgId: w.ward }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('due_missing');
  });

  it('counted in working days from the rule, keeping the version and showing the article', async () => {
    const first = await t.admin.post('/api/work-rules', regulation('2020-01-01', 5));
    expect(first.status).toBe(201);
    const id = await drafted('scheme');
    const res = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      targets: [{ orgId: w.ward }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const rule = WORKDAY_RULES['workdays.holidays'].defaultValue;
    const due = addWorkingDays(todayVn(), 5, { rule, entries: new Map() });
    expect(res.body).toMatchObject({ dueOn: due, ruleArticle: 'Điều 9 Quy chế làm việc của Ban Tuyên giáo' });
    expect(res.body.targets[0].dueOn).toBe(due);
    const kept = await one<{ work_rule_id: number }>(
      t.rt.database.db,
      sql`SELECT work_rule_id FROM proposal_rounds WHERE proposal_id = ${id}`,
    );
    expect(Number(kept?.work_rule_id)).toBe(first.body.id);

    // A new version with 2 days: the open round keeps its deadline and article.
    expect((await t.admin.post('/api/work-rules', regulation(todayVn(), 2))).status).toBe(201);
    const page = await w.drafter.get(`/api/proposals/${id}`);
    expect(page.body.rounds[0]).toMatchObject({
      dueOn: due,
      ruleArticle: 'Điều 9 Quy chế làm việc của Ban Tuyên giáo',
    });

    // A typed deadline wins and cites no rule.
    const typed = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      dueOn: fromToday(20),
      targets: [{ orgId: w.otherWard }],
    });
    expect(typed.body).toMatchObject({ dueOn: fromToday(20), ruleArticle: null });
  });

  it('a type the regulation does not name, with no general rule: refused', async () => {
    const id = await drafted('thematic_report');
    const res = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      targets: [{ orgId: w.ward }],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('quy chế làm việc');
  });
});

describe('the dashboard of late opinions', () => {
  it('shows an opinion not given by its deadline by the consulted unit, to the units in scope only', async () => {
    const id = await drafted('scheme');
    // A round entered with the deadline it was given on paper, a fortnight ago: nobody answered.
    const res = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      dueOn: addDays(todayVn(), -14),
      targets: [{ orgId: w.ward }, { orgId: w.otherWard }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const city = await w.leader.get('/api/work-rules/late');
    expect(city.status, JSON.stringify(city.body)).toBe(200);
    const ours = city.body.opinions.filter((o: { proposalId: number }) => o.proposalId === id);
    expect(ours.map((o: { orgId: number }) => o.orgId).sort()).toEqual([w.ward, w.otherWard].sort());
    expect(ours[0]).toMatchObject({ doneOn: null, article: null });
    expect(ours[0].daysLate).toBeGreaterThanOrEqual(8);
    expect(city.body.units.find((u: { orgId: number }) => u.orgId === w.ward)).toMatchObject({
      lateOpinions: 1,
      openOpinions: 1,
    });
    // The ward's clerk sees its own unit's late opinion, not the other ward's.
    const ward = await w.wardClerk.get('/api/work-rules/late');
    expect(ward.status).toBe(200);
    expect(ward.body.opinions.map((o: { orgId: number }) => o.orgId)).toEqual([w.ward]);
    expect(ward.body.units.map((u: { orgId: number }) => u.orgId)).toEqual([w.ward]);
  });
});
