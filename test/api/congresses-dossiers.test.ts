// The personnel plan's dossiers (hồ sơ nhân sự): a member's dossier takes the curriculum facts from
// the member's record, a non-member's is written in; papers of a dossier go to the file store and
// come back; an election's list is drawn from the dossiers (and still obeys the surplus rule); bad
// input changes nothing; the roles and scope of every new route.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../domain/dates.ts';
import { one } from '../../server/db/sql.ts';
import { packPlainDocx } from '../../server/office/index.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { type Actor, type ElectionWorld, electionWorld, vote } from './elections-fixtures.ts';
import { member } from './members-fixtures.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');

let t: TestApp;
let w: ElectionWorld;
let id: number;
let memberId: number;

function postPaper(c: Actor, url: string, body: Buffer = PDF, name = 'so-yeu-ly-lich.pdf') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(body)], { type: 'application/pdf' }), name);
  return c.request('POST', url, form);
}

async function counts() {
  return one<Record<string, number>>(
    t.rt.database.db,
    sql`SELECT (SELECT count(*) FROM congress_candidates)::integer AS candidates,
               (SELECT count(*) FROM congress_candidate_files)::integer AS files,
               (SELECT count(*) FROM elections)::integer AS elections,
               (SELECT count(*) FROM audit_log)::integer AS audit`,
  );
}

