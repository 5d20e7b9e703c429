// The elections API: create with the list (refused beyond the 30% surplus), ballots entered as an
// agreed count, the result — elected only above half of the base, never more than the seats, ties
// across the last seat go to another round — the two tellers' entries until they agree, the count
// record in Word with both shares, sending for approval and the approval by the committee above;
// bad input changes nothing; who may do what; a unit out of scope sees nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { CONVERT_TIMEOUT_MS, renderDocx, SOFFICE } from '../office/pdf.ts';
import { createElection, type ElectionWorld, electionWorld, invalid, vote } from './elections-fixtures.ts';

let t: TestApp;
let w: ElectionWorld;
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Chín', 'Phạm Thị Dung'];

beforeAll(async () => {
  t = await startTestApp();
  w = await electionWorld(t);
});
afterAll(async () => {
  await t?.close();
});

describe('the stable API', () => {
  it('counts: above half of the valid ballots, at most the seats, an over-marked ballot invalid', async () => {
    const id = await createElection(t.admin, {
      orgId: w.ward,
      title: 'Bầu Ban Chấp hành Đảng bộ phường',
      seats: 3,
      candidates: NAMES,
      convened: 12,
    });
    const ballots = [
      vote(4, 0, 1, 2),
      vote(4, 0, 1, 2),
      vote(4, 0, 1, 3),
      vote(4, 0, 1),
      vote(4, 0, 3),
      vote(4, 0, 1, 2, 3), // four marks for three seats: invalid by the rule
      invalid(4),
      vote(4, 0, 2),
    ];
    const post = await t.admin.post(`/api/elections/${id}/ballots`, { ballots });
    expect(post.status, JSON.stringify(post.body)).toBe(201);
    const res = await t.admin.get(`/api/elections/${id}/result`);
    expect(res.status).toBe(200);
    expect(res.body.validBallots).toBe(6);
    expect(res.body.invalidBallots).toBe(2);
    expect(res.body.reclassified).toBe(1);
    const by = Object.fromEntries(res.body.items.map((i: any) => [i.fullName, i]));
    expect(by['Nguyễn Văn An']).toMatchObject({ votes: 6, elected: true, runoff: false, share: 1 });
    expect(by['Trần Thị Bình']).toMatchObject({ votes: 4, elected: true });
    expect(by['Lê Văn Chín']).toMatchObject({
      votes: 3,
      elected: false,
      runoff: false,
      aboveThreshold: false,
    });
    expect(by['Phạm Thị Dung']).toMatchObject({ votes: 2, elected: false });
    expect(by['Trần Thị Bình'].share).toBeCloseTo(4 / 6);
    expect(by['Trần Thị Bình'].shareOfConvened).toBeCloseTo(4 / 12);
    expect(res.body.unfilled).toBe(1);
    expect(res.body.rules.map((r: any) => r.key)).toEqual([
      'congresses.candidate_surplus',
      'congresses.majority',
      'congresses.ballot_validity',
    ]);
  });

  it('ties across the last seat: none of them elected, all marked for another round', async () => {
    const id = await createElection(t.admin, {
      orgId: w.ward,
      title: 'Bầu Ủy ban Kiểm tra',
      seats: 2,
      candidates: NAMES.slice(0, 3),
      convened: 5,
    });
    await t.admin.post(`/api/elections/${id}/ballots`, {
      ballots: [vote(3, 0, 1), vote(3, 0, 2), vote(3, 0, 1), vote(3, 0, 2), vote(3, 1, 2)],
    });
    const res = await t.admin.get(`/api/elections/${id}/result`);
    expect(res.body.items.map((i: any) => [i.votes, i.elected, i.runoff])).toEqual([
      [4, true, false],
      [3, false, true],
      [3, false, true],
    ]);
  });

  it('refuses a list beyond the surplus with a Vietnamese 422, and stores nothing', async () => {
    const before = (await t.admin.get(`/api/elections?orgId=${w.ward}`)).body.items.length;
    // 3 seats: 30% rounds down to none, but one extra is always allowed, so 4 and not 5; 10 seats allow 3.
    const three = await t.admin.post('/api/elections', {
      orgId: w.ward,
      title: 'x',
      seats: 3,
      candidates: [...NAMES, 'Võ Văn Em'],
      convened: 20,
    });
    expect(three.status).toBe(422);
    expect(three.body.error.code).toBe('candidate_surplus_exceeded');
    expect(three.body.error.message).toMatch(/số dư không được quá 30%/);
    const names = Array.from({ length: 14 }, (_, i) => `Ứng cử viên ${i + 1}`);
    const ten = { orgId: w.ward, title: 'Bầu Ban Chấp hành', seats: 10, convened: 50 };
    expect((await t.admin.post('/api/elections', { ...ten, candidates: names })).status).toBe(422);
    expect((await t.admin.post('/api/elections', { ...ten, candidates: names.slice(0, 13) })).status).toBe(
      201,
    );
    expect((await t.admin.get(`/api/elections?orgId=${w.ward}`)).body.items.length).toBe(before + 1);
  });

  it('bad input: 400 or 422 in Vietnamese, nothing changed', async () => {
    const id = await createElection(t.admin, {
      orgId: w.ward,
      title: 'Bầu Bí thư',
      seats: 1,
      candidates: ['Nguyễn Văn An'],
      convened: 3,
    });
    const bad = [
      await t.admin.post('/api/elections', {
        orgId: w.ward,
        title: 'x',
        seats: 0,
        candidates: ['A'],
        convened: 3,
      }),
      await t.admin.post('/api/elections', {
        orgId: w.ward,
        title: 'x',
        seats: 1,
        candidates: [],
        convened: 3,
      }),
      await t.admin.post('/api/elections', {
        orgId: w.ward,
        title: '',
        seats: 1,
        candidates: ['A'],
        convened: 3,
      }),
      await t.admin.post('/api/elections', { orgId: w.ward, title: 'x', seats: 1, candidates: ['A'] }),
      await t.admin.post('/api/elections', {
        orgId: 'x',
        title: 'x',
        seats: 1,
        candidates: ['A'],
        convened: 1,
      }),
      await t.admin.post(`/api/elections/${id}/ballots`, { ballots: [] }),
      await t.admin.post(`/api/elections/${id}/ballots`, { ballots: [{ valid: 'yes', marks: [true] }] }),
      await t.admin.post(`/api/elections/${id}/ballots`, { ballots: [{ valid: true }] }),
      await t.admin.get('/api/elections/abc/result'),
    ];
    for (const r of bad) {
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.message).toMatch(/[ạ-ỹĐđ]|phải|không/);
    }
    const wrongLength = await t.admin.post(`/api/elections/${id}/ballots`, {
      ballots: [vote(1, 0), { valid: true, marks: [true, false] }],
    });
    expect(wrongLength.status).toBe(422);
    expect(wrongLength.body.error.code).toBe('ballot_marks_length');
    const tooMany = await t.admin.post(`/api/elections/${id}/ballots`, {
      ballots: [vote(1, 0), vote(1, 0), vote(1, 0), vote(1)],
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('ballots_exceed_convened');
    expect((await t.admin.get(`/api/elections/${id}/result`)).body.cast).toBe(0);
    expect((await t.admin.get('/api/elections/999999/result')).status).toBe(404);
  });
});

describe('two tellers', () => {
  it('shows where they disagree until both agree; the same account cannot be both', async () => {
    const id = await createElection(w.clerk, {
      orgId: w.ward,
      title: 'Phiếu giới thiệu Bí thư',
      kind: 'nomination',
      seats: 1,
      candidates: NAMES.slice(0, 2),
      convened: 4,
    });
    const a = [vote(2, 0), vote(2, 1), vote(2, 0), invalid(2)];
    const put1 = await w.clerk.put(`/api/elections/${id}/tally/1`, { ballots: a });
    expect(put1.status, JSON.stringify(put1.body)).toBe(200);
    expect((await w.clerk.put(`/api/elections/${id}/tally/2`, { ballots: a })).body.error.code).toBe(
      'same_teller',
    );
    const b = [vote(2, 0), vote(2, 0), vote(2, 0)];
    const s = (await w.teller2.put(`/api/elections/${id}/tally/2`, { ballots: b })).body;
    expect(s.agreed).toBe(false);
    expect(s.differences.map((d: any) => [d.seq, d.candidates])).toEqual([
      [2, [1, 2]],
      [4, []],
    ]);
    const refused = await w.clerk.post(`/api/elections/${id}/tally/agree`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/khác nhau ở 2 phiếu/);
    expect((await w.clerk.post(`/api/elections/${id}/submit`)).body.error.code).toBe('election_no_ballots');
    const fixed = (await w.teller2.put(`/api/elections/${id}/tally/2`, { ballots: a })).body;
    expect(fixed).toMatchObject({ agreed: true, differenceCount: 0 });
    const agreed = await w.teller2.post(`/api/elections/${id}/tally/agree`);
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(201);
    expect(agreed.body).toMatchObject({ cast: 4, validBallots: 3 });
    expect(agreed.body.items[0]).toMatchObject({ votes: 2, elected: true });
    expect((await w.clerk.get(`/api/elections/${id}/tally`)).body.tellers.map((x: any) => x.count)).toEqual([
      0, 0,
    ]);
  });
});

describe('count record, approval, access', () => {
  let id: number;
  beforeAll(async () => {
    id = await createElection(w.clerk, {
      orgId: w.ward,
      title: 'Bầu Ban Chấp hành nhiệm kỳ 2025-2030',
      seats: 2,
      candidates: NAMES.slice(0, 2),
      convened: 4,
    });
    await w.clerk.post(`/api/elections/${id}/ballots`, {
      ballots: [vote(2, 0, 1), vote(2, 0, 1), vote(2, 0), invalid(2)],
    });
  });

  it.skipIf(!SOFFICE)(
    'prints the count record with both shares',
    async () => {
      const res = await w.clerk.request('GET', `/api/elections/${id}/record.docx`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
      const doc = await t.app.request(`/api/elections/${id}/record.docx`, {
        headers: { cookie: w.clerk.cookie ?? '' },
      });
      const out = await renderDocx({ record: Buffer.from(await doc.arrayBuffer()) });
      const text = (out.record?.all ?? '').replace(/\s+/g, ' ');
      expect(text).toMatch(/BIÊN BẢN/);
      expect(text).toContain('Số phiếu thu vào: 4; số phiếu hợp lệ: 3');
      expect(text).toContain('Nguyễn Văn An');
      expect(text).toContain('100,00%'); // 3 of 3 valid ballots
      expect(text).toContain('75,00%'); // 3 of 4 convened
      expect(text).toContain('Trúng cử');
    },
    CONVERT_TIMEOUT_MS,
  );

  it('goes to the committee above for approval; the ward itself may not approve', async () => {
    expect((await w.cityLeader.post(`/api/elections/${id}/approve`, {})).body.error.code).toBe(
      'election_not_submitted',
    );
    const sub = await w.clerk.post(`/api/elections/${id}/submit`);
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    expect(sub.body.status).toBe('submitted');
    expect(
      (await w.clerk.post(`/api/elections/${id}/ballots`, { ballots: [vote(2, 0)] })).body.error.code,
    ).toBe('election_closed');
    expect((await w.wardLeader.post(`/api/elections/${id}/approve`, {})).body.error.code).toBe(
      'approval_by_superior',
    );
    const ok = await w.cityLeader.post(`/api/elections/${id}/approve`, { note: 'Chuẩn y' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', approvalNote: 'Chuẩn y' });
  });

  it('a unit out of scope gets 404 on every route', async () => {
    const o = w.outsider;
    const answers = [
      await o.get(`/api/elections/${id}`),
      await o.get(`/api/elections/${id}/result`),
      await o.get(`/api/elections/${id}/record.docx`),
      await o.get(`/api/elections/${id}/tally`),
      await o.get(`/api/elections/${id}/package`),
      await o.post(`/api/elections/${id}/ballots`, { ballots: [vote(2, 0)] }),
      await o.put(`/api/elections/${id}/tally/1`, { ballots: [] }),
      await o.post(`/api/elections/${id}/submit`),
      await o.post('/api/elections', { orgId: w.ward, title: 'x', seats: 1, candidates: ['A'], convened: 1 }),
    ];
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404));
    expect((await o.get(`/api/elections?orgId=${w.ward}`)).body.items).toEqual([]);
  });

  it('permission matrix: every role, allowed and refused', async () => {
    const body = { orgId: w.ward, title: 'Bầu thử', seats: 1, candidates: ['Nguyễn Văn An'], convened: 2 };
    const roles = ['admin', 'leader', 'clerk', 'specialist', 'member'] as const;
    const got: Record<string, number[]> = {};
    for (const role of roles) {
      const c = role === 'admin' ? t.admin : await t.as(role, w.ward);
      const created = await c.post('/api/elections', body);
      got[role] = [
        created.status,
        (await c.get(`/api/elections/${id}/result`)).status,
        (await c.post(`/api/elections/${id}/approve`, {})).status,
        (await c.post('/api/elections/stations', { name: 'Máy A', publicKey: 'x' })).status,
      ];
    }
    expect(got).toEqual({
      admin: [201, 200, 403, 422],
      leader: [201, 200, 422, 403],
      clerk: [201, 200, 403, 403],
      specialist: [201, 200, 403, 403],
      member: [403, 403, 403, 403],
    });
    expect((await t.client().get(`/api/elections/${id}/result`)).status).toBe(401);
  });
});
