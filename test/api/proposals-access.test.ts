// Who sees a scheme and what bad input does: a unit outside the lead unit's scope gets 404 on every
// route of the scheme; a consulted ward sees what it must comment on; roles that may never act get
// 403; bad input is refused with a Vietnamese message and changes nothing. And the reminders of the
// consultation deadlines: near, on the day, overdue, each once, none after an answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import {
  create,
  DRAFT_1,
  draftDocx,
  fromToday,
  type ProposalWorld,
  page,
  proposalWorld,
  uploadVersion,
} from './proposals-fixtures.ts';

let t: TestApp;
let w: ProposalWorld;
let id: number;
let commentId: number;

beforeAll(async () => {
  t = await startTestApp();
  w = await proposalWorld(t);
  id = (
    await create(w.drafter, {
      orgId: w.board,
      title: 'Đề án chuyển đổi số',
      kind: 'scheme',
      dueOn: fromToday(30),
    })
  ).id;
  expect((await uploadVersion(w.drafter, id, await draftDocx(DRAFT_1), 'du-thao.docx')).status).toBe(201);
  const round = await w.drafter.post(`/api/proposals/${id}/rounds`, {
    version: 1,
    dueOn: fromToday(2),
    targets: [{ orgId: w.ward }],
  });
  expect(round.status, JSON.stringify(round.body)).toBe(201);
  commentId = (
    await w.drafter.post(`/api/proposals/${id}/comments`, {
      version: 1,
      author: 'Ban Dân vận',
      text: 'Ý kiến',
    })
  ).body.id;
});
afterAll(async () => {
  await t?.close();
});

describe('access', () => {
  it('answers 404 on every route of a scheme outside the account’s scope', async () => {
    const o = w.outsider;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await draftDocx(['x']))]), 'x.docx');
    const answers = [
      await o.get(`/api/proposals/${id}`),
      await o.get(`/api/proposals/${id}/versions/1`),
      await o.get(`/api/proposals/${id}/versions/1/file`),
      await o.get(`/api/proposals/${id}/diff?from=1&to=2`),
      await o.get(`/api/proposals/${id}/comments`),
      await o.get(`/api/proposals/${id}/response-table.docx`),
      await o.post(`/api/proposals/${id}/comments`, {
        version: 1,
        author: 'Phường Thanh Khê',
        text: 'Xen vào',
      }),
      await o.put(`/api/proposals/${id}/comments/${commentId}`, { disposition: 'accepted', reply: '' }),
      await o.post(`/api/proposals/${id}/stage`, { stage: 'drafting' }),
      await o.put(`/api/proposals/${id}/team`, { members: [] }),
      await o.post(`/api/proposals/${id}/rounds`, {
        version: 1,
        dueOn: fromToday(3),
        targets: [{ orgId: w.otherWard }],
      }),
      await o.request('POST', `/api/proposals/${id}/versions`, form),
    ];
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404));
    expect(answers[0]!.body.error.message).toContain('Đề án, báo cáo');
    expect((await page(w.drafter, id)).comments.total).toBe(1);
  });

  it('a consulted ward sees the scheme, the version sent and its text, but not the others’ comments', async () => {
    const d = await page(w.wardClerk, id);
    expect(d.can).toEqual({ manage: false, comment: true, dispose: false, conclude: false });
    expect((await w.wardClerk.get(`/api/proposals/${id}/versions/1`)).body.paragraphs).toEqual(DRAFT_1);
    expect((await w.wardClerk.get(`/api/proposals/${id}/comments`)).body.items).toEqual([]);
    // A member of the ward, with the right to comment, comments for the ward.
    const c = await w.wardMember.post(`/api/proposals/${id}/comments`, {
      version: 1,
      author: 'Chi bộ 3',
      text: 'Đồng ý',
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body.roundNumber).toBe(1);
  });

  it('refuses what a role may never do, with a Vietnamese reason', async () => {
    const member = await w.wardMember.post('/api/proposals', {
      orgId: w.ward,
      title: 'Đề án của đảng viên',
      kind: 'scheme',
      dueOn: fromToday(10),
    });
    expect(member.status).toBe(403);
    const edit = await w.wardClerk.put(`/api/proposals/${id}/plan`, {
      plan: [{ stage: 'outline', dueOn: fromToday(1) }],
    });
    expect(edit.status).toBe(403);
    expect(edit.body.error.message).toContain('Chỉ đơn vị chủ trì');
    const secret = await w.drafter.post('/api/proposals', {
      orgId: w.board,
      title: 'Đề án mật',
      kind: 'scheme',
      dueOn: fromToday(10),
      secrecy: 2,
    });
    expect(secret.status).toBe(403);
    expect(secret.body.error.code).toBe('secrecy_above_clearance');
    const elsewhere = await w.drafter.post('/api/proposals', {
      orgId: w.ward,
      title: 'Đề án giao cho phường',
      kind: 'scheme',
      dueOn: fromToday(10),
    });
    expect(elsewhere.status).toBe(404);
  });
});