beforeAll(async () => {
  t = await startTestApp();
  w = await electionWorld(t);
  const res = await w.clerk.post('/api/congresses', {
    orgId: w.cell,
    title: 'Đại hội Chi bộ Tổ dân phố 5',
    term: '2025-2030',
    heldOn: addDays(todayVn(), 20),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  id = res.body.id;
  memberId = await member(t.admin, w.cell, { fullName: 'Trần Thị Bình', birthDate: '1960-03-04' });
});
afterAll(async () => {
  await t?.close();
});

describe('candidates’ dossiers', () => {
  it('opens dossiers from the member records and by name, keeps their papers, draws an election from them', async () => {
    const url = `/api/congresses/${id}/candidates`;
    const a = await w.clerk.post(url, {
      memberId,
      position: 'Bí thư Chi bộ',
      summary: '2015–2020: Chi ủy viên',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const record = (await w.clerk.get(`/api/members/${memberId}`)).body;
    expect(a.body.items[0]).toMatchObject({
      memberId,
      fullName: 'Trần Thị Bình',
      birthDate: '1960-03-04',
      admittedOn: record.admittedOn,
      position: 'Bí thư Chi bộ',
      summary: '2015–2020: Chi ủy viên',
      files: [],
    });
    const names = ['Nguyễn Văn An', 'Lê Văn Chín', 'Phạm Thị Dung'];
    for (const fullName of names) {
      const r = await w.clerk.post(url, { fullName, birthDate: '1975-01-01', theoryLevel: 'Trung cấp' });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const dup = await w.clerk.post(url, { memberId });
    expect([dup.status, dup.body.error.code]).toEqual([409, 'candidate_exists']);

    const first = a.body.items[0].id as number;
    const up = await postPaper(w.clerk, `${url}/${first}/files`);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const file = up.body.items[0].files[0];
    expect(file).toMatchObject({ name: 'so-yeu-ly-lich.pdf', mime: 'application/pdf', size: PDF.length });
    const got = await w.clerk.get(file.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toMatch(/application\/pdf/);
    expect(Number(got.headers.get('content-length'))).toBe(PDF.length);
    expect((await w.clerk.get(`${url}/${first}/files/999999`)).status).toBe(404);
    const notAllowed = await postPaper(w.clerk, `${url}/${first}/files`, Buffer.from('plain text'), 'x.txt');
    expect(notAllowed.status).toBe(400);

    const dossiers = (await w.clerk.get(url)).body.items as { id: number; fullName: string }[];
    expect(dossiers.map((d) => d.fullName)).toEqual(['Trần Thị Bình', ...names]);
    const ids = dossiers.map((d) => d.id);
    const e = await w.clerk.post(`/api/congresses/${id}/elections`, {
      title: 'Bầu Chi ủy',
      seats: 3,
      candidateIds: [ids[3], ids[0], ids[1], ids[2]],
      convened: 12,
    });
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const election = (await w.clerk.get(`/api/elections/${e.body.id}`)).body;
    expect(election.candidates.map((c: any) => c.fullName)).toEqual([
      'Phạm Thị Dung',
      'Trần Thị Bình',
      'Nguyễn Văn An',
      'Lê Văn Chín',
    ]);
    const page = (await w.clerk.get(`/api/congresses/${id}`)).body;
    expect(page.elections.map((x: any) => x.id)).toContain(e.body.id);
    // The surplus rule still holds: 2 seats take at most 3 names.
    const over = await w.clerk.post(`/api/congresses/${id}/elections`, {
      title: 'Bầu Bí thư, Phó Bí thư',
      seats: 2,
      candidateIds: ids,
      convened: 12,
    });
    expect(over.body.error.code).toBe('candidate_surplus_exceeded');
  });

  it('refuses bad input and changes nothing', async () => {
    const url = `/api/congresses/${id}/candidates`;
    const dossiers = (await w.clerk.get(url)).body.items as { id: number }[];
    const before = await counts();
    const bad = [
      await w.clerk.post(url, {}),
      await w.clerk.post(url, { memberId, fullName: 'Hai cách một lúc' }),
      await w.clerk.post(url, { fullName: '' }),
      await w.clerk.post(url, { fullName: 'Ngày sai', birthDate: '1980-02-30' }),
      await w.clerk.post(`/api/congresses/${id}/elections`, {
        title: 'x',
        seats: 1,
        candidateIds: [],
        convened: 3,
      }),
      await w.clerk.post(`/api/congresses/${id}/elections`, {
        title: 'x',
        seats: 0,
        candidateIds: [1],
        convened: 3,
      }),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(bad[0]?.body.error.message).toMatch(/Chọn một đảng viên hoặc ghi họ và tên/);
    const rules = [
      await w.clerk.post(`/api/congresses/${id}/elections`, {
        title: 'x',
        seats: 1,
        candidateIds: [999999],
        convened: 3,
      }),
      await w.clerk.post(`/api/congresses/${id}/elections`, {
        title: 'x',
        seats: 1,
        candidateIds: [dossiers[0]?.id, dossiers[0]?.id],
        convened: 3,
      }),
    ];
    expect(rules.map((r) => [r.status, r.body.error.code])).toEqual([
      [422, 'candidate_not_in_plan'],
      [422, 'candidate_repeated'],
    ]);
    expect((await w.clerk.post(url, { memberId: 999999 })).status).toBe(404);
    expect((await w.clerk.post('/api/congresses/999999/candidates', { fullName: 'A' })).status).toBe(404);
    expect((await postPaper(w.clerk, `${url}/999999/files`)).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('permission matrix: staff of the unit read and manage, members 403, other units 404', async () => {
    const url = `/api/congresses/${id}/candidates`;
    const first = ((await w.clerk.get(url)).body.items as { id: number; files: { url: string }[] }[])[0];
    const fileUrl = first?.files[0]?.url as string;
    const roles: [string, Actor, number, number][] = [
      // [who, client, read status, write status]
      ['clerk', w.clerk, 200, 201],
      ['specialist', w.teller2, 200, 201],
      ['ward leader', w.wardLeader, 200, 201],
      ['city leader', w.cityLeader, 200, 201],
      ['member', w.member, 403, 403],
      ['other ward', w.outsider, 404, 404],
    ];
    let n = 0;
    for (const [who, c, read, write] of roles) {
      n++;
      expect([who, (await c.get(url)).status]).toEqual([who, read]);
      expect([who, (await c.get(fileUrl)).status]).toEqual([who, read]);
      expect([who, (await c.post(url, { fullName: `Người thứ ${n}` })).status]).toEqual([who, write]);
      expect([who, (await postPaper(c, `${url}/${first?.id}/files`)).status]).toEqual([who, write]);
      const e = await c.post(`/api/congresses/${id}/elections`, {
        title: 'Bầu Bí thư',
        seats: 1,
        candidateIds: [first?.id],
        convened: 9,
      });
      expect([who, e.status]).toEqual([who, write]);
    }
  });

  it('builds the congress file from the records: papers, delegates, dossiers, count records, approval; as a manifest and a zip', async () => {
    const docs = `/api/congresses/${id}/documents`;
    await w.clerk.post(docs, { kind: 'political_report', body: 'Báo cáo chính trị, dự thảo một' });
    await w.clerk.post(`${docs}/political_report/1/comments`, {
      author: 'Đảng ủy phường',
      body: 'Bổ sung số liệu.',
    });
    const wordFile = await packPlainDocx('Dự thảo Nghị quyết', ['Nhiệm kỳ 2025 - 2030.']);
    const form = new FormData();
    form.append('kind', 'draft_resolution');
    form.append('file', new Blob([new Uint8Array(wordFile)]), 'du-thao-nq.docx');
    expect((await w.clerk.request('POST', `${docs}/upload`, form)).status).toBe(201);
    const d = await w.clerk.post(`/api/congresses/${id}/delegates`, { memberId, kind: 'official' });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    const elections = (await w.clerk.get(`/api/congresses/${id}`)).body.elections as {
      id: number;
      title: string;
    }[];
    const eid = elections.find((e) => e.title === 'Bầu Chi ủy')?.id as number;
    const b = await w.clerk.post(`/api/elections/${eid}/ballots`, {
      ballots: [vote(4, 0, 1, 2), vote(4, 0, 1, 3), vote(4, 0, 1, 2)],
    });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect((await w.clerk.post(`/api/elections/${eid}/submit`)).status).toBe(200);
    expect((await w.cityLeader.post(`/api/elections/${eid}/approve`, { note: 'Chuẩn y' })).status).toBe(200);

    const m = (await w.clerk.get(`/api/congresses/${id}/file`)).body;
    expect(m.congress).toMatchObject({ id, title: 'Đại hội Chi bộ Tổ dân phố 5', term: '2025-2030' });
    const paths = m.items.map((i: any) => i.path) as string[];
    expect(paths).toEqual(
      expect.arrayContaining([
        '01-van-kien/political-report-ban-1.txt',
        '01-van-kien/draft-resolution-ban-1.docx',
        '02-dai-bieu/danh-sach-dai-bieu.txt',
        '03-ho-so-nhan-su/01-tran-thi-binh/so-yeu.txt',
        '03-ho-so-nhan-su/01-tran-thi-binh/01-so-yeu-ly-lich.pdf',
        '04-bau-cu/01-bau-chi-uy/bien-ban-kiem-phieu.docx',
        '04-bau-cu/01-bau-chi-uy/ket-qua.json',
      ]),
    );
    expect(m.parts.map((p: any) => p.items > 0)).toEqual([true, true, true, true]);

    const res = await t.app.request(`/api/congresses/${id}/file.zip`, {
      headers: { cookie: w.clerk.cookie ?? '' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/zip/);
    const entries = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array));
    expect(Object.keys(entries).sort()).toEqual(
      ['manifest.json', ...manifest.items.map((i: any) => i.path)].sort(),
    );
    for (const item of manifest.items) {
      const data = entries[item.path] as Uint8Array;
      expect([item.path, createHash('sha256').update(data).digest('hex'), data.byteLength]).toEqual([
        item.path,
        item.sha256,
        item.size,
      ]);
    }
    expect(
      Buffer.from(entries['03-ho-so-nhan-su/01-tran-thi-binh/01-so-yeu-ly-lich.pdf'] as Uint8Array).equals(
        PDF,
      ),
    ).toBe(true);
    expect(
      Buffer.from(entries['01-van-kien/draft-resolution-ban-1.docx'] as Uint8Array).equals(wordFile),
    ).toBe(true);
    const paper = strFromU8(entries['01-van-kien/political-report-ban-1.txt'] as Uint8Array);
    expect(paper).toContain('Báo cáo chính trị, dự thảo một');
    expect(paper).toContain('1. Đảng ủy phường');
    expect(strFromU8(entries['02-dai-bieu/danh-sach-dai-bieu.txt'] as Uint8Array)).toContain(
      '1. Trần Thị Bình — chính thức — thẩm tra tư cách: không có vấn đề',
    );
    const result = JSON.parse(strFromU8(entries['04-bau-cu/01-bau-chi-uy/ket-qua.json'] as Uint8Array));
    expect(result.approval).toMatchObject({ status: 'approved', note: 'Chuẩn y' });
    expect(result.result.validBallots).toBe(3);
    const docx = unzipSync(entries['04-bau-cu/01-bau-chi-uy/bien-ban-kiem-phieu.docx'] as Uint8Array);
    expect(strFromU8(docx['word/document.xml'] as Uint8Array)).toContain('Bầu Chi ủy');

    for (const [c, status] of [
      [w.member, 403],
      [w.outsider, 404],
      [w.cityLeader, 200],
    ] as const) {
      expect((await c.get(`/api/congresses/${id}/file`)).status).toBe(status);
      expect((await c.request('GET', `/api/congresses/${id}/file.zip`)).status).toBe(status);
    }
    expect((await w.clerk.get('/api/congresses/999999/file')).status).toBe(404);
    expect((await w.clerk.get('/api/congresses/x/file.zip')).status).toBe(400);
  });

  it('hands the congress file to the unit’s archive once, as a closed permanent file of records', async () => {
    const url = `/api/congresses/${id}/file/handover`;
    const items = (await w.clerk.get(`/api/congresses/${id}/file`)).body.items.length as number;
    const archiveFiles = async () =>
      (await one<{ n: number }>(t.rt.database.db, sql`SELECT count(*)::integer AS n FROM archive_files`))?.n;
    const before = await archiveFiles();
    // congress.manage without archive.manage (a specialist), a member, another unit, bad input: nothing made.
    expect((await w.teller2.post(url, { fileCode: 'ĐH.01' })).status).toBe(403);
    expect((await w.member.post(url, { fileCode: 'ĐH.01' })).status).toBe(403);
    expect((await w.outsider.post(url, { fileCode: 'ĐH.01' })).status).toBe(404);
    expect((await w.clerk.post(url, { fileCode: '' })).status).toBe(400);
    expect((await w.clerk.post(url, { fileCode: 'ĐH.01', year: 1800 })).status).toBe(400);
    expect(await archiveFiles()).toBe(before);

    const res = await w.clerk.post(url, { fileCode: 'ĐH.01' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ fileCode: 'ĐH.01', documents: items + 1 });
    const file = (await w.clerk.get(`/api/archive/files/${res.body.id}`)).body;
    expect(file).toMatchObject({ fileCode: 'ĐH.01', status: 'closed', retentionYears: null, declared: true });
    expect(file.items).toHaveLength(items + 1);
    expect(file.title).toContain('Đại hội Chi bộ Tổ dân phố 5');
    const again = await w.clerk.post(url, { fileCode: 'ĐH.02' });
    expect([again.status, again.body.error.code]).toEqual([409, 'congress_file_handed_over']);
    expect(await archiveFiles()).toBe((before ?? 0) + 1);
  });
});
