// The action programme (chương trình hành động) of a studied resolution: a programme of kind `action`
// linked to the text (a document of the system or a reference, matched by its symbol), opened from a
// study session by cascading the superior's approved one, and checked for copying (dập khuôn) exactly
// as any programme: a lower unit that copies the committee above scores high in the superior's table.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../server/db/sql.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming } from '../helpers/docs.ts';
import { type Actor, type StudyWorld, studyWorld } from './studies-fixtures.ts';

let t: TestApp;
let w: StudyWorld;
let cityClerk: Actor;
let cityLeader: Actor;
let otherClerk: Actor;
let docId: number;
let cityProgram: number;

const TITLE = 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia';
const ITEMS = [
  'Quán triệt sâu sắc, nâng cao nhận thức của cấp ủy, chính quyền về vai trò của khoa học, công nghệ và chuyển đổi số trên địa bàn Thành phố',
  'Hoàn thiện thể chế, cơ chế khuyến khích doanh nghiệp đầu tư cho nghiên cứu, đổi mới sáng tạo của Thành phố',
  'Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể của Thành phố',
];

beforeAll(async () => {
  t = await startTestApp();
  w = await studyWorld(t);
  cityClerk = await t.as('clerk', w.city, 1);
  cityLeader = await t.as('leader', w.city, 1);
  otherClerk = await t.as('clerk', w.otherWard, 1);
  const doc = await incoming(cityClerk, w.city, {
    typeCode: 'NQ',
    summary: TITLE,
    symbol: '57-NQ/TW',
    issuer: 'Bộ Chính trị',
    issuedOn: '2024-12-22',
    receivedOn: '2024-12-25',
  });
  docId = doc.id;
});
afterAll(async () => {
  await t?.close();
});

async function programCount() {
  return (await one<{ n: number }>(t.rt.database.db, sql`SELECT count(*)::integer AS n FROM programs`))?.n;
}

