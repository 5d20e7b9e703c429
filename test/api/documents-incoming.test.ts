import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, outgoing } from '../helpers/docs.ts';

let t: TestApp;
let ward: number;
let clerk: Client;
let leader: Client;
beforeAll(async () => {
  t = await startTestApp();
  ward = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Đến');
  clerk = await t.as('clerk', ward, 2);
  leader = await t.as('leader', ward, 2);
});
afterAll(async () => {
  await t?.close();
});

describe('incoming register', () => {
  it('gives running số đến that restart each calendar year', async () => {
    const a = await incoming(clerk, ward, { receivedOn: '2025-12-30', issuedOn: '2025-12-29' });
    const b = await incoming(clerk, ward, { receivedOn: '2025-12-31', issuedOn: '2025-12-29' });
    const c = await incoming(clerk, ward, { receivedOn: '2026-01-02', issuedOn: '2025-12-29' });
    expect([a.incomingNumber, b.incomingNumber, c.incomingNumber]).toEqual([1, 2, 1]);
    const other = await t.org(t.rootId);
    const otherClerk = await t.as('clerk', other);
    expect(
      (await incoming(otherClerk, other, { receivedOn: '2026-01-02', issuedOn: '2025-12-29' }))
        .incomingNumber,
    ).toBe(1);
  });

  it('flags the same issuer + symbol + date before saving; confirming registers it', async () => {
    const body = {
      symbol: '34-CT/TU',
      issuer: 'Thành ủy Hà Nội',
      issuedOn: '2026-03-05',
      receivedOn: '2026-03-06',
      typeCode: 'CT',
    };
    const first = await incoming(clerk, ward, body);
    const check = await clerk.get(
      `/api/documents/duplicates?orgId=${ward}&symbol=34-CT%2FTU&issuedOn=2026-03-05&issuer=Th%C3%A0nh%20%E1%BB%A7y%20H%C3%A0%20N%E1%BB%99i`,
    );
    expect(check.body.items.map((d: { id: number }) => d.id)).toEqual([first.id]);
    const dup = await clerk.post('/api/documents', {
      direction: 'in',
      summary: 'Chỉ thị 34',
      orgId: ward,
      ...body,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: 'duplicate_document', existingIds: [first.id] });
    const confirmed = await clerk.post('/api/documents', {
      direction: 'in',
      summary: 'Chỉ thị 34',
      orgId: ward,
      ...body,
      confirmDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
  });

  it('refuses an issue date after the received date, and unknown types', async () => {
    const late = await clerk.post('/api/documents', {
      direction: 'in',
      typeCode: 'CV',
      summary: 'x',
      orgId: ward,
      issuedOn: '2026-05-02',
      receivedOn: '2026-05-01',
    });
    expect(late.status).toBe(422);
    const unknown = await clerk.post('/api/documents', {
      direction: 'in',
      typeCode: 'XYZ',
      summary: 'x',
      orgId: ward,
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('unknown_type');
  });

  it('a member cannot register; a clerk of another ward cannot register for this one (404)', async () => {
    const member = await t.as('member', ward);
    expect(
      (await member.post('/api/documents', { direction: 'in', typeCode: 'CV', summary: 'x', orgId: ward }))
        .status,
    ).toBe(403);
    const outsider = await t.as('clerk', await t.org(t.rootId));
    expect(
      (await outsider.post('/api/documents', { direction: 'in', typeCode: 'CV', summary: 'x', orgId: ward }))
        .status,
    ).toBe(404);
  });
});

describe('directions and inboxes', () => {
  it('a leader assigns a lead unit and coordinating units; they see the document and it lands in their inbox', async () => {
    const leadUnit = await t.org(t.rootId, 'board', 'Ban Tổ chức Thử', 'BTC');
    const coord = await t.org(t.rootId, 'board', 'Ban Tuyên giáo Thử', 'BTG');
    const leadClerk = await t.as('clerk', leadUnit);
    const coordClerk = await t.as('clerk', coord);
    const doc = await incoming(clerk, ward, { urgency: 2 });
    expect((await leadClerk.get(`/api/documents/${doc.id}`)).status).toBe(404);
    const clerkDirect = await clerk.post(`/api/documents/${doc.id}/directions`, {
      text: 'Giao Ban Tổ chức chủ trì',
    });
    expect(clerkDirect.status).toBe(403);
    const res = await leader.post(`/api/documents/${doc.id}/directions`, {
      text: 'Giao Ban Tổ chức chủ trì, Ban Tuyên giáo phối hợp tham mưu báo cáo',
      leadOrgId: leadUnit,
      coordinatingOrgIds: [coord],
      deadline: '2026-12-31',
    });
    expect(res.status).toBe(200);
    const seen = await leadClerk.get(`/api/documents/${doc.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.directions[0]).toMatchObject({ leadOrgId: leadUnit, deadline: '2026-12-31' });
    expect(seen.body.status).toBe('in_progress');
    const inbox = await leadClerk.get('/api/documents/inbox?scope=unit');
    expect(inbox.body.items.map((d: { id: number }) => d.id)).toContain(doc.id);
    expect((await coordClerk.get('/api/documents/inbox')).body.items[0].handling.role).toBe('coordinate');
    const notices = await leadClerk.get('/api/notifications');
    expect(notices.body.items[0].title).toContain('Giao xử lý văn bản');

    expect((await leadClerk.post(`/api/documents/${doc.id}/handling`, { status: 'done' })).body.status).toBe(
      'done',
    );
    const outsider = await t.as('clerk', await t.org(t.rootId));
    expect((await outsider.post(`/api/documents/${doc.id}/handling`, { status: 'done' })).status).toBe(404);
  });

  it('inbox shows overdue and urgent first', async () => {
    const unit = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Hộp Thư');
    const c = await t.as('clerk', unit);
    const normal = await incoming(c, unit, { summary: 'bình thường' });
    const urgent = await incoming(c, unit, { summary: 'hỏa tốc', urgency: 3 });
    const overdue = await incoming(c, unit, { summary: 'quá hạn', deadline: '2026-03-08' });
    const res = await c.get('/api/documents/inbox?scope=unit');
    expect(res.body.items.map((d: { id: number }) => d.id)).toEqual([overdue.id, urgent.id, normal.id]);
    expect(res.body.items[0].handling.overdue).toBe(true);
    expect(res.body.counts).toMatchObject({ new: 3, inProgress: 0 });
  });

  it('inbox pages in its own order: every item once, the total of the status, no next page at the end', async () => {
    const unit = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhiều Thư');
    const c = await t.as('clerk', unit);
    for (let i = 0; i < 5; i++) await incoming(c, unit, { summary: `thư ${i}`, urgency: i % 3 });
    const all = await c.get('/api/documents/inbox?scope=unit&limit=100');
    expect(all.body.total).toBe(5);
    expect(all.body.nextOffset).toBeNull();
    const ids: number[] = [];
    let offset: number | null = 0;
    const offsets: number[] = [];
    while (offset !== null) {
      offsets.push(offset);
      const res: {
        status: number;
        body: { total: number; nextOffset: number | null; items: { id: number }[] };
      } = await c.get(`/api/documents/inbox?scope=unit&limit=2&offset=${offset}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(5);
      ids.push(...res.body.items.map((d: { id: number }) => d.id));
      offset = res.body.nextOffset;
    }
    expect(offsets).toEqual([0, 2, 4]);
    expect(ids).toEqual(all.body.items.map((d: { id: number }) => d.id));
    expect((await c.get('/api/documents/inbox?scope=unit&status=done')).body.total).toBe(0);
    const bad = await c.get('/api/documents/inbox?offset=-1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Vị trí bắt đầu');
  });
});

describe('outgoing workflow', () => {
  it('draft → trình ký → returned with comments → resubmitted → approved → issued and delivered', async () => {
    const specialist = await t.as('specialist', ward);
    const doc = await outgoing(specialist, ward, {
      typeCode: 'BC',
      summary: 'Báo cáo kết quả công tác tháng 3',
    });
    const target = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhận');
    const targetClerk = await t.as('clerk', target);
    await specialist.post(`/api/documents/${doc.id}/recipients`, {
      orgIds: [target],
      external: ['Báo Hà Nội Mới'],
    });

    const leaderMe = (await leader.get('/api/auth/me')).body.user;
    // A specialist cannot list accounts, but can see who may sign.
    expect((await specialist.get('/api/users?role=leader')).status).toBe(403);
    const signers = await specialist.get(`/api/documents/${doc.id}/signers`);
    expect(signers.body.items.map((u: { id: number }) => u.id)).toContain(leaderMe.id);
    expect(
      (await specialist.post(`/api/documents/${doc.id}/submit`, { signerId: leaderMe.id })).body.status,
    ).toBe('submitted');
    expect((await clerk.post(`/api/documents/${doc.id}/issue`)).status).toBe(422);
    const noNote = await leader.post(`/api/documents/${doc.id}/return`, {});
    expect(noNote.status).toBe(400);
    expect(
      (await leader.post(`/api/documents/${doc.id}/return`, { note: 'Bổ sung số liệu quý I' })).body.status,
    ).toBe('returned');
    expect(
      (await specialist.patch(`/api/documents/${doc.id}`, { content: 'Đã bổ sung số liệu.' })).status,
    ).toBe(200);
    await specialist.post(`/api/documents/${doc.id}/submit`, { signerId: leaderMe.id });
    const otherLeader = await t.as('leader', ward, 2);
    expect((await otherLeader.post(`/api/documents/${doc.id}/approve`, {})).body.error.code).toBe(
      'not_the_signer',
    );
    expect((await leader.post(`/api/documents/${doc.id}/approve`, {})).body.status).toBe('approved');
    const issued = await clerk.post(`/api/documents/${doc.id}/issue`);
    expect(issued.body).toMatchObject({ symbol: '1-BC/ĐU', delivered: 1 });

    const inbox = await targetClerk.get('/api/documents/inbox?scope=unit');
    const copy = inbox.body.items.find((d: { symbol: string }) => d.symbol === '1-BC/ĐU');
    expect(copy).toMatchObject({ direction: 'in', incomingNumber: 1, issuer: 'Đảng ủy phường Đến' });
    const detail = await clerk.get(`/api/documents/${doc.id}`);
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'drafted',
      'submitted',
      'returned',
      'edited',
      'submitted',
      'approved',
      'issued',
      'sent',
    ]);
    expect(detail.body.recipients.map((r: { name: string }) => r.name)).toEqual([
      'Đảng ủy phường Nhận',
      'Báo Hà Nội Mới',
    ]);
    expect(
      (await specialist.patch(`/api/documents/${doc.id}`, { summary: 'Sửa sau khi ban hành' })).status,
    ).toBe(422);
  });

  it('the signer must be a leader who can see the document', async () => {
    const doc = await outgoing(clerk, ward);
    const me = (await clerk.get('/api/auth/me')).body.user;
    expect((await clerk.post(`/api/documents/${doc.id}/submit`, { signerId: me.id })).body.error.code).toBe(
      'signer_not_leader',
    );
    const farLeader = await t.as('leader', await t.org(t.rootId));
    expect(
      (await clerk.post(`/api/documents/${doc.id}/submit`, { signerId: farLeader.userId })).body.error.code,
    ).toBe('signer_out_of_scope');
  });
});

describe('directions become tasks', () => {
  it('a direction with a lead unit and a deadline creates a task whose source is the document', async () => {
    const cityLeader = await t.as('leader', t.rootId, 2);
    const board = await t.org(t.rootId, 'board', 'Ban Tổ chức Nhiệm vụ', 'BTC');
    const doc = await incoming(clerk, ward, {
      symbol: '34-CT/TU',
      typeCode: 'CT',
      summary: 'Chỉ thị 34 về chống né tránh',
    });
    const cityClerk = await t.as('clerk', t.rootId, 2);
    const mine = await cityClerk.get(`/api/documents/${doc.id}`);
    expect(mine.status).toBe(200);
    const res = await cityLeader.post(`/api/documents/${doc.id}/directions`, {
      text: 'Giao Ban Tổ chức tham mưu triển khai',
      leadOrgId: board,
      deadline: '2026-12-31',
    });
    expect(res.status).toBe(200);
    expect(res.body.taskId).toEqual(expect.any(Number));
    const task = await cityLeader.get(`/api/tasks/${res.body.taskId}`);
    expect(task.body).toMatchObject({ orgId: board, dueOn: '2026-12-31' });
    expect(JSON.stringify(task.body)).toContain('34-CT/TU');
    const detail = await cityLeader.get(`/api/documents/${doc.id}`);
    expect(detail.body.directions[0].taskId).toBe(res.body.taskId);
  });
});
