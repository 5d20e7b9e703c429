// Tasks: done on time, done late, overdue, stalled and bounced, the roll-up per child unit over a
// three-level tree, directive tracking, createTaskInTx from another module, access and bad input.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../domain/dates.ts';
import { addDays } from '../../domain/tasks.ts';
import type { Actor } from '../../server/auth/actor.ts';
import { one, run } from '../../server/db/sql.ts';
import { createTaskInTx } from '../../server/modules/tasks/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';

const DE_AN_PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

let t: TestApp;
let city: number;
let board: number;
let w1: number;
let w2: number;
let g1: number;
let c1: number;
let cityStaff: Client & { userId: number };
let cityLeader: Client & { userId: number };
let w1Leader: Client & { userId: number };
let w2Leader: Client & { userId: number };
let c1Member: Client & { userId: number };
const today = todayVn();

type Json = Record<string, any>;

async function task(body: Json, by: Client = cityStaff): Promise<Json> {
  const res = await by.post('/api/tasks', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const backdate = (id: number, days: number) =>
  run(
    t.rt.database.db,
    sql`UPDATE tasks SET last_report_at = now() - make_interval(days => ${days}) WHERE id = ${id}`,
  );

beforeAll(async () => {
  t = await startTestApp();
  city = t.rootId;
  board = await t.org(city, 'board', 'Ban Tổ chức Thành ủy', 'BTCTU');
  w1 = await t.org(city, 'direct_committee', 'Đảng ủy phường Hoàn Kiếm');
  w2 = await t.org(city, 'direct_committee', 'Đảng ủy phường Ba Đình');
  g1 = await t.org(w1, 'grassroots', 'Đảng bộ cơ sở Khu dân cư số 1');
  c1 = await t.org(g1, 'cell', 'Chi bộ Tổ dân phố 3');
  cityStaff = await t.as('specialist', city, 1);
  cityLeader = await t.as('leader', city, 3);
  w1Leader = await t.as('leader', w1, 1);
  w2Leader = await t.as('leader', w2, 1);
  c1Member = await t.as('member', c1, 0);
});
afterAll(async () => {
  await t?.close();
});

describe('the four states, stalled and bounced, rolled up over a three-level tree', () => {
  it('counts each child unit’s whole subtree by the unit that holds each task now', async () => {
    const a = await task({
      title: 'Rà soát đảng viên sinh hoạt nơi cư trú',
      orgId: c1,
      dueOn: addDays(today, 10),
    });
    const b = await task({ title: 'Báo cáo sơ kết Chỉ thị 05', orgId: g1, dueOn: addDays(today, -5) });
    const c = await task({ title: 'Tổng hợp ý kiến cử tri', orgId: w1, dueOn: addDays(today, -3) });
    const d = await task({ title: 'Kiện toàn chi ủy', orgId: c1, dueOn: addDays(today, 30) });
    const e = await task({ title: 'Giải quyết đơn thư khu tập thể', orgId: w1, dueOn: addDays(today, 20) });
    const f = await task({
      title: 'Xử lý lấn chiếm vỉa hè phố Hàng Bông',
      orgId: w1,
      dueOn: addDays(today, 20),
    });
    const g = await task({ title: 'Di dời chợ tạm', orgId: w2, dueOn: addDays(today, 20) });

    // On time: done before its deadline. Late: done after it (a past deadline is accepted).
    expect(
      (
        await w1Leader.post(`/api/tasks/${a.id}/updates`, {
          progress: 100,
          note: 'Xong',
          product: 'Báo cáo số 12-BC/CB',
        })
      ).status,
    ).toBe(201);
    const late = await w1Leader.post(`/api/tasks/${b.id}/updates`, { progress: 100, note: 'Đã nộp' });
    expect(late.body).toMatchObject({ state: 'done_late', done: true, doneOn: today });
    // Overdue: past its deadline and not done.
    const over = await w1Leader.post(`/api/tasks/${c.id}/updates`, { progress: 40, note: 'Đang tổng hợp' });
    expect(over.body).toMatchObject({ state: 'open_overdue', overdue: true });
    // Stalled: open with no report for 14 days (the setting).
    await backdate(d.id, 20);
    expect((await cityStaff.get(`/api/tasks/${d.id}`)).body.stalled).toBe(true);
    // One transfer is not bouncing; passing it on twice, or back to a unit that passed it on, is.
    const e1 = await cityStaff.post(`/api/tasks/${e.id}/transfer`, {
      orgId: w2,
      reason: 'Địa bàn thuộc phường Ba Đình',
    });
    expect(e1.body).toMatchObject({ orgId: w2, transferCount: 1, bounced: false });
    await w1Leader.post(`/api/tasks/${f.id}/transfer`, { orgId: w2, reason: 'Không thuộc địa bàn' });
    const back = await cityStaff.post(`/api/tasks/${f.id}/transfer`, {
      orgId: w1,
      reason: 'Phường Ba Đình trả lại',
    });
    expect(back.body).toMatchObject({ orgId: w1, transferCount: 2, bounced: true });
    await w2Leader.post(`/api/tasks/${g.id}/transfer`, { orgId: w1, reason: 'Chợ thuộc phường Hoàn Kiếm' });
    const twice = await w1Leader.post(`/api/tasks/${g.id}/transfer`, {
      orgId: g1,
      reason: 'Giao đảng bộ khu dân cư',
    });
    expect(twice.body).toMatchObject({ orgId: g1, bounced: true });

    const summary = await cityLeader.get(`/api/tasks/summary?orgId=${city}`);
    expect(summary.status).toBe(200);
    const row = (id: number) => summary.body.find((r: Json) => r.orgId === id);
    expect(row(w1)).toEqual(
      expect.objectContaining({
        orgId: w1,
        total: 6,
        done: 2,
        doneOnTime: 1,
        overdue: 1,
        stalled: 1,
        bounced: 2,
      }),
    );
    expect(row(w2)).toEqual(
      expect.objectContaining({ total: 1, done: 0, overdue: 0, stalled: 0, bounced: 0 }),
    );
    expect(row(board)).toEqual(expect.objectContaining({ total: 0 }));
    expect(summary.body.map((r: Json) => r.orgId).sort()).toEqual([board, w1, w2].sort());

    const inner = await w1Leader.get(`/api/tasks/summary?orgId=${w1}`);
    expect(inner.body).toEqual([
      expect.objectContaining({
        orgId: g1,
        total: 4,
        done: 2,
        doneOnTime: 1,
        overdue: 0,
        stalled: 1,
        bounced: 1,
      }),
    ]);
    // The grassroots level: its cell holds a (done) and d (stalled).
    const deepest = await w1Leader.get(`/api/tasks/summary?orgId=${g1}`);
    expect(deepest.body).toEqual([expect.objectContaining({ orgId: c1, total: 2, done: 1, stalled: 1 })]);
    // A unit outside the actor's scope is 404; no orgId means the actor's own unit.
    expect((await w2Leader.get(`/api/tasks/summary?orgId=${w1}`)).status).toBe(404);
    expect((await w1Leader.get('/api/tasks/summary')).body).toEqual(inner.body);

    // The setting moves the stalled threshold.
    expect((await t.admin.put('/api/settings', { stalledDays: 30 })).status).toBe(200);
    expect(
      (await cityLeader.get(`/api/tasks/summary?orgId=${city}`)).body.find((r: Json) => r.orgId === w1)
        .stalled,
    ).toBe(0);
    await t.admin.put('/api/settings', { stalledDays: 14 });

    // Lists filter by the same states (the dashboard drills down to them).
    const ids = async (q: string) =>
      (await cityLeader.get(`/api/tasks?${q}`)).body.items.map((i: Json) => i.id);
    expect(await ids(`orgId=${w1}&status=overdue`)).toEqual([c.id]);
    expect(await ids(`orgId=${w1}&status=stalled`)).toEqual([d.id]);
    expect((await ids(`orgId=${w1}&status=bounced`)).sort()).toEqual([f.id, g.id].sort());
    expect(await ids(`orgId=${w1}&status=done_on_time`)).toEqual([a.id]);
    expect(await ids(`orgId=${w1}&status=done_late`)).toEqual([b.id]);
    expect(await ids('q=via he hang bong')).toEqual([f.id]);

    // The history shows each transfer with its reason.
    const page = await cityLeader.get(`/api/tasks/${f.id}`);
    expect(
      page.body.events.filter((ev: Json) => ev.kind === 'transfer').map((ev: Json) => ev.reason),
    ).toEqual(['Không thuộc địa bàn', 'Phường Ba Đình trả lại']);
  });

  it('a secret task is counted only for those cleared to see it', async () => {
    await task({ title: 'Nhiệm vụ mật', orgId: w2, dueOn: addDays(today, 5), secrecy: 2 }, cityLeader);
    const low = (await cityStaff.get(`/api/tasks/summary?orgId=${city}`)).body.find(
      (r: Json) => r.orgId === w2,
    );
    const high = (await cityLeader.get(`/api/tasks/summary?orgId=${city}`)).body.find(
      (r: Json) => r.orgId === w2,
    );
    expect(high.total - low.total).toBe(1);
    // Nobody assigns a task above their own clearance.
    const res = await cityStaff.post('/api/tasks', { title: 'X', orgId: w2, dueOn: today, secrecy: 2 });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('secrecy_above_clearance');
  });
});

describe('extensions', () => {
  it('need a reason, move the deadline forward and are counted', async () => {
    const x = await task({ title: 'Đề án chuyển đổi số', orgId: w1, dueOn: addDays(today, 2) });
    const ok = await cityStaff.post(`/api/tasks/${x.id}/extend`, {
      dueOn: addDays(today, 32),
      reason: 'Chờ ý kiến Sở',
    });
    expect(ok.body).toMatchObject({
      dueOn: addDays(today, 32),
      originalDueOn: addDays(today, 2),
      extensionCount: 1,
    });
    const back = await cityStaff.post(`/api/tasks/${x.id}/extend`, {
      dueOn: addDays(today, 1),
      reason: 'Lùi',
    });
    expect(back.status).toBe(422);
    expect(back.body.error.message).toContain('Hạn mới phải sau hạn hiện tại');
    expect(
      (await cityLeader.get(`/api/tasks?status=extended&orgId=${w1}`)).body.items.map((i: Json) => i.id),
    ).toContain(x.id);
  });
});

describe('bad input is refused with a clear message and changes nothing', () => {
  it('transfer to the same unit, extension without a reason, progress outside 0–100, a deadline before the start', async () => {
    const x = await task({ title: 'Kiểm tra thu nộp đảng phí', orgId: w1, dueOn: addDays(today, 9) });
    const state = async () =>
      one<Json>(
        t.rt.database.db,
        sql`SELECT (SELECT row_to_json(t) FROM tasks t WHERE id = ${x.id}) AS task,
                   (SELECT count(*)::integer FROM task_events WHERE task_id = ${x.id}) AS events,
                   (SELECT count(*)::integer FROM tasks) AS tasks,
                   (SELECT count(*)::integer FROM audit_log) AS audit`,
      );
    const before = await state();
    const same = await cityStaff.post(`/api/tasks/${x.id}/transfer`, { orgId: w1, reason: 'Chuyển' });
    expect(same.status).toBe(422);
    expect(same.body.error.message).toContain('chính đơn vị này');
    const noReason = await cityStaff.post(`/api/tasks/${x.id}/extend`, { dueOn: addDays(today, 20) });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('Lý do: bắt buộc');
    const blank = await cityStaff.post(`/api/tasks/${x.id}/transfer`, { orgId: w2, reason: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.message).toContain('Lý do');
    for (const progress of [101, -1, 50.5]) {
      const res = await w1Leader.post(`/api/tasks/${x.id}/updates`, { progress, note: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('Tiến độ (%)');
    }
    const start = await cityStaff.post('/api/tasks', {
      title: 'Hạn trước ngày bắt đầu',
      orgId: w1,
      startsOn: '2026-05-10',
      dueOn: '2026-05-01',
    });
    expect(start.status).toBe(422);
    expect(start.body.error.message).toContain('Thời hạn 01/05/2026 trước ngày bắt đầu 10/05/2026');
    const kind = await cityStaff.post('/api/tasks', {
      title: 'X',
      orgId: w1,
      dueOn: today,
      source: { kind: 'rumour' },
    });
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toContain('Loại nguồn');
    expect(await state()).toEqual(before);
  });
});

describe('access', () => {
  it('the holding unit, the assigning unit, coordinators and the assignee see a task; others get 404', async () => {
    const x = await task({
      title: 'Chuẩn bị hội nghị sơ kết',
      orgId: c1,
      dueOn: addDays(today, 7),
      assigneeId: c1Member.userId,
      coordinatingOrgIds: [board],
    });
    const boardStaff = await t.as('specialist', board);
    expect((await boardStaff.get(`/api/tasks/${x.id}`)).status).toBe(200);
    expect((await w2Leader.get(`/api/tasks/${x.id}`)).status).toBe(404);
    expect((await w2Leader.get('/api/tasks')).body.items.some((i: Json) => i.id === x.id)).toBe(false);
    // The assignee (a member) reports; another member of the same cell does not.
    expect((await c1Member.get('/api/tasks?view=mine')).body.items.map((i: Json) => i.id)).toContain(x.id);
    expect(
      (await c1Member.post(`/api/tasks/${x.id}/updates`, { progress: 30, note: 'Đã họp chi ủy' })).status,
    ).toBe(201);
    const other = await t.as('member', c1);
    expect((await other.post(`/api/tasks/${x.id}/updates`, { progress: 50, note: 'x' })).status).toBe(403);
    // A coordinating unit sees but does not transfer; the assignee's unit after a transfer is not told twice.
    expect((await boardStaff.post(`/api/tasks/${x.id}/transfer`, { orgId: w2, reason: 'x' })).status).toBe(
      403,
    );
    // The unit that passed a task on keeps seeing it.
    const y = await task({ title: 'Rà soát quy hoạch cán bộ', orgId: w1, dueOn: addDays(today, 7) });
    await w1Leader.post(`/api/tasks/${y.id}/transfer`, { orgId: w2, reason: 'Thuộc Ba Đình' });
    expect((await w1Leader.get(`/api/tasks/${y.id}`)).status).toBe(200);
    expect((await w2Leader.get(`/api/tasks/${y.id}`)).body.orgId).toBe(w2);
    // An assignee must belong to the lead unit.
    const wrong = await cityStaff.post('/api/tasks', {
      title: 'X',
      orgId: w2,
      dueOn: today,
      assigneeId: c1Member.userId,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('assignee_not_in_unit');
  });
});

describe('directive tracking and tasks created by another module', () => {
  it('groups every task of one directive, whether entered by hand or created from a document direction', async () => {
    await task({
      title: 'Rà soát thủ tục hành chính trong Đảng',
      orgId: w1,
      dueOn: addDays(today, -1),
      source: { kind: 'adhoc', ref: '34-CT/TU' },
    });
    await task({
      title: 'Kiểm điểm cán bộ né tránh trách nhiệm',
      orgId: w2,
      dueOn: addDays(today, 15),
      source: { kind: 'document', ref: '34-CT/TU' },
    });
    // The documents area calls createTaskInTx inside its own transaction.
    const actorRow = await one<{ id: number; username: string; full_name: string; org_id: number }>(
      t.rt.database.db,
      sql`SELECT id, username, full_name, org_id FROM users WHERE id = ${cityLeader.userId}`,
    );
    const actor: Actor = {
      userId: actorRow!.id,
      username: actorRow!.username,
      fullName: actorRow!.full_name,
      orgId: actorRow!.org_id,
      orgPath: '',
      role: 'leader',
      clearance: 3,
    };
    const created = await t.rt.database.db.transaction((tx) =>
      createTaskInTx(
        tx,
        { actor, ip: null, requestId: 'documents-test' },
        {
          title: 'Triển khai Chỉ thị 34-CT/TU tại Ban Tổ chức',
          orgId: board,
          coordinatingOrgIds: [w1],
          dueOn: addDays(today, 20),
          source: { kind: 'document', id: 987654, ref: '34-CT/TU' },
        },
      ),
    );
    expect(created).toMatchObject({
      orgId: board,
      source: { kind: 'document', id: 987654, ref: '34-CT/TU' },
    });
    const audit = await one<{ n: number }>(
      t.rt.database.db,
      sql`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'task.create' AND entity_id = ${String(created.id)}`,
    );
    expect(audit?.n).toBe(1);
    // The coordinating ward sees it through its grant.
    expect((await w1Leader.get(`/api/tasks/${created.id}`)).status).toBe(200);

    const dirs = await cityLeader.get('/api/tasks/directives');
    const ct34 = dirs.body.items.find((d: Json) => d.ref === '34-CT/TU');
    expect(ct34).toMatchObject({ total: 3, overdue: 1, units: 3, documentId: 987654 });
    const list = await cityLeader.get(`/api/tasks?ref=${encodeURIComponent('34-CT/TU')}`);
    expect(list.body.items).toHaveLength(3);
    // A ward sees its own share of the directive only.
    const mine = (await w2Leader.get('/api/tasks/directives')).body.items.find(
      (d: Json) => d.ref === '34-CT/TU',
    );
    expect(mine.total).toBe(1);
  });
});

describe('files', () => {
  it('a report carries files; whoever sees the task downloads them, others get 404', async () => {
    const x = await task({
      title: 'Xây dựng đề án sắp xếp chi bộ',
      orgId: w1,
      dueOn: addDays(today, 30),
      coordinatingOrgIds: [board],
    });
    const report = await w1Leader.post(`/api/tasks/${x.id}/updates`, {
      progress: 100,
      note: 'Đã trình',
      product: 'Đề án số 07-ĐA/ĐU',
    });
    expect(report.status).toBe(201);
    const form = new FormData();
    form.set('eventId', String(report.body.eventId));
    form.set('file', new Blob([new Uint8Array(DE_AN_PDF)], { type: 'application/pdf' }), 'de-an-sap-xep.pdf');
    const up = await w1Leader.post(`/api/tasks/${x.id}/files`, form);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ name: 'de-an-sap-xep.pdf', eventId: report.body.eventId });
    // The type is read from the bytes: a text file is refused.
    const text = new FormData();
    text.set('file', new Blob(['Nội dung đề án'], { type: 'text/plain' }), 'de-an.txt');
    expect((await w1Leader.post(`/api/tasks/${x.id}/files`, text)).body.error.code).toBe(
      'file_type_not_allowed',
    );
    const page = await cityStaff.get(`/api/tasks/${x.id}`);
    expect(page.body.files).toHaveLength(1);
    expect(page.body.product).toBe('Đề án số 07-ĐA/ĐU');
    const file = await cityStaff.get(page.body.files[0].url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect((await w2Leader.get(page.body.files[0].url)).status).toBe(404);
    // A coordinating unit sees it but does not attach to it.
    const boardStaff = await t.as('specialist', board);
    const form2 = new FormData();
    form2.set('file', new Blob([new Uint8Array(DE_AN_PDF)], { type: 'application/pdf' }), 'x.pdf');
    expect((await boardStaff.post(`/api/tasks/${x.id}/files`, form2)).status).toBe(403);
    expect((await boardStaff.get(page.body.files[0].url)).status).toBe(200);
  });
});
