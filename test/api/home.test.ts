// The home page (GET /api/me/home): a member's own things, a staff member's waiting work as counts
// that agree with the lists they link to, and sections without a provider answered as unavailable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { registerIntegrations } from '../../server/integrations.ts';
import { registerHomeSection } from '../../server/modules/home/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { member } from './members-fixtures.ts';

let t: TestApp;
let ward: number;
let cell: number;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Trang Chủ');
  cell = await t.org(ward, 'cell', 'Chi bộ khu phố 3');
});
afterAll(async () => {
  await t?.close();
  registerIntegrations();
});

const today = todayVn();
type Count = { key: string; count: number; link: string; group: string };
const countOf = (body: { staff: { counts: Count[] } }, key: string) =>
  body.staff.counts.find((c) => c.key === key);

describe('a member’s home', () => {
  let me: Client & { userId: number };
  let memberId: number;
  let taskId: number;

  it('shows the member’s record, badges, fee and the tasks given to them, with a report flag', async () => {
    me = await t.as('member', cell);
    const clerk = await t.as('clerk', ward);
    memberId = await member(t.admin, cell, {
      fullName: 'Lê Thị Hồng Nhung',
      admittedOn: '1990-03-02',
      officialOn: '1991-03-02',
      userId: me.userId,
      feeBasis: 'salary',
      feeBase: 8_000_000,
    });
    expect(
      (await t.admin.post(`/api/members/${memberId}/badges`, { years: 30, awardedOn: '2020-09-02' })).status,
    ).toBe(201);
    const month = today.slice(0, 7);
    expect(
      (
        await t.admin.post('/api/members/fees/payments', {
          payments: [{ memberId, month, amount: 80_000, paidOn: today }],
        })
      ).status,
    ).toBe(200);
    const task = await clerk.post('/api/tasks', {
      title: 'Chuẩn bị ý kiến góp ý dự thảo nghị quyết chi bộ',
      orgId: cell,
      assigneeId: me.userId,
      dueOn: addDays(today, 3),
    });
    expect(task.status).toBe(201);
    taskId = task.body.id;

    const res = await me.get('/api/me/home');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const { kind, member: home, staff, week, unavailable } = res.body;
    expect(kind).toBe('member');
    expect(staff).toBeNull();
    expect(week.today).toBe(today);
    expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay()).toBe(1); // a Monday
    expect(addDays(week.weekStart, 6)).toBe(week.weekEnd);
    expect(week.weekStart <= today && today <= week.weekEnd).toBe(true);

    expect(home.self.record).toMatchObject({
      memberId,
      fullName: 'Lê Thị Hồng Nhung',
      orgName: 'Chi bộ khu phố 3',
      admittedOn: '1990-03-02',
      badges: [{ years: 30, awardedOn: '2020-09-02' }],
      link: `/dang-vien/${memberId}`,
    });
    expect(home.self.record.partyAgeYears).toBeGreaterThanOrEqual(35);
    expect(home.self.fees).toMatchObject({ month, due: 80_000, exempt: false, paidThisMonth: true });
    expect(home.self.fees.payments).toEqual([{ month, amount: 80_000, paidOn: today }]);

    expect(home.tasks.items).toEqual([
      expect.objectContaining({
        id: taskId,
        title: 'Chuẩn bị ý kiến góp ý dự thảo nghị quyết chi bộ',
        progress: 0,
        overdue: false,
        canReport: true,
      }),
    ]);
    // The new task came with a notice.
    expect(home.notices.items.map((n: { title: string }) => n.title)).toContain(
      'Nhiệm vụ mới: Chuẩn bị ý kiến góp ý dự thảo nghị quyết chi bộ',
    );
    // Whatever is not provided is null and named; nothing is invented for it.
    for (const key of unavailable as string[]) {
      expect(key).toMatch(/^member\./);
      expect(home[key.slice('member.'.length)]).toBeNull();
    }
    expect(unavailable).not.toContain('member.tasks');
  });

  it('reporting the task done (progress 100) takes it off the home', async () => {
    const done = await me.post(`/api/tasks/${taskId}/updates`, { progress: 100, note: 'Đã gửi ý kiến' });
    expect(done.status).toBe(201);
    expect((await me.get('/api/me/home')).body.member.tasks.items).toEqual([]);
  });

  it('a member without a linked record gets no record and no fee, not someone else’s', async () => {
    const other = await t.as('member', cell);
    const home = (await other.get('/api/me/home')).body.member;
    expect(home.self).toEqual({ record: null, fees: null });
    expect(home.tasks.items).toEqual([]);
  });

  it('a section whose provider is missing is null and listed as unavailable', async () => {
    registerHomeSection('member.notices', undefined);
    try {
      const body = (await me.get('/api/me/home')).body;
      expect(body.member.notices).toBeNull();
      expect(body.unavailable).toContain('member.notices');
      expect(body.member.self.record.memberId).toBe(memberId);
    } finally {
      registerIntegrations();
    }
    expect((await me.get('/api/me/home')).body.member.notices).not.toBeNull();
  });
});

