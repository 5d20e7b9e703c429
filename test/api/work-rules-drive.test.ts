// The working regulation drives a submission for signature and a leader's direction: the due date is
// counted from the rule in working days, the version and the article are kept (a later version changes
// nothing), a signer or a route the rule does not allow is refused naming the article with nothing
// written, and the dashboard shows late opinions and late signatures by unit, within the viewer's scope.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { WORKDAY_RULES } from '../../domain/rules/workdays.ts';
import { addWorkingDays } from '../../domain/workdays/calendar.ts';
import { one } from '../../server/db/sql.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, outgoing } from '../helpers/docs.ts';

type Who = Client & { userId: number };
let t: TestApp;
let ward: number;
let office: number;
let otherWard: number;
let clerk: Who;
let drafter: Who;
let leader: Who;
let otherLeader: Who;
let regulationId: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Thời Hạn');
  office = await t.org(ward, 'board', 'Văn phòng Đảng ủy phường Thời Hạn', 'VP');
  otherWard = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bên Cạnh');
  clerk = await t.as('clerk', ward);
  drafter = await t.as('specialist', ward);
  leader = await t.as('leader', ward);
  otherLeader = await t.as('leader', otherWard);
});
afterAll(async () => {
  await t?.close();
});

const TITLE = 'Quy chế làm việc của Đảng ủy phường Thời Hạn';
const regulation = (effectiveFrom: string, signDays: number, handleDays = 7) => ({
  orgId: ward,
  title: TITLE,
  source: 'Quy chế số 01-QC/ĐU ngày 05/01/2026',
  effectiveFrom,
  items: [
    {
      kind: 'signing',
      article: 'Điều 10',
      docType: 'CT',
      mode: 'TM',
      signerRoles: ['leader'],
      viaOffice: true,
      days: signDays,
    },
    {
      kind: 'signing',
      article: 'Điều 11',
      docType: null,
      mode: 'KT',
      signerRoles: ['leader'],
      viaOffice: false,
      days: 2,
    },
    { kind: 'handling', article: 'Điều 14', docType: null, days: handleDays },
  ],
});
const due = (n: number) =>
  addWorkingDays(todayVn(), n, { rule: WORKDAY_RULES['workdays.holidays'].defaultValue, entries: new Map() });
const db = () => t.rt.database.db;

