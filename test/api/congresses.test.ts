// Congress preparation: a chi bộ's congress with its timetable (each step with its deadline, overdue
// when past it and not done), steps added and marked done, its elections listed on its page; an
// election tied to a congress of another unit is refused; bad input and scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { packPlainDocx } from '../../server/office/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type ElectionWorld, electionWorld } from './elections-fixtures.ts';
import { member } from './members-fixtures.ts';

let t: TestApp;
let w: ElectionWorld;
let id: number;

beforeAll(async () => {
  t = await startTestApp();
  w = await electionWorld(t);
  const res = await w.clerk.post('/api/congresses', {
    orgId: w.cell,
    title: 'Đại hội Chi bộ Tổ dân phố 5',
    term: '2025-2030',
    heldOn: addDays(todayVn(), 20),
    milestones: [
      { title: 'Xây dựng dự thảo báo cáo chính trị', dueOn: addDays(todayVn(), -3) },
      { title: 'Xây dựng đề án nhân sự', dueOn: addDays(todayVn(), 5) },
    ],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  id = res.body.id;
});
afterAll(async () => {
  await t?.close();
});

describe('congress preparation', () => {
  it('keeps the timetable: overdue steps, added steps, steps done', async () => {
    let c = (await w.clerk.get(`/api/congresses/${id}`)).body;
    expect(c.milestones.map((m: any) => [m.title, m.overdue])).toEqual([
      ['Xây dựng dự thảo báo cáo chính trị', true],
      ['Xây dựng đề án nhân sự', false],
    ]);
    c = (
      await w.clerk.post(`/api/congresses/${id}/milestones`, {
        title: 'Trình chuẩn y kết quả bầu cử',
        dueOn: addDays(todayVn(), 25),
      })
    ).body;
    expect(c.milestones).toHaveLength(3);
    const first = c.milestones[0].id;
    c = (await w.clerk.put(`/api/congresses/${id}/milestones/${first}`, { doneOn: todayVn() })).body;
    expect(c.milestones[0]).toMatchObject({ doneOn: todayVn(), overdue: false });
    expect((await w.clerk.put(`/api/congresses/${id}/milestones/999999`, { doneOn: null })).status).toBe(404);
  });

  it('lists the elections held at the congress; refuses one for another unit', async () => {
    const e = await w.clerk.post('/api/elections', {
      orgId: w.cell,
      congressId: id,
      title: 'Bầu Chi ủy',
      seats: 3,
      candidates: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Chín', 'Phạm Thị Dung'],
      convened: 15,
    });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const other = await w.clerk.post('/api/elections', {
      orgId: w.ward,
      congressId: id,
      title: 'Bầu Ban Chấp hành',
      seats: 1,
      candidates: ['A'],
      convened: 3,
    });
    expect(other.body.error.code).toBe('congress_other_unit');
    const c = (await w.clerk.get(`/api/congresses/${id}`)).body;
    expect(c.elections.map((x: any) => x.title)).toEqual(['Bầu Chi ủy']);
    expect((await w.clerk.get(`/api/congresses?orgId=${w.cell}`)).body.items.map((x: any) => x.id)).toEqual([
      id,
    ]);
  });

  it('bad input, scope and roles', async () => {
    const bad = [
      await w.clerk.post('/api/congresses', {
        orgId: w.cell,
        title: 'x',
        term: '2025-2030',
        heldOn: '2025-02-30',
      }),
      await w.clerk.post('/api/congresses', {
        orgId: w.cell,
        title: '',
        term: '2025-2030',
        heldOn: '2025-05-01',
      }),
      await w.clerk.post(`/api/congresses/${id}/milestones`, { title: 'x' }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(bad[0]?.body.error.message).toMatch(/Ngày đại hội/);
    expect((await w.outsider.get(`/api/congresses/${id}`)).status).toBe(404);
    expect((await w.outsider.get('/api/congresses')).body.items).toEqual([]);
    expect(
      (
        await w.outsider.post('/api/congresses', {
          orgId: w.cell,
          title: 'x',
          term: 'y',
          heldOn: '2025-05-01',
        })
      ).status,
    ).toBe(404);
    expect((await w.member.get(`/api/congresses/${id}`)).status).toBe(403);
    expect(
      (await w.member.post('/api/congresses', { orgId: w.ward, title: 'x', term: 'y', heldOn: '2025-05-01' }))
        .status,
    ).toBe(403);
    expect((await w.cityLeader.get(`/api/congresses/${id}`)).status).toBe(200);
  });
});

describe('delegates and their credentials', () => {
  it('refuses a non-member and a probationary member; records recent discipline as a finding', async () => {
    const heldOn = addDays(todayVn(), 10);
    const c = await w.clerk.post('/api/congresses', {
      orgId: w.cell,
      title: 'Đại hội Chi bộ (đại biểu)',
      term: '2025-2030',
      heldOn,
    });
    const full = await member(t.admin, w.cell, { fullName: 'Trần Văn Đủ' });
    const disciplined = await member(t.admin, w.cell, { fullName: 'Lê Văn Kỷ' });
    const probationary = await member(t.admin, w.cell, {
      fullName: 'Phạm Thị Dự',
      birthDate: '1995-01-01',
      admittedOn: addDays(todayVn(), -100),
      officialOn: undefined,
    });
    const elsewhere = await member(t.admin, w.otherWard, { fullName: 'Võ Văn Ngoài' });
    const decided = await w.cityLeader.post('/api/discipline', {
      memberId: disciplined,
      form: 'khien_trach',
      violatedOn: addDays(todayVn(), -90),
      decidedOn: addDays(todayVn(), -30),
      authorityOrgId: w.cell,
      reason: 'Vi phạm quy định về sinh hoạt đảng',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const url = `/api/congresses/${c.body.id}/delegates`;
    const ok = await w.clerk.post(url, { memberId: full, kind: 'official' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const flagged = await w.clerk.post(url, { memberId: disciplined, kind: 'alternate' });
    expect(flagged.status, JSON.stringify(flagged.body)).toBe(201);
    expect(flagged.body.items.map((d: any) => [d.fullName, d.kind, d.problems.length])).toEqual([
      ['Trần Văn Đủ', 'official', 0],
      ['Lê Văn Kỷ', 'alternate', 1],
    ]);
    expect(flagged.body.items[1].problems[0]).toMatch(/^Bị kỷ luật khiển trách ngày/);
    expect((await w.clerk.post(url, { memberId: probationary, kind: 'official' })).body.error.code).toBe(
      'delegate_probationary',
    );
    expect((await w.clerk.post(url, { memberId: elsewhere, kind: 'official' })).body.error.code).toBe(
      'delegate_not_member',
    );
    expect((await w.clerk.post(url, { memberId: full, kind: 'official' })).status).toBe(409);
    expect((await w.clerk.post(url, { memberId: full, kind: 'x' })).status).toBe(400);
    const page = (await w.clerk.get(`/api/congresses/${c.body.id}`)).body;
    expect(page.delegates).toHaveLength(2);
    const removed = await w.clerk.delete(`${url}/${page.delegates[0].id}`);
    expect(removed.body.items).toHaveLength(1);
    expect((await w.outsider.post(url, { memberId: full, kind: 'official' })).status).toBe(404);
  });

  it("a đảng bộ's congress takes delegates from the chi bộ below it, not from another unit", async () => {
    const c = await w.clerk.post('/api/congresses', {
      orgId: w.ward,
      title: 'Đại hội Đảng bộ phường Hải Châu',
      term: '2025-2030',
      heldOn: addDays(todayVn(), 15),
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const fromCell = await member(t.admin, w.cell, { fullName: 'Đặng Văn Cơ Sở' });
    const elsewhere = await member(t.admin, w.otherWard, { fullName: 'Hồ Thị Khác' });
    const url = `/api/congresses/${c.body.id}/delegates`;
    const ok = await w.clerk.post(url, { memberId: fromCell, kind: 'official' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.items.map((d: any) => [d.fullName, d.problems])).toEqual([['Đặng Văn Cơ Sở', []]]);
    const refused = await w.clerk.post(url, { memberId: elsewhere, kind: 'official' });
    expect(refused.body.error.code).toBe('delegate_not_member');
    expect(refused.body.error.message).toMatch(/các chi bộ trực thuộc/);
    // The chi bộ's own congress still does not take a member of the ward's other units.
    const cellCongress = await w.clerk.post('/api/congresses', {
      orgId: w.cell,
      title: 'Đại hội Chi bộ (tư cách)',
      term: '2025-2030',
      heldOn: addDays(todayVn(), 15),
    });
    const sibling = await t.org(w.ward, 'cell', 'Chi bộ Tổ dân phố 6', 'CB6');
    const neighbour = await member(t.admin, sibling, { fullName: 'Ngô Văn Bên' });
    expect(
      (
        await w.clerk.post(`/api/congresses/${cellCongress.body.id}/delegates`, {
          memberId: neighbour,
          kind: 'official',
        })
      ).body.error.code,
    ).toBe('delegate_not_member');
  });
});

describe('the congress papers', () => {
  it('numbers the versions of each paper and keeps comments on a version', async () => {
    const url = `/api/congresses/${id}/documents`;
    await w.clerk.post(url, { kind: 'political_report', body: 'Dự thảo lần một', note: 'Gửi chi ủy' });
    const second = await w.clerk.post(url, { kind: 'political_report', body: 'Dự thảo lần hai, đã sửa' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    await w.clerk.post(url, { kind: 'personnel_plan', body: 'Đề án nhân sự chi ủy 3 đồng chí' });
    const list = (await w.clerk.get(url)).body.items;
    expect(list.map((d: any) => [d.kind, d.versions.map((v: any) => v.version)])).toEqual([
      ['political_report', [1, 2]],
      ['self_review', []],
      ['draft_resolution', []],
      ['personnel_plan', [1]],
    ]);
    const c = await w.teller2.post(`${url}/political_report/1/comments`, {
      author: 'Đồng chí Bí thư Đảng ủy phường',
      body: 'Bổ sung phần đánh giá công tác phát triển đảng viên.',
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const v1 = (await w.clerk.get(`${url}/political_report/1`)).body;
    expect(v1).toMatchObject({ body: 'Dự thảo lần một', note: 'Gửi chi ủy' });
    expect(v1.comments.map((x: any) => x.author)).toEqual(['Đồng chí Bí thư Đảng ủy phường']);
    expect((await w.clerk.get(`${url}/political_report/2`)).body.comments).toEqual([]);
    expect((await w.clerk.get(`${url}/political_report/3`)).status).toBe(404);
    expect((await w.clerk.get(`${url}/x/1`)).status).toBe(400);
    expect((await w.clerk.post(url, { kind: 'political_report', body: '' })).status).toBe(400);
    expect((await w.outsider.get(url)).status).toBe(404);
    expect((await w.member.post(url, { kind: 'self_review', body: 'x' })).status).toBe(403);
  });

  it('takes a version as a Word file: keeps the file, extracts its text for the comments', async () => {
    const url = `/api/congresses/${id}/documents`;
    const docx = await packPlainDocx('Dự thảo Nghị quyết Đại hội', [
      'Nhiệm kỳ 2025 - 2030, Chi bộ phấn đấu đạt trong sạch, vững mạnh.',
      'Kết nạp ít nhất hai đảng viên mới.',
    ]);
    const form = (kind: string, data: Buffer, name: string) => {
      const f = new FormData();
      f.append('kind', kind);
      f.append('note', 'Bản Word gửi chi ủy');
      f.append(
        'file',
        new Blob([new Uint8Array(data)], {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
        name,
      );
      return f;
    };
    const up = await w.clerk.request(
      'POST',
      `${url}/upload`,
      form('draft_resolution', docx, 'du-thao-nq.docx'),
    );
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const kind = up.body.items.find((d: any) => d.kind === 'draft_resolution');
    expect(kind.versions.map((v: any) => [v.version, v.fileName])).toEqual([[1, 'du-thao-nq.docx']]);
    const v1 = (await w.clerk.get(`${url}/draft_resolution/1`)).body;
    expect(v1.body).toContain('Kết nạp ít nhất hai đảng viên mới.');
    expect(v1).toMatchObject({ note: 'Bản Word gửi chi ủy', fileName: 'du-thao-nq.docx' });
    const c = await w.teller2.post(`${url}/draft_resolution/1/comments`, {
      author: 'Chi ủy',
      body: 'Nêu rõ chỉ tiêu.',
    });
    expect(c.status).toBe(201);
    const file = await t.app.request(v1.fileUrl, { headers: { cookie: w.clerk.cookie ?? '' } });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(docx)).toBe(true);
    // A typed version has no file; bad input and roles change nothing.
    expect((await w.clerk.get(`${url}/political_report/1/file`)).status).toBe(404);
    const bad = [
      await w.clerk.request('POST', `${url}/upload`, form('x', docx, 'a.docx')),
      await w.clerk.request(
        'POST',
        `${url}/upload`,
        form('self_review', Buffer.from('không phải Word'), 'a.docx'),
      ),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400]);
    expect(
      (await w.member.request('POST', `${url}/upload`, form('self_review', docx, 'a.docx'))).status,
    ).toBe(403);
    expect(
      (await w.outsider.request('POST', `${url}/upload`, form('self_review', docx, 'a.docx'))).status,
    ).toBe(404);
    expect((await w.outsider.get(v1.fileUrl)).status).toBe(404);
    const after = (await w.clerk.get(url)).body.items.find((d: any) => d.kind === 'self_review');
    expect(after.versions).toEqual([]);
  });
});
