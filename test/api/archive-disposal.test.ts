// Retention and disposal end to end: the files whose retention has ended, a proposed list, the
// council's review (destroy / keep longer), the approval, the destruction that leaves tombstones and
// the minutes (Word), the stored files released; a legal hold blocks it until lifted.
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from '../../server/files/store.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../helpers/docs.ts';
import { closedFile, handledIncoming, sqlRows } from './archive-fixtures.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
let t: TestApp;
let clerk: Client;
let leader: Client;
let unit: number;
let store: LocalFileStore;

beforeAll(async () => {
  t = await startTestApp();
  unit = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Hoàn Kiếm');
  clerk = await t.as('clerk', unit, 2);
  leader = await t.as('leader', unit, 2);
  store = new LocalFileStore(t.dataDir);
});
afterAll(async () => {
  await t?.close();
});

/** A declared file closed in 2020 with `years` of retention, holding documents with files. */
async function dueFile(years: number | null, docs = 1, opts: { unique?: string; shared?: boolean } = {}) {
  const ids: number[] = [];
  for (let i = 0; i < docs; i++) {
    const d = await handledIncoming(clerk, unit, { issuedOn: '2020-05-04', receivedOn: '2020-05-06' });
    if (opts.shared)
      expect((await upload(clerk, d.id, 'chi-thi.pdf', PDF, 'application/pdf')).status).toBe(201);
    if (opts.unique) {
      const unique = Buffer.concat([PDF, Buffer.from(`\n%${opts.unique}-${i}\n`)]);
      expect((await upload(clerk, d.id, `ban-${i}.pdf`, unique, 'application/pdf')).status).toBe(201);
    }
    ids.push(d.id);
  }
  const file = await closedFile(clerk, unit, ids, { declare: clerk, file: { retentionYears: years } });
  return { file, ids };
}

async function approvedList(
  fileIds: number[],
  decisions: Record<number, 'destroy' | { keep: number | null }>,
) {
  const list = await clerk.post('/api/archive/disposal-lists', {
    orgId: unit,
    title: 'Tài liệu hết giá trị năm 2020',
    fileIds,
    council: 'Hội đồng xác định giá trị tài liệu (Quyết định 12-QĐ/ĐU)',
  });
  expect(list.status).toBe(201);
  const review = await clerk.post(`/api/archive/disposal-lists/${list.body.id}/review`, {
    reviewedOn: '2026-11-20',
    council: 'Đ/c Nguyễn Văn A (Chủ tịch), đ/c Trần Thị B, đ/c Lê Văn C',
    decisions: fileIds.map((id) => {
      const d = decisions[id] ?? 'destroy';
      return d === 'destroy'
        ? { fileId: id, decision: 'destroy', reason: 'Hết thời hạn bảo quản, không còn giá trị' }
        : { fileId: id, decision: 'keep', keepYears: d.keep, reason: 'Còn giá trị tham khảo' };
    }),
  });
  expect(review.status).toBe(200);
  const approve = await leader.post(`/api/archive/disposal-lists/${list.body.id}/approve`, {
    decisionRef: '45-QĐ/ĐU',
  });
  expect(approve.status).toBe(200);
  return list.body.id as number;
}

describe('retention ended', () => {
  it('lists closed files whose retention has ended; permanent and running ones are not due', async () => {
    const due = await dueFile(5);
    const running = await dueFile(10);
    const permanent = await dueFile(null);
    const res = await clerk.get(`/api/archive/disposal/due?orgId=${unit}`);
    const ids = res.body.items.map((f: any) => f.id);
    expect(ids).toContain(due.file.id);
    expect(ids).not.toContain(running.file.id);
    expect(ids).not.toContain(permanent.file.id);
    const notYet = await clerk.post('/api/archive/disposal-lists', {
      orgId: unit,
      title: 'Thử',
      fileIds: [running.file.id],
    });
    expect(notYet.status).toBe(422);
    expect(notYet.body.error.code).toBe('retention_not_ended');
  });
});