describe('the city studies the resolution and issues its action programme', () => {
  it('a session on a document of the system names it by its type, symbol and summary', async () => {
    const res = await cityClerk.post('/api/studies', {
      orgId: w.city,
      resolution: { documentId: docId },
      mode: 'video',
      startsAt: '2026-01-15T08:00',
      bridge: { host: 'Hội trường Thành ủy', points: ['Đảng ủy phường Ô Chợ Dừa', 'Đảng ủy phường Láng'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.resolution).toEqual({ documentId: docId, ref: 'Nghị quyết số 57-NQ/TW', title: TITLE });
    expect(res.body.counts.expected).toBe(4);
    // A document that is not studied (a công văn) is refused.
    const cv = await incoming(cityClerk, w.city);
    const refused = await cityClerk.post('/api/studies', {
      orgId: w.city,
      resolution: { documentId: cv.id },
      mode: 'in_person',
      startsAt: '2026-01-15T08:00',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('document_not_studied');
    // The ward cannot name the city's document (it does not see it).
    const hidden = await w.wardClerk.post('/api/studies', {
      orgId: w.ward,
      resolution: { documentId: docId },
      mode: 'in_person',
      startsAt: '2026-01-20T08:00',
    });
    expect(hidden.status).toBe(404);
  });

  it('an action programme names its resolution; its kind and link are checked', async () => {
    const before = await programCount();
    const base = {
      orgId: w.city,
      title: 'Chương trình hành động',
      startsOn: '2026-01-01',
      endsOn: '2030-12-31',
    };
    const none = await cityClerk.post('/api/programs', { ...base, kind: 'action' });
    expect(none.status).toBe(400);
    const yearWith = await cityClerk.post('/api/programs', {
      ...base,
      kind: 'year',
      resolution: { documentId: docId },
    });
    expect(yearWith.status).toBe(400);
    expect(await programCount()).toBe(before);
    const res = await cityClerk.post('/api/programs', {
      ...base,
      kind: 'action',
      title: 'Chương trình hành động của Thành ủy thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị',
      resolution: { documentId: docId },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'action',
      kindLabel: 'Chương trình hành động',
      resolution: { documentId: docId, ref: 'Nghị quyết số 57-NQ/TW', title: TITLE },
    });
    cityProgram = res.body.id;
    for (const title of ITEMS) {
      expect((await cityClerk.post(`/api/programs/${cityProgram}/items`, { title })).status).toBe(201);
    }
    expect(
      (await cityLeader.post(`/api/programs/${cityProgram}/approve`, { createTasks: false })).status,
    ).toBe(200);
  });
});

describe('a ward opens its action programme from its study session', () => {
  let session: number;
  let wardProgram: number;

  it('finds the city’s action programme through the symbol of a reference written by hand', async () => {
    const res = await w.wardClerk.post('/api/studies', {
      orgId: w.ward,
      resolution: { ref: '57-NQ/TW', title: TITLE },
      mode: 'in_person',
      startsAt: '2026-01-20T08:00',
      place: 'Hội trường Đảng ủy phường',
    });
    expect(res.status).toBe(201);
    session = res.body.id;
    const link = await w.wardClerk.get(`/api/studies/${session}/action-program`);
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body).toMatchObject({
      program: null,
      superior: { id: cityProgram },
      copyScore: null,
      can: { open: true },
    });
    expect((await w.an.get(`/api/studies/${session}/action-program`)).body.can.open).toBe(false);
    expect((await w.an.post(`/api/studies/${session}/action-program`, {})).status).toBe(403);
  });

  it('opening it starts from the city’s items: a copy scores 1 until the ward concretises them', async () => {
    const res = await w.wardClerk.post(`/api/studies/${session}/action-program`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ orgId: w.ward, parentProgramId: cityProgram, itemCount: 3 });
    wardProgram = res.body.id;
    const detail = await w.wardClerk.get(`/api/programs/${wardProgram}`);
    expect(detail.body).toMatchObject({ kind: 'action', resolution: { ref: 'Nghị quyết số 57-NQ/TW' } });
    const link = await w.wardClerk.get(`/api/studies/${session}/action-program`);
    expect(link.body).toMatchObject({ program: { id: wardProgram }, copyScore: 1, can: { open: false } });
    expect((await w.wardClerk.post(`/api/studies/${session}/action-program`, {})).status).toBe(409);
  });

  it('another ward that copies the city’s text with its own name scores high in the city’s table', async () => {
    const mismatch = await otherClerk.post('/api/programs', {
      orgId: w.otherWard,
      kind: 'action',
      title: 'Chương trình hành động',
      startsOn: '2026-02-01',
      endsOn: '2030-12-31',
      parentProgramId: cityProgram,
      resolution: { ref: 'Nghị quyết số 59-NQ/TW', title: 'về hội nhập quốc tế trong tình hình mới' },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.code).toBe('resolution_mismatch');
    const yearUnder = await otherClerk.post('/api/programs', {
      orgId: w.otherWard,
      kind: 'year',
      title: 'Chương trình công tác năm 2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      parentProgramId: cityProgram,
    });
    expect(yearUnder.status).toBe(422);
    const res = await otherClerk.post('/api/programs', {
      orgId: w.otherWard,
      kind: 'action',
      title: 'Chương trình hành động của Đảng ủy phường Láng thực hiện Nghị quyết số 57-NQ/TW',
      startsOn: '2026-02-01',
      endsOn: '2030-12-31',
      parentProgramId: cityProgram,
      resolution: { ref: 'Nghị quyết 57-NQ/TW', title: TITLE },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    for (const title of ITEMS) {
      const own = title.replace(/của Thành phố|trên địa bàn Thành phố/, 'của phường Láng');
      expect((await otherClerk.post(`/api/programs/${res.body.id}/items`, { title: own })).status).toBe(201);
    }
    const check = await otherClerk.get(`/api/programs/${res.body.id}/copy-check`);
    expect(check.body.copyScore).toBeGreaterThanOrEqual(0.9);
    const table = await cityLeader.get(`/api/programs/${cityProgram}/cascade`);
    expect(table.status).toBe(200);
    const scores = Object.fromEntries(
      table.body.items.map((i: { orgId: number; copyScore: number }) => [i.orgId, i.copyScore]),
    );
    expect(scores[w.ward]).toBe(1);
    expect(scores[w.otherWard]).toBeGreaterThanOrEqual(0.9);
    const list = await cityLeader.get('/api/programs?kind=action&resolution=57-NQ%2FTW');
    expect(list.body.items.map((p: { id: number }) => p.id).sort()).toEqual(
      [cityProgram, wardProgram, res.body.id].sort(),
    );
  });
});