describe('a staff home («Việc của tôi»)', () => {
  it('counts what waits on the account, each figure agreeing with the list it links to', async () => {
    const leader = await t.as('leader', ward, 1);
    const clerk = await t.as('clerk', ward, 1);
    const specialist = await t.as('specialist', ward, 1);

    // Two drafts submitted to the leader, one signed and waiting for its number.
    const drafts = [];
    for (const summary of ['Báo cáo sơ kết quý', 'Kế hoạch kiểm tra, giám sát', 'Thông báo lịch làm việc']) {
      const d = await specialist.post('/api/documents', {
        direction: 'out',
        typeCode: 'BC',
        summary,
        orgId: ward,
        secrecy: 0,
      });
      expect(d.status).toBe(201);
      drafts.push(d.body.id as number);
      expect(
        (await specialist.post(`/api/documents/${d.body.id}/submit`, { signerId: leader.userId })).status,
      ).toBe(200);
    }
    expect((await leader.post(`/api/documents/${drafts[0]}/approve`, {})).status).toBe(200);

    // Tasks of the ward: one overdue, one due this week (or today, on a Sunday), one due later.
    const week = (await leader.get('/api/me/home')).body.week;
    for (const [title, dueOn] of [
      ['Tổng hợp báo cáo tháng', addDays(today, -2)],
      ['Rà soát hồ sơ đảng viên', week.weekEnd],
      ['Chuẩn bị hội nghị sơ kết', addDays(week.weekEnd, 10)],
    ] as const) {
      const task = await clerk.post('/api/tasks', {
        title,
        orgId: ward,
        dueOn,
        assigneeId: specialist.userId,
      });
      expect(task.status).toBe(201);
    }
    // A draft programme waiting for the leader's approval.
    const year = Number(today.slice(0, 4));
    expect(
      (
        await clerk.post('/api/programs', {
          orgId: ward,
          kind: 'year',
          title: `Chương trình công tác năm ${year}`,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
        })
      ).status,
    ).toBe(201);

    const lead = (await leader.get('/api/me/home')).body;
    expect(lead.kind).toBe('staff');
    expect(lead.member).toBeNull();
    expect(countOf(lead, 'documents.to_sign')).toMatchObject({
      count: 2,
      link: `/van-ban/di?status=submitted&signerId=${leader.userId}`,
    });
    // The list it links to holds exactly those.
    const toSign = await leader.get(
      `/api/documents?direction=out&status=submitted&signerId=${leader.userId}`,
    );
    expect(toSign.body.items.map((d: { id: number }) => d.id).sort()).toEqual(drafts.slice(1).sort());
    expect(countOf(lead, 'tasks.unit_overdue')?.count).toBe(1);
    expect(countOf(lead, 'tasks.unit_week')?.count).toBe(1);
    expect(countOf(lead, 'programs.to_approve')).toMatchObject({ count: 1, group: 'approvals' });
    expect(countOf(lead, 'archive.disposal_to_approve')).toMatchObject({ count: 0, group: 'approvals' });
    // The leader may also give the number (domain/roles.ts): the same figure as the clerk's.
    expect(countOf(lead, 'documents.to_issue')).toMatchObject({
      count: 1,
      link: '/van-ban/di?status=approved',
    });
    const toIssue = await leader.get('/api/documents?direction=out&status=approved');
    expect(toIssue.body.items.map((d: { id: number }) => d.id)).toEqual([drafts[0]]);

    const desk = (await clerk.get('/api/me/home')).body;
    expect(countOf(desk, 'documents.to_issue')?.count).toBe(1);
    expect(countOf(desk, 'documents.to_sign')).toBeUndefined();
    expect(countOf(desk, 'programs.to_approve')).toBeUndefined();

    const mine = (await specialist.get('/api/me/home')).body;
    expect(countOf(mine, 'tasks.mine_overdue')).toMatchObject({
      count: 1,
      link: '/chuong-trinh/nhiem-vu?view=mine&status=overdue',
    });
    expect(countOf(mine, 'tasks.mine_week')?.count).toBe(1);
    const link = new URL(countOf(mine, 'tasks.mine_week')?.link ?? '', 'http://x');
    const listed = await specialist.get(`/api/tasks?${link.searchParams}`);
    expect(listed.body.items.map((x: { title: string }) => x.title)).toEqual(['Rà soát hồ sơ đảng viên']);
  });

  it('answers 401 without an account', async () => {
    expect((await t.client().get('/api/me/home')).status).toBe(401);
  });
});