describe('bad input changes nothing', () => {
  it('refuses a scheme without a title, of an unknown kind, or with a malformed date, naming the field', async () => {
    const before = (await w.drafter.get('/api/proposals')).body.total;
    const cases: [Record<string, unknown>, string][] = [
      [{ orgId: w.board, title: '', kind: 'scheme', dueOn: fromToday(5) }, 'Tên đề án, báo cáo'],
      [{ orgId: w.board, title: 'X', kind: 'plan', dueOn: fromToday(5) }, 'Loại'],
      [{ orgId: w.board, title: 'X', kind: 'scheme', dueOn: '31/12/2026' }, 'Thời hạn'],
    ];
    for (const [body, field] of cases) {
      const res = await w.drafter.post('/api/proposals', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toContain(`${field}:`);
    }
    expect((await w.drafter.get('/api/proposals')).body.total).toBe(before);
  });

  it('refuses a file that is not Word, and a Word file without text; no version is stored', async () => {
    const pdf = new FormData();
    pdf.append(
      'file',
      new Blob([new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')]),
      'du-thao.pdf',
    );
    const a = await w.drafter.request('POST', `/api/proposals/${id}/versions`, pdf);
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);
    expect(a.body.error.message).toContain('.docx');
    const b = await uploadVersion(w.drafter, id, await draftDocx([]), 'trong.docx');
    expect(b.status).toBe(422);
    expect(b.body.error.message).toBe('Tệp «trong.docx» không có nội dung chữ để lưu thành dự thảo.');
    const broken = await uploadVersion(w.drafter, id, Buffer.from('PK\u0003\u0004 hỏng'), 'hong.docx');
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expect(broken.status).toBeLessThan(500);
    expect((await page(w.drafter, id)).versions).toHaveLength(1);
  });

  it('refuses a round on a missing version or with a unit twice; a comment on a missing paragraph; a bad disposition', async () => {
    const before = await page(w.drafter, id);
    const missing = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 9,
      dueOn: fromToday(5),
      targets: [{ orgId: w.otherWard }],
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toBe('Đề án chưa có dự thảo lần 9: hãy tải dự thảo lên trước.');
    const twice = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      dueOn: fromToday(5),
      targets: [{ orgId: w.otherWard }, { orgId: w.otherWard }],
    });
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe('target_duplicate');
    const neither = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      dueOn: fromToday(5),
      targets: [{}],
    });
    expect(neither.status).toBe(400);
    expect(neither.body.error.message).toContain('chọn một đơn vị hoặc một người');
    // The other ward was never granted anything.
    expect((await w.outsider.get(`/api/proposals/${id}`)).status).toBe(404);
    const para = await w.drafter.post(`/api/proposals/${id}/comments`, {
      version: 1,
      author: 'A',
      text: 'B',
      paragraph: 40,
    });
    expect(para.status).toBe(422);
    expect(para.body.error.message).toBe('Dự thảo lần 1 chỉ có 5 đoạn: không có đoạn 41.');
    const disp = await w.drafter.put(`/api/proposals/${id}/comments/${commentId}`, {
      disposition: 'maybe',
      reply: 'x',
    });
    expect(disp.status).toBe(400);
    expect(disp.body.error.message).toContain('Hướng xử lý');
    const gone = await w.drafter.put(`/api/proposals/${id}/comments/999999`, {
      disposition: 'accepted',
      reply: '',
    });
    expect(gone.status).toBe(404);
    const after = await page(w.drafter, id);
    expect(after.rounds).toEqual(before.rounds);
    expect(after.comments).toEqual(before.comments);
    expect(after.events).toEqual(before.events);
  });
});

describe('reminders of the consultation deadline', () => {
  const run = (today: string) => t.admin.post('/api/proposals/reminders/run', { today });
  const notices = async () =>
    JSON.stringify((await w.wardClerk.get('/api/notifications')).body).match(
      /hạn góp ý[^"]*?: Đề án chuyển đổi số/g,
    )?.length ?? 0;

  it('reminds the consulted ward before, on and after its deadline, each once', async () => {
    const ward2 = await t.org(w.city, 'direct_committee', 'Đảng ủy phường Sơn Trà');
    const clerk2 = await t.as('clerk', ward2);
    const r = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 1,
      dueOn: fromToday(2),
      targets: [{ orgId: ward2 }],
    });
    expect(r.status).toBe(201);
    const count = async () =>
      JSON.stringify((await clerk2.get('/api/notifications')).body).match(
        /hạn góp ý[^"]*?: Đề án chuyển đổi số/g,
      )?.length ?? 0;
    expect(await count()).toBe(0);
    expect((await run(fromToday(0))).status).toBe(200);
    expect(await count()).toBe(1);
    await run(fromToday(0));
    expect(await count()).toBe(1);
    await run(fromToday(2));
    expect(JSON.stringify((await clerk2.get('/api/notifications')).body)).toContain('Hôm nay là hạn góp ý');
    await run(fromToday(3));
    expect(JSON.stringify((await clerk2.get('/api/notifications')).body)).toContain('Quá hạn góp ý 1 ngày');
    expect(await count()).toBe(3);
    // The first ward answered (its member's comment): it is not reminded.
    await run(fromToday(3));
    expect(await notices()).toBe(0);
  });

  it('only an administrator runs them by hand', async () => {
    expect((await w.drafter.post('/api/proposals/reminders/run', {})).status).toBe(403);
  });
});
