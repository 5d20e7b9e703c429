// Situation information: the categories, periodic and quick reports (a quick one reaches the leaders
// above at once), the hot-issue register through its lifecycle (a leader's direction becomes a
// task; a resolved issue recurs), links, the reporting calendar and its reminders, access (another
// ward gets 404, a member 403) and bad input that changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type IntelWorld, intelWorld } from './intel-fixtures.ts';

let t: TestApp;
let w: IntelWorld;
const today = todayVn();
let quickId: number;
let itemIds: number[];
let issueId: number;

async function counts() {
  return one<Record<string, number>>(
    t.rt.database.db,
    sql`SELECT (SELECT count(*) FROM intel_reports)::integer AS reports, (SELECT count(*) FROM intel_items)::integer AS items,
               (SELECT count(*) FROM intel_issues)::integer AS issues, (SELECT count(*) FROM tasks)::integer AS tasks`,
  );
}

beforeAll(async () => {
  t = await startTestApp();
  w = await intelWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('reports', () => {
  it('lists the categories as data, with at least the six every office reports on', async () => {
    const res = await w.wardClerk.get('/api/intel/categories');
    expect(res.status).toBe(200);
    const codes = res.body.map((c: { code: string }) => c.code);
    for (const c of ['antt', 'khieu_nai', 'dan_sinh', 'dat_dai', 'moi_truong', 'du_luan'])
      expect(codes).toContain(c);
    expect(res.body.find((c: { code: string }) => c.code === 'dat_dai').name).toBe(
      'Đất đai, giải phóng mặt bằng',
    );
  });

  it('a ward sends a quick report: 201, and the leaders of the ward and of the city are notified at once', async () => {
    const res = await w.wardClerk.post('/api/intel/reports', {
      orgId: w.ward,
      kind: 'quick',
      items: [
        {
          category: 'dat_dai',
          severity: 3,
          summary:
            'Khoảng 40 hộ dân tập trung tại trụ sở phường phản đối phương án bồi thường dự án đường vành đai',
          occurredOn: today,
          placeOrgId: w.group,
          peopleCount: 40,
        },
        {
          category: 'du_luan',
          severity: 1,
          summary: 'Mạng xã hội lan truyền thông tin sai về dự án',
          occurredOn: today,
        },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    quickId = res.body.id;
    expect(res.body.kind).toBe('quick');
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({
      placeOrgId: w.group,
      placeName: 'Chi bộ Tổ dân phố 5',
      peopleCount: 40,
      severity: 3,
    });
    expect(res.body.items[1].placeOrgId).toBe(w.ward);
    expect(res.body.notified).toBe(2);
    itemIds = res.body.items.map((i: { id: number }) => i.id);
    for (const leader of [w.cityLeader, w.wardLeader]) {
      const n = await leader.get('/api/notifications');
      const notice = n.body.items.find((x: { kind: string }) => x.kind === 'intel.quick');
      expect(notice?.title).toContain('Báo cáo nhanh của Đảng ủy phường Hải Châu');
      expect(notice?.link).toBe(`/tinh-hinh/bao-cao/${quickId}`);
    }
  });

  it('a periodic report carries its period; the city clerk sees both in its list, the other ward none', async () => {
    const start = addDays(today, -13);
    const res = await w.wardClerk.post('/api/intel/reports', {
      orgId: w.ward,
      kind: 'periodic',
      periodStart: start,
      periodEnd: addDays(start, 6),
      items: [{ category: 'antt', severity: 2, summary: 'Một vụ trộm cắp tài sản', occurredOn: start }],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'periodic', periodStart: start, periodEnd: addDays(start, 6) });
    const list = await w.cityClerk.get(`/api/intel/reports?orgId=${w.city}`);
    expect(list.body.items.map((r: { id: number }) => r.id)).toEqual([res.body.id, quickId]);
    expect(list.body.items[1]).toMatchObject({ itemCount: 2, severeCount: 1, maxSeverity: 3 });
    expect((await w.otherClerk.get('/api/intel/reports')).body.items).toEqual([]);
    expect((await w.otherClerk.get(`/api/intel/reports/${quickId}`)).status).toBe(404);
    expect((await w.member.get(`/api/intel/reports/${quickId}`)).status).toBe(403);
  });

  it('bad input changes nothing: 400 for the shape, 422 for the rules, 404 for another ward', async () => {
    const before = await counts();
    const base = { orgId: w.ward, kind: 'quick' };
    const item = { category: 'antt', severity: 2, summary: 'Vụ việc', occurredOn: today };
    const bad = [
      [{ ...base, items: [{ ...item, severity: 5 }] }, 400, 'validation_failed'],
      [{ ...base, items: [] }, 400, 'validation_failed'],
      [{ ...base, kind: 'periodic', items: [item] }, 400, 'validation_failed'],
      [{ ...base, items: [{ ...item, occurredOn: '2026-02-30' }] }, 400, 'validation_failed'],
      [{ ...base, items: [{ ...item, category: 'khong_co' }] }, 422, 'unknown_category'],
      [{ ...base, items: [{ ...item, placeOrgId: w.otherWard }] }, 422, 'place_outside_unit'],
      [{ ...base, items: [{ ...item, occurredOn: addDays(today, 2) }] }, 422, 'occurred_in_future'],
      [{ ...base, secrecy: 2, items: [item] }, 403, 'secrecy_above_clearance'],
      [{ ...base, orgId: w.otherWard, items: [item] }, 404, 'not_found'],
    ] as const;
    for (const [body, status, code] of bad) {
      const res = await w.wardClerk.post('/api/intel/reports', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }
    const res = await w.wardClerk.post('/api/intel/reports', { ...base, items: [{ ...item, severity: 0 }] });
    expect(res.body.error.message).toContain('Mức độ');
    expect((await w.member.post('/api/intel/reports', { ...base, items: [item] })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe('the hot-issue register', () => {
  it('the city clerk files the quick report under a new hot issue', async () => {
    const res = await w.cityClerk.post('/api/intel/issues', {
      orgId: w.city,
      placeOrgId: w.ward,
      category: 'dat_dai',
      title: 'Khiếu kiện đông người về bồi thường dự án đường vành đai',
      severity: 3,
      itemIds: [itemIds[0]],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    issueId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'new',
      statusLabel: 'Mới phát hiện',
      itemCount: 1,
      placeName: 'Đảng ủy phường Hải Châu',
    });
    expect(res.body.items[0].id).toBe(itemIds[0]);
    expect(res.body.moves.map((m: { status: string }) => m.status)).toEqual([
      'watching',
      'reported',
      'resolved',
    ]);
    expect(res.body.can).toEqual({ manage: true, direct: false });
    const report = await w.cityClerk.get(`/api/intel/reports/${quickId}`);
    expect(report.body.items[0].issueId).toBe(issueId);
  });

  it('an item filed under one issue cannot be filed under another (409); the ward does not see the city’s issue', async () => {
    const other = await w.cityClerk.post('/api/intel/issues', {
      orgId: w.city,
      category: 'du_luan',
      title: 'Dư luận về dự án',
    });
    expect(other.status).toBe(201);
    const res = await w.cityClerk.post(`/api/intel/issues/${other.body.id}/items`, { itemIds: [itemIds[0]] });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('item_filed_elsewhere');
    const ok = await w.cityClerk.post(`/api/intel/issues/${other.body.id}/items`, { itemIds: [itemIds[1]] });
    expect(ok.body.itemCount).toBe(1);
    expect((await w.wardClerk.get(`/api/intel/issues/${issueId}`)).status).toBe(404);
    expect((await w.otherClerk.get(`/api/intel/issues?orgId=${w.city}`)).status).toBe(404);
    expect((await w.wardClerk.get('/api/intel/issues')).body.items).toEqual([]);
  });

  it('moves new → watching → reported; "directed" only by a direction; a wrong move is 422', async () => {
    let res = await w.cityClerk.post(`/api/intel/issues/${issueId}/status`, { status: 'directed' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('direction_needed');
    res = await w.cityClerk.post(`/api/intel/issues/${issueId}/status`, { status: 'recurred' });
    expect(res.body.error.code).toBe('status_move');
    res = await w.cityClerk.post(`/api/intel/issues/${issueId}/status`, { status: 'watching' });
    expect(res.body.status).toBe('watching');
    res = await w.cityClerk.post(`/api/intel/issues/${issueId}/status`, {
      status: 'reported',
      note: 'Báo cáo Ban Thường vụ tại phiên họp thường kỳ',
    });
    expect(res.body.statusLabel).toBe('Đã báo cáo Ban Thường vụ');
    expect(res.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'create',
      'file',
      'status',
      'status',
    ]);
    expect(
      (
        await w.cityClerk.post(`/api/intel/issues/${issueId}/directions`, {
          text: 'x',
          orgId: w.ward,
          dueOn: addDays(today, 10),
        })
      ).status,
    ).toBe(403);
  });

  it('a leader directs it: a task for the ward (source: the issue), linked, the issue directed', async () => {
    const issue = await w.cityLeader.get(`/api/intel/issues/${issueId}`);
    expect(issue.body.can.direct).toBe(true);
    const before = await counts();
    const res = await w.cityLeader.post(`/api/intel/issues/${issueId}/directions`, {
      text: 'Đảng ủy phường chủ trì đối thoại với các hộ dân, báo cáo kết quả trước ngày hẹn',
      orgId: w.ward,
      dueOn: addDays(today, 10),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('directed');
    expect((await counts())?.tasks).toBe((before?.tasks ?? 0) + 1);
    const task = await w.wardLeader.get(`/api/tasks/${res.body.taskId}`);
    expect(task.status).toBe(200);
    expect(task.body.source).toMatchObject({ kind: 'intel_issue', id: issueId });
    expect(task.body.orgId).toBe(w.ward);
    expect(res.body.links).toEqual([
      expect.objectContaining({ kind: 'task', id: res.body.taskId, seen: true }),
    ]);
    const direction = res.body.events.find((e: { kind: string }) => e.kind === 'direction');
    expect(direction.note).toContain('đối thoại');
    // A direction to a unit outside the leader's scope is refused and changes nothing.
    const wardOnly = await w.wardLeader.post(`/api/intel/issues/${issueId}/directions`, {
      text: 'x',
      orgId: w.ward,
      dueOn: addDays(today, 10),
    });
    expect(wardOnly.status).toBe(404);
  });

  it('links a document; resolves; a later item makes it recur, and the recurrence is a warning', async () => {
    const doc = await w.cityClerk.post('/api/documents', {
      direction: 'in',
      typeCode: 'BC',
      summary: 'Báo cáo của Đảng ủy phường về vụ khiếu kiện',
      orgId: w.city,
    });
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const linked = await w.cityClerk.post(`/api/intel/issues/${issueId}/links`, {
      kind: 'document',
      targetId: doc.body.id,
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body.links.find((l: { kind: string }) => l.kind === 'document')).toMatchObject({
      id: doc.body.id,
      title: 'Báo cáo của Đảng ủy phường về vụ khiếu kiện',
      seen: true,
    });
    // The ward cannot link the city's document to anything (it does not see it).
    expect((await w.otherClerk.get(`/api/documents/${doc.body.id}`)).status).toBe(404);
    expect(
      (await w.cityClerk.post(`/api/intel/issues/${issueId}/links`, { kind: 'task', targetId: 999999 }))
        .status,
    ).toBe(404);
    let res = await w.cityClerk.post(`/api/intel/issues/${issueId}/status`, {
      status: 'resolved',
      on: addDays(today, -1),
    });
    expect(res.body).toMatchObject({ status: 'resolved', resolvedOn: addDays(today, -1) });
    expect(res.body.can.direct).toBe(false);
    const again = await w.wardClerk.post('/api/intel/reports', {
      orgId: w.ward,
      kind: 'quick',
      items: [
        {
          category: 'dat_dai',
          severity: 3,
          summary: 'Các hộ dân lại tập trung tại trụ sở phường',
          occurredOn: today,
        },
      ],
    });
    res = await w.cityClerk.post(`/api/intel/issues/${issueId}/items`, { itemIds: [again.body.items[0].id] });
    expect(res.body).toMatchObject({ status: 'recurred', recurredOn: today });
    const warnings = await w.cityClerk.get(`/api/intel/warnings?orgId=${w.city}`);
    const rec = warnings.body.items.find((x: { kind: string }) => x.kind === 'recurrence');
    expect(rec).toMatchObject({ orgId: w.ward, category: 'dat_dai', issueId });
    expect(rec.reason).toContain('tái phát');
    const notices = await w.cityLeader.get('/api/notifications');
    expect(notices.body.items.some((n: { kind: string }) => n.kind === 'intel.recurred')).toBe(true);
  });
});

describe('the reporting calendar', () => {
  it('the city sets the ward weekly reports; the ward cannot set its own; late units show and are reminded', async () => {
    // Seen from tomorrow, a period due today is late whatever the weekday.
    const tomorrow = addDays(today, 1);
    const startsOn = addDays(today, -35);
    const lien = await t.org(w.city, 'direct_committee', 'Đảng ủy phường Liên Chiểu');
    const lienClerk = await t.as('clerk', lien, 1);
    let res = await lienClerk.put(`/api/intel/schedules/${lien}`, {
      frequency: 'weekly',
      dueDay: 1,
      startsOn,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('schedule_own_unit');
    res = await w.cityClerk.put(`/api/intel/schedules/${lien}`, {
      frequency: 'weekly',
      dueDay: 9,
      startsOn,
    });
    expect(res.status).toBe(400);
    res = await w.cityClerk.put(`/api/intel/schedules/${lien}`, {
      frequency: 'weekly',
      dueDay: 1,
      startsOn,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await w.cityClerk.put(`/api/intel/schedules/${w.otherWard}`, {
      frequency: 'monthly',
      dueDay: 5,
      startsOn,
    });
    const cal = await w.cityClerk.get(`/api/intel/calendar?orgId=${w.city}&on=${tomorrow}`);
    expect(cal.status).toBe(200);
    const ward = cal.body.items.find((i: { orgId: number }) => i.orgId === lien);
    expect(ward).toMatchObject({ frequency: 'weekly', dueDayLabel: 'Thứ Hai tuần sau' });
    expect(ward.latePeriods).toBeGreaterThanOrEqual(3);
    expect(ward.last.state).toBe('late');
    expect(cal.body.late).toBeGreaterThanOrEqual(1);
    expect((await w.otherClerk.get(`/api/intel/calendar?orgId=${lien}`)).status).toBe(404);
    expect((await w.cityClerk.post('/api/intel/reminders/run', {})).status).toBe(403);
    const run = await t.admin.post('/api/intel/reminders/run', { today: tomorrow });
    expect(run.status).toBe(200);
    expect(run.body.notices).toBeGreaterThanOrEqual(1);
    const rerun = await t.admin.post('/api/intel/reminders/run', { today: tomorrow });
    expect(rerun.body.notices).toBe(0);
    const n = await lienClerk.get('/api/notifications');
    expect(n.body.items.some((x: { kind: string }) => x.kind === 'intel.schedule.late')).toBe(true);
    // Sending the late week's report puts the unit back on time for it.
    const last = ward.last;
    await lienClerk.post('/api/intel/reports', {
      orgId: lien,
      kind: 'periodic',
      periodStart: last.start,
      periodEnd: last.end,
      items: [],
    });
    const after = await w.cityClerk.get(`/api/intel/calendar?orgId=${lien}&on=${tomorrow}`);
    expect(['on_time', 'late_received']).toContain(after.body.items[0].last.state);
    expect(after.body.items[0].last.reportId).toEqual(expect.any(Number));
    expect(after.body.items[0].latePeriods).toBe(ward.latePeriods - 1);
  });
});
