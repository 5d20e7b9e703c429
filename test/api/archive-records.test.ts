// Files and records: the model retention schedule, the file plan, a file opened, filled, closed and
// declared; declared records refused on every path (the API and direct SQL); corrections as new
// records; access (404 out of scope, 403 by role) and Vietnamese field errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_SCHEDULE } from '../../domain/archive/schedule.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, upload } from '../helpers/docs.ts';
import { closedFile, handledIncoming, newFile, sqlRows } from './archive-fixtures.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
let t: TestApp;
let clerk: Client & { userId: number };
let leader: Client;
let unit: number;
beforeAll(async () => {
  t = await startTestApp();
  unit = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Kim Liên');
  clerk = await t.as('clerk', unit, 2);
  leader = await t.as('leader', unit, 2);
});
afterAll(async () => {
  await t?.close();
});

describe('retention schedule and file plan', () => {
  it('ships the model schedule as editable data, identical to domain/archive/schedule.ts', async () => {
    const res = await clerk.get('/api/archive/schedule');
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((r: any) => ({
        code: r.rowCode,
        group: r.group,
        title: r.title,
        years: r.retentionYears,
      })),
    ).toEqual(MODEL_SCHEDULE.map((r) => ({ code: r.code, group: r.group, title: r.title, years: r.years })));
    const nq = res.body.items.find((r: any) => r.rowCode === '1.02');
    expect(nq.retentionLabel).toBe('Vĩnh viễn');
    expect(res.body.items.find((r: any) => r.rowCode === '1.09').retentionLabel).toBe('10 năm');
    // Only the root office edits it; there it is audited.
    const root = await t.as('clerk', t.rootId, 1);
    expect((await clerk.patch(`/api/archive/schedule/${nq.id}`, { note: 'x' })).status).toBe(422);
    const edit = await root.patch(`/api/archive/schedule/${nq.id}`, { note: 'Theo văn bản hiện hành' });
    expect(edit.status).toBe(200);
    expect(edit.body.note).toBe('Theo văn bản hiện hành');
  });

  it('plans a file with a retention from the schedule, then opens it', async () => {
    const schedule = (await clerk.get('/api/archive/schedule')).body.items;
    const monthly = schedule.find((r: any) => r.rowCode === '1.09');
    const res = await clerk.post('/api/archive/files', {
      orgId: unit,
      year: 2026,
      fileCode: '01.03',
      title: 'Báo cáo tháng năm 2026',
      section: 'I. Tổng hợp',
      scheduleId: monthly.id,
      responsibleId: clerk.userId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'planned',
      retentionYears: 10,
      retentionLabel: '10 năm',
      section: 'I. Tổng hợp',
    });
    const dup = await clerk.post('/api/archive/files', {
      orgId: unit,
      year: 2026,
      fileCode: '01.03',
      title: 'x',
      retentionYears: null,
    });
    expect(dup.status).toBe(409);
    const open = await clerk.post(`/api/archive/files/${res.body.id}/open`, {});
    expect(open.body.status).toBe('open');
    const plan = await clerk.get(`/api/archive/files?orgId=${unit}&year=2026`);
    expect(plan.body.items.map((f: any) => f.fileCode)).toContain('01.03');
  });

  it('names bad fields in Vietnamese and requires a retention', async () => {
    const res = await clerk.post('/api/archive/files', { orgId: unit, year: 2026, title: 'Thiếu mã' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Mã hồ sơ: bắt buộc');
    const noRetention = await clerk.post('/api/archive/files', {
      orgId: unit,
      year: 2026,
      fileCode: 'X1',
      title: 'Không có thời hạn',
    });
    expect(noRetention.status).toBe(422);
    expect(noRetention.body.error.code).toBe('retention_required');
  });
});

describe('a file: open, documents, close, declare', () => {
  it('closes only when its documents are handled; records the end year and the end of retention', async () => {
    const a = await handledIncoming(clerk, unit, { issuedOn: '2020-03-05', receivedOn: '2020-03-07' });
    const b = await incoming(clerk, unit, {
      symbol: '77-CV/VPTW',
      issuedOn: '2020-11-02',
      receivedOn: '2020-11-03',
    });
    const file = await newFile(clerk, unit, { retentionYears: 10 });
    for (const id of [a.id, b.id]) {
      expect((await clerk.post(`/api/archive/files/${file.id}/documents`, { documentId: id })).status).toBe(
        200,
      );
    }
    const again = await clerk.post(`/api/archive/files/${file.id}/documents`, { documentId: a.id });
    expect(again.status).toBe(409);
    const early = await clerk.post(`/api/archive/files/${file.id}/close`, {});
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('documents_unfinished');
    expect(early.body.error.message).toContain('77-CV/VPTW');
    await clerk.post(`/api/documents/${b.id}/handling`, { status: 'done' });
    const closed = await clerk.post(`/api/archive/files/${file.id}/close`, { closedOn: '2021-01-15' });
    expect(closed.status).toBe(200);
    // The newest document is of 2020: retention runs from 1/1/2021, ten years end on 1/1/2031.
    expect(closed.body).toMatchObject({
      status: 'closed',
      endYear: 2020,
      closedOn: '2021-01-15',
      retentionEndsOn: '2031-01-01',
    });
    const late = await clerk.post(`/api/archive/files/${file.id}/documents`, {
      documentId: (await handledIncoming(clerk, unit)).id,
    });
    expect(late.status).toBe(422);
  });

  it('a declared record refuses edits through the API, with a clear message', async () => {
    const a = await handledIncoming(clerk, unit);
    const b = await handledIncoming(clerk, unit);
    const file = await closedFile(clerk, unit, [a.id, b.id], { declare: clerk });
    const detail = await clerk.get(`/api/archive/files/${file.id}`);
    expect(detail.body).toMatchObject({ declared: true, records: 2 });
    expect(detail.body.items.every((d: any) => d.record)).toBe(true);
    const edit = await clerk.patch(`/api/documents/${a.id}`, { summary: 'Sửa trích yếu' });
    expect(edit.status).toBe(422);
    expect(edit.body.error.code).toBe('record_immutable');
    expect(edit.body.error.message).toContain('tài liệu lưu trữ');
    const file2 = await upload(clerk, a.id, 'them.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf');
    expect(file2.status).toBe(422);
    const reopen = await clerk.post(`/api/archive/files/${file.id}/reopen`, {});
    expect(reopen.status).toBe(422);
    const info = await clerk.get(`/api/archive/records/${a.id}`);
    expect(info.body).toMatchObject({ record: true, fileId: file.id, destroyed: false });
    expect((await clerk.get(`/api/documents/${a.id}`)).body.summary).toBe(a.summary);
  });

  it('holds against direct SQL: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    const a = await handledIncoming(clerk, unit);
    const pdf = await upload(clerk, a.id, 'ban-goc.pdf', PDF, 'application/pdf');
    expect(pdf.status).toBe(201);
    const file = await closedFile(clerk, unit, [a.id], { declare: clerk });
    const refused = async (text: string, values: unknown[] = []) => {
      const err = await sqlRows(t, text, values).then(
        () => null,
        (e: { message?: string; code?: string }) => e,
      );
      expect(err, text).not.toBeNull();
      expect(String(err?.message)).toMatch(/tài liệu lưu trữ|lưu vĩnh viễn/);
    };
    await refused('UPDATE documents SET summary = $1 WHERE id = $2', ['Đã bị sửa lén', a.id]);
    await refused('UPDATE documents SET status = $1 WHERE id = $2', ['new', a.id]);
    await refused('DELETE FROM documents WHERE id = $1', [a.id]);
    await refused('UPDATE document_files SET text = $1 WHERE document_id = $2', ['khác', a.id]);
    await refused('UPDATE document_files SET sha256 = $1 WHERE document_id = $2', ['0'.repeat(64), a.id]);
    await refused('DELETE FROM document_files WHERE document_id = $1', [a.id]);
    await refused(
      "INSERT INTO document_files (document_id, name, mime, size, sha256) VALUES ($1, 'x.pdf', 'application/pdf', 1, $2)",
      [a.id, '1'.repeat(64)],
    );
    await refused('DELETE FROM archive_records WHERE document_id = $1', [a.id]);
    await refused('DELETE FROM archive_file_documents WHERE document_id = $1', [a.id]);
    // The disposal setting alone does not open the door: no approved list names this file.
    await refused(
      `SELECT set_config('vanphong.disposal_list', '1', true); DELETE FROM document_files WHERE document_id = ${a.id}`,
    );
    await refused('TRUNCATE documents CASCADE');
    const still = await sqlRows<{ summary: string; n: number }>(
      t,
      'SELECT d.summary, (SELECT count(*)::int FROM document_files f WHERE f.document_id = d.id) AS n FROM documents d WHERE d.id = $1',
      [a.id],
    );
    expect(still[0]).toEqual({ summary: a.summary, n: 1 });
    expect(file.id).toBeGreaterThan(0);
  });

  it('a correction is a new record linked to the old one', async () => {
    const old = await handledIncoming(clerk, unit);
    await closedFile(clerk, unit, [old.id], { declare: clerk });
    const fix = await handledIncoming(clerk, unit, {
      summary: 'Đính chính: về việc báo cáo kết quả thực hiện nhiệm vụ',
    });
    const file = await newFile(clerk, unit);
    const plain = await handledIncoming(clerk, unit);
    const notRecord = await clerk.post(`/api/archive/files/${file.id}/documents`, {
      documentId: fix.id,
      correctsDocumentId: plain.id,
    });
    expect(notRecord.status).toBe(422);
    const add = await clerk.post(`/api/archive/files/${file.id}/documents`, {
      documentId: fix.id,
      correctsDocumentId: old.id,
    });
    expect(add.status).toBe(200);
    const info = await clerk.get(`/api/archive/records/${old.id}`);
    expect(info.body.correctedBy).toEqual([fix.id]);
    expect((await clerk.get(`/api/archive/records/${fix.id}`)).body.correctsDocumentId).toBe(old.id);
    const history = (await clerk.get(`/api/documents/${old.id}`)).body.events.map((e: any) => e.kind);
    expect(history).toEqual(expect.arrayContaining(['filed', 'declared', 'corrected']));
  });
});