describe('disposal end to end', () => {
  it('review, approval and destruction leave only tombstones and the minutes', async () => {
    const a = await dueFile(5, 2, { unique: 'hoso-a', shared: true });
    const b = await dueFile(5);
    const list = await clerk.post('/api/archive/disposal-lists', {
      orgId: unit,
      title: 'Danh sách 2026',
      fileIds: [a.file.id, b.file.id],
    });
    const id = list.body.id as number;
    expect(list.body.status).toBe('proposed');
    expect(
      (await leader.post(`/api/archive/disposal-lists/${id}/approve`, { decisionRef: '1-QĐ/ĐU' })).status,
    ).toBe(422);
    const partial = await clerk.post(`/api/archive/disposal-lists/${id}/review`, {
      reviewedOn: '2026-11-20',
      council: 'Hội đồng',
      decisions: [{ fileId: a.file.id, decision: 'destroy', reason: 'Hết giá trị' }],
    });
    expect(partial.status).toBe(422);
    expect(partial.body.error.code).toBe('decision_missing');
    const review = await clerk.post(`/api/archive/disposal-lists/${id}/review`, {
      reviewedOn: '2026-11-20',
      council: 'Đ/c Nguyễn Văn A (Chủ tịch Hội đồng), đ/c Trần Thị B',
      decisions: [
        { fileId: a.file.id, decision: 'destroy', reason: 'Hết thời hạn bảo quản' },
        { fileId: b.file.id, decision: 'keep', keepYears: 10, reason: 'Còn giá trị tham khảo' },
      ],
    });
    expect(review.body.status).toBe('reviewed');
    expect((await clerk.post(`/api/archive/disposal-lists/${id}/approve`, { decisionRef: 'x' })).status).toBe(
      403,
    );
    expect((await clerk.post(`/api/archive/disposal-lists/${id}/destroy`, {})).status).toBe(422);
    const approve = await leader.post(`/api/archive/disposal-lists/${id}/approve`, {
      decisionRef: '45-QĐ/ĐU',
    });
    expect(approve.body).toMatchObject({ status: 'approved', decisionRef: '45-QĐ/ĐU' });
    // Kept longer: ten new years from 1 January after the decision.
    expect((await clerk.get(`/api/archive/files/${b.file.id}`)).body.retentionEndsOn).toBe('2037-01-01');

    const before = await sqlRows<{ sha256: string; ocr: string | null }>(
      t,
      'SELECT sha256, ocr_sha256 AS ocr FROM document_files WHERE document_id = ANY($1::bigint[]) ORDER BY id',
      [a.ids],
    );
    expect(before).toHaveLength(4);
    const shared = before.filter((f) => before.filter((g) => g.sha256 === f.sha256).length > 1)[0]
      ?.sha256 as string;
    const unique = before.map((f) => f.sha256).filter((s) => s !== shared);
    expect((await leader.post(`/api/archive/disposal-lists/${id}/destroy`, {})).status).toBe(403);
    // The shared content is also held by a document outside the list: it must stay in the store.
    const keeper = await handledIncoming(clerk, unit);
    expect((await upload(clerk, keeper.id, 'giu-lai.pdf', PDF, 'application/pdf')).status).toBe(201);

    const done = await clerk.post(`/api/archive/disposal-lists/${id}/destroy`, {});
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ filesDestroyed: 1, documentsDestroyed: 2, storeFilesDeleted: 2 });
    expect((await clerk.post(`/api/archive/disposal-lists/${id}/destroy`, {})).status).toBe(409);

    for (const docId of a.ids) {
      const doc = await clerk.get(`/api/documents/${docId}`);
      expect(doc.body).toMatchObject({ status: 'destroyed', statusLabel: 'Đã tiêu hủy', files: [] });
      expect((await clerk.get(`/api/archive/records/${docId}`)).body).toMatchObject({
        destroyed: true,
        disposalListId: id,
      });
      expect((await clerk.patch(`/api/documents/${docId}`, { summary: 'sửa' })).status).toBe(422);
    }
    for (const sha of unique) expect(existsSync(store.pathOf(sha))).toBe(false);
    expect(existsSync(store.pathOf(shared))).toBe(true);
    const tombs = await sqlRows<{ document_id: number; metadata: any }>(
      t,
      'SELECT document_id, metadata FROM archive_tombstones WHERE list_id = $1 ORDER BY document_id',
      [id],
    );
    expect(tombs.map((r) => Number(r.document_id))).toEqual(a.ids);
    expect(tombs[0]?.metadata.files.map((f: any) => f.sha256)).toEqual(expect.arrayContaining([shared]));
    expect(tombs[0]?.metadata.document.content).toBeUndefined();
    expect((await clerk.get(`/api/archive/files/${a.file.id}`)).body.status).toBe('destroyed');

    const detail = await clerk.get(`/api/archive/disposal-lists/${id}`);
    expect(detail.body).toMatchObject({
      status: 'executed',
      tombstones: 2,
      hasMinutes: true,
      documentsDestroyed: 2,
    });
    const minutes = await t.app.request(`/api/archive/disposal-lists/${id}/minutes.docx`, {
      headers: { cookie: clerk.cookie ?? '' },
    });
    expect(minutes.status).toBe(200);
    const xml = strFromU8(
      unzipSync(new Uint8Array(await minutes.arrayBuffer()))['word/document.xml'] as Uint8Array,
    );
    for (const text of [
      'BIÊN BẢN',
      'hủy tài liệu hết giá trị',
      '45-QĐ/ĐU',
      a.file.fileCode,
      'PHỤ LỤC',
      'Times New Roman',
    ]) {
      expect(xml).toContain(text);
    }

    // The list, its items, the tombstones and the minutes are kept permanently.
    for (const stmt of [
      `DELETE FROM archive_disposal_lists WHERE id = ${id}`,
      `UPDATE archive_disposal_lists SET title = 'khác' WHERE id = ${id}`,
      `DELETE FROM archive_disposal_items WHERE list_id = ${id}`,
      `DELETE FROM archive_tombstones WHERE list_id = ${id}`,
      `UPDATE archive_tombstones SET metadata = '{}' WHERE list_id = ${id}`,
    ]) {
      await expect(sqlRows(t, stmt), stmt).rejects.toThrow(/vĩnh viễn|kết thúc/);
    }
    const actions = (
      await sqlRows<{ action: string }>(
        t,
        "SELECT DISTINCT action FROM audit_log WHERE action LIKE 'archive.disposal%' OR action IN ('archive.file_destroy','document.destroy','archive.retention_extend')",
      )
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'archive.disposal_propose',
        'archive.disposal_review',
        'archive.disposal_approve',
        'archive.disposal_execute',
        'archive.file_destroy',
        'document.destroy',
        'archive.retention_extend',
      ]),
    );
    const audit = await t.admin.post('/api/audit/verify', {});
    expect(audit.body.ok).toBe(true);
  });

  it('a legal hold blocks disposal until it is lifted, with reason and actor', async () => {
    const d = await dueFile(5, 1, { unique: 'hoso-d' });
    const hold = await leader.post('/api/archive/holds', {
      documentId: d.ids[0],
      reason: 'Phục vụ thanh tra vụ việc đất đai',
    });
    expect(hold.status).toBe(201);
    expect(hold.body).toMatchObject({ active: true, target: 'record', fileId: d.file.id });
    expect((await clerk.post('/api/archive/holds', { fileId: d.file.id, reason: 'x' })).status).toBe(403);
    const blocked = await clerk.post('/api/archive/disposal-lists', {
      orgId: unit,
      title: 'Có tạm giữ',
      fileIds: [d.file.id],
    });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe('legal_hold');
    expect(blocked.body.error.message).toContain('thanh tra');
    const lift = await leader.post(`/api/archive/holds/${hold.body.id}/lift`, {
      reason: 'Thanh tra đã kết thúc',
    });
    expect(lift.body).toMatchObject({ active: false, liftReason: 'Thanh tra đã kết thúc' });
    expect(lift.body.liftedBy).toBeTruthy();

    const listId = await approvedList([d.file.id], {});
    // A hold placed after the approval still stops the destruction, and nothing changes.
    const late = await leader.post('/api/archive/holds', {
      fileId: d.file.id,
      reason: 'Yêu cầu của cơ quan điều tra',
    });
    const refused = await clerk.post(`/api/archive/disposal-lists/${listId}/destroy`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('legal_hold');
    const files = await sqlRows(t, 'SELECT id FROM document_files WHERE document_id = $1', [d.ids[0]]);
    expect(files).toHaveLength(1);
    expect(await sqlRows(t, 'SELECT id FROM file_intents')).toEqual([]);
    expect((await clerk.get(`/api/archive/disposal-lists/${listId}`)).body).toMatchObject({
      status: 'approved',
      hasMinutes: false,
    });
    // The database refuses too, even with the disposal setting naming the approved list.
    await expect(
      sqlRows(
        t,
        `SELECT set_config('vanphong.disposal_list', '${listId}', true); DELETE FROM document_files WHERE document_id = ${d.ids[0]}`,
      ),
    ).rejects.toThrow(/tài liệu lưu trữ/);
    const held = await clerk.get('/api/archive/holds?active=1');
    expect(held.body.items.map((h: any) => h.id)).toContain(late.body.id);
    expect(
      (await leader.post(`/api/archive/holds/${late.body.id}/lift`, { reason: 'Đã sao chụp xong' })).status,
    ).toBe(200);
    const done = await clerk.post(`/api/archive/disposal-lists/${listId}/destroy`, {});
    expect(done.status).toBe(200);
    expect(done.body.documentsDestroyed).toBe(1);
    const all = await clerk.get('/api/archive/holds');
    expect(all.body.items.filter((h: any) => h.fileId === d.file.id)).toHaveLength(2);
  });
});
