// A scheme after its consultation: measures (their lead unit in the drafter's scope), the moves
// past consultation (the open round ends; going back needs a reason), the standing committee's
// conclusion and the issue as the leader's acts with their references, the measures turned into
// tasks in the transaction, nothing more to comment or dispose once adopted; and the
// portfolio with each scheme's stage, lead unit, days late and open comments, counted by stage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
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
let general: number;

/** A scheme in consultation on its second draft: three comments, two of them disposed. */
beforeAll(async () => {
  t = await startTestApp();
  w = await proposalWorld(t);
  id = (
    await create(w.drafter, {
      orgId: w.board,
      title: 'Đề án tuyên truyền miệng',
      kind: 'scheme',
      dueOn: fromToday(60),
    })
  ).id;
  await w.drafter.put(`/api/proposals/${id}/team`, {
    members: [{ fullName: 'Nguyễn Văn Hùng', role: 'head' }],
  });
  expect((await uploadVersion(w.drafter, id, await draftDocx(DRAFT_1), 'du-thao-1.docx')).status).toBe(201);
  expect((await uploadVersion(w.drafter, id, await draftDocx(DRAFT_2), 'du-thao-2.docx')).status).toBe(201);
  const round = await w.drafter.post(`/api/proposals/${id}/rounds`, {
    version: 2,
    dueOn: fromToday(14),
    targets: [{ orgId: w.ward }],
  });
  expect(round.status).toBe(201);
  const comment = async (c: typeof w.drafter, version: number, text: string) => {
    const res = await c.post(`/api/proposals/${id}/comments`, { version, author: 'Nơi góp ý', text });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as number;
  };
  const fromWard = await comment(w.wardClerk, 2, 'Giảm số báo cáo viên');
  const fromOffice = await comment(w.drafter, 2, 'Bổ sung vai trò Mặt trận');
  general = await comment(w.drafter, 1, 'Giữ nguyên kinh phí');
  for (const [cid, disposition] of [
    [fromWard, 'explained'],
    [fromOffice, 'accepted'],
  ] as const) {
    const res = await w.drafter.put(`/api/proposals/${id}/comments/${cid}`, {
      disposition,
      reply: 'Trả lời',
    });
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('from appraisal to the follow-up: the measures become tasks', () => {
  it('adds measures before the issue; their lead unit must be in the drafter’s scope', async () => {
    const out = await w.drafter.post(`/api/proposals/${id}/measures`, {
      title: 'Bồi dưỡng báo cáo viên phường',
      leadOrgId: w.ward,
      dueOn: fromToday(120),
    });
    expect(out.status).toBe(422);
    expect(out.body.error.code).toBe('measure_out_of_scope');
    const m = await w.leader.post(`/api/proposals/${id}/measures`, {
      title: 'Bồi dưỡng báo cáo viên phường',
      leadOrgId: w.ward,
      dueOn: fromToday(120),
    });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect(m.body).toMatchObject({ leadOrgName: 'Đảng ủy phường Hải Châu', taskId: null });
    const own = await w.drafter.post(`/api/proposals/${id}/measures`, {
      title: 'Biên soạn tài liệu tuyên truyền miệng',
      leadOrgId: w.board,
      dueOn: fromToday(90),
    });
    expect(own.status).toBe(201);
  });

  it('moving past consultation ends the open round; going back needs a reason', async () => {
    const res = await w.drafter.post(`/api/proposals/${id}/stage`, { stage: 'response' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.rounds[0].open).toBe(false);
    expect(res.body.events.at(-1).note).toContain('Kết thúc 1 đợt lấy ý kiến đang mở');
    // Closed: the ward comments no more, and its access stays for reading.
    const late = await w.wardClerk.post(`/api/proposals/${id}/comments`, {
      version: 2,
      author: 'P',
      text: 'Muộn',
    });
    expect(late.status).toBe(403);
    expect((await w.wardClerk.get(`/api/proposals/${id}`)).status).toBe(200);
    const back = await w.drafter.post(`/api/proposals/${id}/stage`, { stage: 'drafting' });
    expect(back.status).toBe(422);
    expect(back.body.error.message).toBe('Trả về bước «Dự thảo» phải ghi rõ lý do.');
    for (const stage of ['appraisal', 'submission']) {
      const r = await w.drafter.post(`/api/proposals/${id}/stage`, { stage });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
  });

  it('the conclusion and the issue are the leader’s, with their references; the issue makes the tasks', async () => {
    const byDrafter = await w.drafter.post(`/api/proposals/${id}/stage`, {
      stage: 'conclusion',
      conclusionRef: '125-TB/TU',
      conclusionOn: fromToday(0),
    });
    expect(byDrafter.status).toBe(403);
    const noRef = await w.leader.post(`/api/proposals/${id}/stage`, { stage: 'conclusion' });
    expect(noRef.status).toBe(400);
    expect(noRef.body.error.message).toContain(
      'Số thông báo kết luận: bắt buộc khi chuyển sang bước «Ban Thường vụ kết luận»',
    );
    const concl = await w.leader.post(`/api/proposals/${id}/stage`, {
      stage: 'conclusion',
      conclusionRef: '125-TB/TU',
      conclusionOn: fromToday(0),
    });
    expect(concl.status, JSON.stringify(concl.body)).toBe(200);
    expect(concl.body.measures.every((m: { taskId: number | null }) => m.taskId === null)).toBe(true);
    const issued = await w.leader.post(`/api/proposals/${id}/stage`, {
      stage: 'issue',
      issuedRef: '05-ĐA/TU',
      issuedOn: fromToday(0),
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body).toMatchObject({ stage: 'issue', issuedRef: '05-ĐA/TU', conclusionRef: '125-TB/TU' });
    const taskIds = issued.body.measures.map((m: { taskId: number | null }) => m.taskId);
    expect(taskIds.every((x: number | null) => typeof x === 'number')).toBe(true);
    const task = await w.leader.get(`/api/tasks/${taskIds[0]}`);
    expect(task.status).toBe(200);
    expect(task.body).toMatchObject({
      title: 'Bồi dưỡng báo cáo viên phường',
      orgId: w.ward,
      dueOn: fromToday(120),
    });
    // The ward sees the task it must carry out.
    expect((await w.wardClerk.get(`/api/tasks/${taskIds[0]}`)).status).toBe(200);
    // Adopted: no more comments or dispositions.
    for (const c of [w.drafter, w.leader]) {
      const again = await c.put(`/api/proposals/${id}/comments/${general}`, {
        disposition: 'accepted',
        reply: '',
      });
      expect(again.status).toBe(422);
      expect(again.body.error).toMatchObject({
        code: 'proposal_adopted',
        message: 'Đề án đã ban hành: không nhận thêm góp ý, không sửa việc tiếp thu, giải trình.',
      });
    }
    expect((await page(w.drafter, id)).comments.open).toBe(1);
    // Repeating the task creation creates nothing more.
    const repeat = await w.leader.post(`/api/proposals/${id}/measures/tasks`);
    expect(repeat.body.created).toBe(0);
    const follow = await w.leader.post(`/api/proposals/${id}/stage`, { stage: 'follow_up' });
    expect(follow.body.stage).toBe('follow_up');
  });
});

describe('the portfolio', () => {
  it('lists each scheme with its stage, lead unit, days late and open comments, and counts by stage', async () => {
    const late = await create(w.drafter, {
      orgId: w.board,
      title: 'Báo cáo chuyên đề về dư luận xã hội năm 2026',
      kind: 'thematic_report',
      dueOn: fromToday(-5),
    });
    const res = await w.leader.get('/api/proposals');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.late).toBe(1);
    const line = res.body.items.find((p: { id: number }) => p.id === late.id);
    expect(line).toMatchObject({
      stage: 'outline',
      orgName: 'Ban Tuyên giáo Thành ủy',
      daysLate: 5,
      openComments: 0,
    });
    const main = res.body.items.find((p: { id: number }) => p.id === id);
    expect(main).toMatchObject({
      stage: 'follow_up',
      daysLate: 0,
      openComments: 1,
      comments: 3,
      versions: 2,
    });
    const count = (s: string) => res.body.byStage.find((b: { stage: string }) => b.stage === s).count;
    expect([count('outline'), count('follow_up'), count('drafting')]).toEqual([1, 1, 0]);
    const lateOnly = await w.leader.get('/api/proposals?lateOnly=true');
    expect(lateOnly.body.items.map((p: { id: number }) => p.id)).toEqual([late.id]);
    const search = await w.leader.get(`/api/proposals?q=${encodeURIComponent('du luan')}`);
    expect(search.body.items.map((p: { id: number }) => p.id)).toEqual([late.id]);
    // The consulted ward sees the scheme it was asked about, not the other; the other ward none.
    const ward = await w.wardClerk.get('/api/proposals');
    expect(ward.body.items.map((p: { id: number }) => p.id)).toEqual([id]);
    expect((await w.outsider.get('/api/proposals')).body.total).toBe(0);
  });
});
