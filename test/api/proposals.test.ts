// A scheme from its assignment to its follow-up: the lead unit, the task force and the deadline of
// each stage; versions uploaded as Word with their text and a readable diff; a consultation round
// to a ward with its own deadline; comments anchored to a version (and a paragraph) with their
// dispositions and replies; the table of comments in Word as printed by LibreOffice; the standing
// committee's conclusion, the issue and the measures turned into tasks; the portfolio.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, renderDocx, SOFFICE } from '../office/pdf.ts';
import {
  create,
  DRAFT_1,
  DRAFT_2,
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

beforeAll(async () => {
  t = await startTestApp();
  w = await proposalWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const TITLE = 'Đề án nâng cao chất lượng công tác tuyên truyền miệng';

describe('the assignment', () => {
  it('creates a scheme led by a unit, in its outline, with the deadline to submit', async () => {
    const p = await create(w.drafter, { orgId: w.board, title: TITLE, kind: 'scheme', dueOn: fromToday(60) });
    id = p.id;
    expect(p).toMatchObject({
      orgId: w.board,
      orgName: 'Ban Tuyên giáo Thành ủy',
      kind: 'scheme',
      kindLabel: 'Đề án',
      title: TITLE,
      stage: 'outline',
      stageLabel: 'Xây dựng đề cương',
      daysLate: 0,
    });
    const d = await page(w.drafter, id);
    expect(d.events).toEqual([
      expect.objectContaining({
        fromStage: null,
        toStage: 'outline',
        note: 'Giao Ban Tuyên giáo Thành ủy chủ trì',
      }),
    ]);
    expect(d.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'outline',
      'drafting',
      'consultation',
      'response',
      'appraisal',
      'submission',
      'conclusion',
      'issue',
      'follow_up',
    ]);
    expect(d.can).toEqual({ manage: true, comment: true, dispose: true, conclude: false });
  });

  it('names the task force, ordered head first then by given name; a member with an account sees the scheme', async () => {
    expect((await w.teamMate.get(`/api/proposals/${id}`)).status).toBe(404);
    const res = await w.drafter.put(`/api/proposals/${id}/team`, {
      members: [
        { fullName: 'Trần Thị Bình', role: 'member' },
        { fullName: 'Lê Văn An', role: 'member', userId: w.teamMate.userId, duty: 'Phần giải pháp' },
        { fullName: 'Nguyễn Văn Hùng', role: 'head' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.team.map((m: { fullName: string }) => m.fullName)).toEqual([
      'Nguyễn Văn Hùng',
      'Lê Văn An',
      'Trần Thị Bình',
    ]);
    expect(res.body.team[0].roleLabel).toBe('Tổ trưởng');
    const seen = await page(w.teamMate, id);
    expect(seen.can.manage).toBe(true);
  });

  it('sets a deadline for each stage; they must follow the chain; a past one makes the scheme late', async () => {
    const bad = await w.drafter.put(`/api/proposals/${id}/plan`, {
      plan: [
        { stage: 'drafting', dueOn: fromToday(20) },
        { stage: 'consultation', dueOn: fromToday(10) },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('plan_out_of_order');
    expect(bad.body.error.message).toContain('Thời hạn bước «Lấy ý kiến» trước thời hạn bước «Dự thảo»');
    const ok = await w.drafter.put(`/api/proposals/${id}/plan`, {
      plan: [
        { stage: 'outline', dueOn: fromToday(-2) },
        { stage: 'drafting', dueOn: fromToday(10) },
        { stage: 'consultation', dueOn: fromToday(25) },
      ],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.daysLate).toBe(2);
    expect(ok.body.stages[0]).toMatchObject({
      stage: 'outline',
      state: 'current',
      dueOn: fromToday(-2),
      daysLate: 2,
    });
    expect(ok.body.stages[1]).toMatchObject({ stage: 'drafting', state: 'pending', daysLate: 0 });
  });
});

describe('versions and the diff', () => {
  it('stores a Word draft with its extracted text', async () => {
    const res = await uploadVersion(w.drafter, id, await draftDocx(DRAFT_1), 'du-thao-1.docx', 'Dự thảo đầu');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ version: 1, paragraphCount: 5, note: 'Dự thảo đầu', stage: 'outline' });
    expect(res.body.textChars).toBe(DRAFT_1.join('\n').length);
    const text = await w.drafter.get(`/api/proposals/${id}/versions/1`);
    expect(text.body.paragraphs).toEqual(DRAFT_1);
    const file = await w.drafter.get(`/api/proposals/${id}/versions/1/file`);
    expect(file.status).toBe(200);
  });

  it('moves forward along the chain, skipping stages said in the record', async () => {
    const res = await w.drafter.post(`/api/proposals/${id}/stage`, { stage: 'drafting' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.stage).toBe('drafting');
    expect(res.body.stages[0].state).toBe('done');
    const v2 = await uploadVersion(w.drafter, id, await draftDocx(DRAFT_2), 'du-thao-2.docx');
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, stage: 'drafting' });
  });

  it('shows what changed between two versions, paragraph by paragraph and word by word', async () => {
    const res = await w.drafter.get(`/api/proposals/${id}/diff?from=1&to=2`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.stats).toEqual({ same: 3, added: 1, removed: 1, changed: 1 });
    const changed = res.body.blocks.find((b: { kind: string }) => b.kind === 'changed');
    expect(changed).toMatchObject({ from: 2, to: 2 });
    expect(changed.parts).toEqual([
      { kind: 'removed', text: 'Tăng cường' },
      { kind: 'added', text: 'Đẩy mạnh' },
      { kind: 'same', text: ' đội ngũ báo cáo viên ở cơ sở, mỗi phường ít nhất ' },
      { kind: 'removed', text: 'năm' },
      { kind: 'added', text: 'bảy' },
      { kind: 'same', text: ' báo cáo viên.' },
    ]);
    expect(res.body.blocks.find((b: { kind: string }) => b.kind === 'removed').text).toBe(DRAFT_1[3]);
    expect(res.body.blocks.find((b: { kind: string }) => b.kind === 'added').text).toBe(DRAFT_2[4]);
    const same = await w.drafter.get(`/api/proposals/${id}/diff?from=2&to=2`);
    expect(same.status).toBe(422);
    expect(same.body.error.message).toBe('Hãy chọn hai lần dự thảo khác nhau để so sánh.');
  });
});

let fromWard: number;
let fromOffice: number;
let general: number;

describe('consultation', () => {
  it('sends version 2 to the ward with its own deadline: it is told, sees the scheme, and the scheme is in consultation', async () => {
    expect((await w.wardClerk.get(`/api/proposals/${id}`)).status).toBe(404);
    const res = await w.drafter.post(`/api/proposals/${id}/rounds`, {
      version: 2,
      dueOn: fromToday(14),
      note: 'Đề nghị góp ý bằng văn bản',
      targets: [{ orgId: w.ward, dueOn: fromToday(7) }, { userId: w.leader.userId }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ number: 1, version: 2, open: true, dueOn: fromToday(14) });
    expect(res.body.targets).toEqual([
      expect.objectContaining({
        orgId: w.ward,
        name: 'Đảng ủy phường Hải Châu',
        dueOn: fromToday(7),
        state: 'waiting',
      }),
      expect.objectContaining({ userId: w.leader.userId, dueOn: fromToday(14), state: 'waiting' }),
    ]);
    const seen = await page(w.wardClerk, id);
    expect(seen.stage).toBe('consultation');
    expect(seen.can).toEqual({ manage: false, comment: true, dispose: false, conclude: false });
    const notes = await w.wardClerk.get('/api/notifications');
    expect(JSON.stringify(notes.body)).toContain(`Xin ý kiến góp ý: ${TITLE}`);
    // The other ward still sees nothing.
    expect((await w.outsider.get(`/api/proposals/${id}`)).status).toBe(404);
  });

  it('takes the ward’s comment on a paragraph of the version sent; not on another version', async () => {
    const wrong = await w.wardClerk.post(`/api/proposals/${id}/comments`, {
      version: 1,
      author: 'Đảng ủy phường Hải Châu',
      text: 'Góp ý vào bản cũ',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('version_not_consulted');
    const res = await w.wardClerk.post(`/api/proposals/${id}/comments`, {
      version: 2,
      author: 'Đảng ủy phường Hải Châu',
      text: 'Đề nghị giảm xuống năm báo cáo viên cho phù hợp với phường nhỏ.',
      paragraph: 2,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    fromWard = res.body.id;
    expect(res.body).toMatchObject({
      version: 2,
      paragraph: 2,
      roundNumber: 1,
      late: false,
      disposition: null,
    });
    expect(res.body.paragraphText).toBe(DRAFT_2[2]);
    const round = (await page(w.drafter, id)).rounds[0];
    expect(round.targets[0]).toMatchObject({ state: 'answered', comments: 1 });
  });

  it('the lead unit enters a written opinion it received and its own remark (the stable body)', async () => {
    const res = await w.drafter.post(`/api/proposals/${id}/comments`, {
      version: 2,
      author: 'Ban Dân vận Thành ủy',
      text: 'Bổ sung vai trò của Mặt trận Tổ quốc.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(typeof res.body.id).toBe('number');
    fromOffice = res.body.id;
    const own = await w.drafter.post(`/api/proposals/${id}/comments`, {
      version: 1,
      author: 'Văn phòng Thành ủy',
      text: 'Giữ nguyên kinh phí.',
    });
    general = own.body.id;
    expect(own.status).toBe(201);
  });

  it('a consulted ward reads only its own comments; the lead unit reads all', async () => {
    const mine = await w.wardClerk.get(`/api/proposals/${id}/comments`);
    expect(mine.body.ownOnly).toBe(true);
    expect(mine.body.items.map((c: { id: number }) => c.id)).toEqual([fromWard]);
    const all = await w.drafter.get(`/api/proposals/${id}/comments`);
    expect(all.body.ownOnly).toBe(false);
    expect(all.body.items.map((c: { id: number }) => c.id)).toEqual([general, fromOffice, fromWard]);
  });
});

describe('dispositions and the table of comments', () => {
  it('accepts, explains and keeps, each with a reply; explaining needs one', async () => {
    const noReply = await w.drafter.put(`/api/proposals/${id}/comments/${fromWard}`, {
      disposition: 'explained',
      reply: '',
    });
    expect(noReply.status).toBe(400);
    expect(noReply.body.error.message).toContain(
      'Nội dung tiếp thu, giải trình: bắt buộc khi giải trình hoặc bảo lưu',
    );
    const byWard = await w.wardClerk.put(`/api/proposals/${id}/comments/${fromWard}`, {
      disposition: 'accepted',
      reply: 'Tự tiếp thu',
    });
    expect(byWard.status).toBe(403);
    const a = await w.drafter.put(`/api/proposals/${id}/comments/${fromWard}`, {
      disposition: 'explained',
      reply: 'Giữ bảy báo cáo viên vì phường đông dân.',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body).toMatchObject({ disposition: 'explained', dispositionLabel: 'Giải trình' });
    const b = await w.drafter.put(`/api/proposals/${id}/comments/${fromOffice}`, {
      disposition: 'accepted',
      reply: 'Đã bổ sung tại mục III.',
    });
    expect(b.body.disposition).toBe('accepted');
    expect((await page(w.drafter, id)).comments).toEqual({ total: 3, open: 1 });
  });

  it(
    'prints the table of comments in Word: heading, title, each comment with its disposition and reply, the counts',
    async () => {
      const res = await t.app.request(`/api/proposals/${id}/response-table.docx`, {
        headers: { cookie: w.drafter.cookie ?? '' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('officedocument.wordprocessingml');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      if (!SOFFICE) return;
      const out = await renderDocx({ table: bytes });
      const text = out.table!.all.replace(/\s+/g, ' ');
      expect(text).toContain('BẢNG TỔNG HỢP');
      expect(text).toContain('BAN TUYÊN GIÁO THÀNH ỦY');
      expect(text).toContain('dự thảo lần 1, 2 "Đề án nâng cao chất lượng công tác tuyên truyền miệng"');
      expect(text).toContain('đã xin ý kiến 2 đơn vị, cá nhân');
      // Row by row: number, whose opinion, the opinion, the disposition with its reply, the note.
      const rows = out.table!.all.split('\n');
      expect(
        rows.find((l) =>
          /^\s*1\s+Văn phòng Thành ủy\s+Giữ nguyên kinh phí\.\s+Chưa xử lý\s+Dự thảo lần 1/.test(l),
        ),
      ).toBeTruthy();
      expect(
        rows.find((l) => /^\s*2\s+Ban Dân vận.*Tiếp thu: Đã bổ sung tại mục III\./.test(l)),
      ).toBeTruthy();
      expect(
        rows.find((l) => /^\s*3\s+Đảng ủy phường.*Giải trình: Giữ bảy báo cáo viên/.test(l)),
      ).toBeTruthy();
      expect(text).toContain('Đoạn 3');
      expect(text).toContain('Tổng số 3 ý kiến: tiếp thu 1, giải trình 1, bảo lưu 0; chưa xử lý 1.');
      expect(text).toContain('Nguyễn Văn Hùng');
    },
    CONVERT_TIMEOUT_MS + 30_000,
  );

  it('a consulted ward may not download the lead unit’s table', async () => {
    const res = await w.wardClerk.get(`/api/proposals/${id}/response-table.docx`);
    expect(res.status).toBe(403);
  });
});