describe('access', () => {
  it('answers 404 outside the scope, 403 to roles that may never act', async () => {
    const file = await newFile(clerk, unit);
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Bến Nghé');
    const stranger = await t.as('clerk', other, 3);
    expect((await stranger.get(`/api/archive/files/${file.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/archive/files?orgId=${unit}`)).body.items).toEqual([]);
    expect((await stranger.post(`/api/archive/files/${file.id}/close`, {})).status).toBe(404);
    const member = await t.as('member', unit, 0);
    expect((await member.get('/api/archive/files')).status).toBe(403);
    const specialist = await t.as('specialist', unit, 0);
    expect((await specialist.post(`/api/archive/files/${file.id}/declare`, {})).status).toBe(403);
    // Clearance bounds what a file shows: a Mật file is not seen with clearance 0.
    const secret = await newFile(clerk, unit, { secrecy: 1 });
    expect((await specialist.get(`/api/archive/files/${secret.id}`)).status).toBe(404);
    expect((await leader.get(`/api/archive/files/${secret.id}`)).status).toBe(200);
    // Nor may an account plan a file above its own clearance.
    const above = await specialist.post('/api/archive/files', {
      orgId: unit,
      year: 2020,
      fileCode: 'MAT.01',
      title: 'Hồ sơ mật',
      retentionYears: 5,
      secrecy: 1,
      open: true,
    });
    expect(above.status).toBe(403);
    expect(above.body.error.code).toBe('secrecy_above_clearance');
  });

  it('a unit files only its own documents', async () => {
    const other = await t.org(t.rootId, 'direct_committee', 'Đảng ủy xã Đoài Phương');
    const rootClerk = await t.as('clerk', t.rootId, 2);
    const foreign = await incoming(rootClerk, other);
    const file = await newFile(rootClerk, unit);
    const res = await rootClerk.post(`/api/archive/files/${file.id}/documents`, { documentId: foreign.id });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('document_other_unit');
  });
});