describe('a submission for signature under the working regulation', () => {
  it('no regulation: submitted as before, without a due date', async () => {
    const doc = await outgoing(drafter, ward, { typeCode: 'CV' });
    const res = await drafter.post(`/api/documents/${doc.id}/submit`, { signerId: leader.userId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', signDueOn: null, signRuleArticle: null });
  });

  it('takes its due date from the rule for its type and keeps the version after a new one', async () => {
    const first = await leader.post('/api/work-rules', regulation('2020-01-01', 3));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    regulationId = first.body.id;
    const doc = await outgoing(drafter, ward, { signAuthority: 'T/M ĐẢNG ỦY' });
    const res = await clerk.post(`/api/documents/${doc.id}/submit`, { signerId: leader.userId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ signDueOn: due(3), signRuleArticle: `Điều 10 ${TITLE}` });
    const kept = await one<{ sign_rule_id: number }>(
      db(),
      sql`SELECT sign_rule_id FROM documents WHERE id = ${doc.id}`,
    );
    expect(Number(kept?.sign_rule_id)).toBe(regulationId);

    // A new version with one day: the submitted document keeps its due date and its article.
    expect((await leader.post('/api/work-rules', regulation(todayVn(), 1))).status).toBe(201);
    const page = await leader.get(`/api/documents/${doc.id}`);
    expect(page.body).toMatchObject({ signDueOn: due(3), signRuleArticle: `Điều 10 ${TITLE}` });
    // A general rule (K/T, not through the office) for the other types, from the new version.
    const cv = await outgoing(drafter, ward, { typeCode: 'CV' });
    const sub = await drafter.post(`/api/documents/${cv.id}/submit`, { signerId: leader.userId });
    expect(sub.body).toMatchObject({ signDueOn: due(2), signRuleArticle: `Điều 11 ${TITLE}` });
  });

  it('refuses the wrong mode or a draft not through the office, naming the article, with nothing written', async () => {
    const kt = await outgoing(drafter, ward, { signAuthority: 'K/T BÍ THƯ' });
    const direct = await outgoing(drafter, ward, { signAuthority: 'T/M ĐẢNG ỦY' });
    const before = await one<{ n: number }>(db(), sql`SELECT count(*)::integer AS n FROM audit_log`);
    const wrongMode = await clerk.post(`/api/documents/${kt.id}/submit`, { signerId: leader.userId });
    expect(wrongMode.status).toBe(422);
    expect(wrongMode.body.error.code).toBe('signer_not_allowed');
    expect(wrongMode.body.error.message).toContain(`Điều 10 ${TITLE}`);
    expect(wrongMode.body.error.message).toContain('T/M (thay mặt)');

    const notOffice = await drafter.post(`/api/documents/${direct.id}/submit`, { signerId: leader.userId });
    expect(notOffice.status).toBe(422);
    expect(notOffice.body.error.message).toContain('phải trình qua Văn phòng');

    for (const id of [kt.id, direct.id]) {
      const page = await drafter.get(`/api/documents/${id}`);
      expect(page.body).toMatchObject({ status: 'draft', signerId: null, signDueOn: null });
    }
    const after = await one<{ n: number }>(db(), sql`SELECT count(*)::integer AS n FROM audit_log`);
    expect(after?.n).toBe(before?.n);
    // The clerk is the office: the same draft goes through.
    const ok = await clerk.post(`/api/documents/${direct.id}/submit`, { signerId: leader.userId });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });
});

describe('a direction without a deadline', () => {
  it('takes the time to handle from the regulation, on the direction and its task; a typed date wins', async () => {
    const doc = await incoming(clerk, ward);
    const res = await leader.post(`/api/documents/${doc.id}/directions`, {
      text: 'Giao Văn phòng chủ trì tham mưu',
      leadOrgId: office,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.taskId).toBeTruthy();
    const page = await leader.get(`/api/documents/${doc.id}`);
    expect(page.body.directions[0]).toMatchObject({ deadline: due(7), ruleArticle: `Điều 14 ${TITLE}` });
    const task = await leader.get(`/api/tasks/${res.body.taskId}`);
    expect(task.body).toMatchObject({ dueOn: due(7), ruleArticle: `Điều 14 ${TITLE}` });

    const typed = await leader.post(`/api/documents/${doc.id}/directions`, {
      text: 'Giao lại có hạn',
      leadOrgId: office,
      deadline: addDays(todayVn(), 30),
    });
    const typedTask = await leader.get(`/api/tasks/${typed.body.taskId}`);
    expect(typedTask.body).toMatchObject({ dueOn: addDays(todayVn(), 30), ruleArticle: null });
  });
});

describe('the dashboard of late opinions and signatures', () => {
  it('shows a submission past its due date by the signer’s unit; not to another unit; not to a specialist', async () => {
    const doc = await outgoing(drafter, ward, { signAuthority: 'T/M ĐẢNG ỦY', summary: 'về việc chậm ký' });
    // Handed to the signer on paper three weeks ago and entered now: its due date counts from then.
    const past = addDays(todayVn(), -21);
    const future = await clerk.post(`/api/documents/${doc.id}/submit`, {
      signerId: leader.userId,
      submittedOn: addDays(todayVn(), 1),
    });
    expect(future.status).toBe(422);
    const sub = await clerk.post(`/api/documents/${doc.id}/submit`, {
      signerId: leader.userId,
      submittedOn: past,
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    const rule = WORKDAY_RULES['workdays.holidays'].defaultValue;
    expect(sub.body.signDueOn).toBe(addWorkingDays(past, 3, { rule, entries: new Map() }));

    const res = await leader.get('/api/work-rules/late');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const item = res.body.signatures.find((s: { documentId: number }) => s.documentId === doc.id);
    expect(item).toMatchObject({ orgId: ward, doneOn: null, article: `Điều 10 ${TITLE}` });
    expect(item.daysLate).toBeGreaterThanOrEqual(10);
    expect(res.body.units.find((u: { orgId: number }) => u.orgId === ward)).toMatchObject({
      lateSignatures: 1,
      openSignatures: 1,
    });
    expect((await clerk.get('/api/work-rules/late')).body.signatures).toHaveLength(1);

    const other = await otherLeader.get('/api/work-rules/late');
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ units: [], signatures: [], opinions: [] });
    expect((await drafter.get('/api/work-rules/late')).status).toBe(403);

    // Signed late: it stays on the dashboard, no longer open.
    expect((await leader.post(`/api/documents/${doc.id}/approve`, {})).status).toBe(200);
    const later = await leader.get('/api/work-rules/late');
    const done = later.body.signatures.find((s: { documentId: number }) => s.documentId === doc.id);
    expect(done).toMatchObject({ doneOn: todayVn() });
    expect(later.body.units.find((u: { orgId: number }) => u.orgId === ward)).toMatchObject({
      lateSignatures: 1,
      openSignatures: 0,
    });
  });
});
