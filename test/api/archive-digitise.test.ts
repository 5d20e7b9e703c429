// Digitisation: the manifest's rules (Tuyệt mật never, Mật/Tối mật after approval, files arranged
// first), then a generated Vietnamese scan through ocrmypdf into a searchable PDF/A with its
// checksum, found by the document search without diacritics; progress per batch.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIGITISE_QUEUE } from '../../server/modules/archive/digitise/service.ts';
import { isOcrAvailable } from '../../server/modules/documents/files/extract.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import {
  closedFile,
  createBatch,
  form,
  handledIncoming,
  newFile,
  sqlRows,
  uploadScan,
} from './archive-fixtures.ts';

const SCAN_PNG = readFileSync('test/fixtures/scan-chi-thi.png');
const SCAN_PDF = readFileSync('test/fixtures/scan-chi-thi.pdf');
let t: TestApp;
let clerk: Client;
let leader: Client;
let unit: number;

beforeAll(async () => {
  t = await startTestApp();
  unit = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Láng Thượng');
  clerk = await t.as('clerk', unit, 2);
  leader = await t.as('leader', unit, 2);
});
afterAll(async () => {
  await t?.close();
});

async function arrangedFile(extra: Record<string, unknown> = {}) {
  const doc = await handledIncoming(clerk, unit);
  return closedFile(clerk, unit, [doc.id], { file: extra });
}

const batches = async () =>
  (await sqlRows<{ n: number }>(t, 'SELECT count(*)::int AS n FROM archive_batches'))[0]?.n;
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((d) => d.id);

describe('digitisation rules', () => {
  it('never digitises Tuyệt mật, and says so', async () => {
    const file = await arrangedFile();
    const before = await batches();
    const res = await createBatch(clerk, unit, [
      {
        fileCode: file.fileCode,
        symbol: '12-NQ/TU',
        issuedOn: '15/03/2019',
        summary: 'Nghị quyết',
        pages: 2,
        file: 'a.pdf',
      },
      {
        fileCode: file.fileCode,
        symbol: '13-NQ/TU',
        issuedOn: '16/03/2019',
        summary: 'Nghị quyết mật nhất',
        pages: 2,
        file: 'b.pdf',
        secrecy: 'Tuyệt mật',
      },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('top_secret_never_digitised');
    expect(res.body.error.message).toContain('Tuyệt mật không bao giờ được số hóa');
    expect(res.body.error.message).toContain('dòng 3');
    expect(res.body.error.rows).toEqual([expect.objectContaining({ row: 3 })]);
    expect(await batches()).toBe(before);
  });

  it('needs a recorded approval before Mật and Tối mật', async () => {
    const file = await arrangedFile();
    const line = {
      fileCode: file.fileCode,
      symbol: '20-CT/TU',
      issuedOn: '2019-04-01',
      summary: 'Chỉ thị',
      pages: 1,
      file: 'mat.pdf',
      secrecy: 'Mật',
    };
    const refused = await createBatch(clerk, unit, [line]);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('digitise_approval_required');
    expect(
      (
        await clerk.post(`/api/archive/files/${file.id}/digitise-approvals`, {
          maxSecrecy: 1,
          decisionRef: '5-QĐ/ĐU',
        })
      ).status,
    ).toBe(403);
    const approval = await leader.post(`/api/archive/files/${file.id}/digitise-approvals`, {
      maxSecrecy: 1,
      decisionRef: '5-QĐ/ĐU',
      note: 'Số hóa phục vụ khai thác',
    });
    expect(approval.status).toBe(201);
    const toiMat = await createBatch(clerk, unit, [{ ...line, secrecy: 'Tối mật', file: 'toi-mat.pdf' }]);
    expect(toiMat.body.error.code).toBe('digitise_approval_required');
    const ok = await createBatch(clerk, unit, [line]);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ secrecy: 1, total: 1, finished: 0, awaitingScans: 1 });
    // A row above the clerk's own clearance refuses the batch (the secrecy ceiling).
    const uncleared = await t.as('clerk', unit, 0);
    const above = await createBatch(uncleared, unit, [{ ...line, file: 'mat-2.pdf' }]);
    expect(above.status).toBe(403);
    expect(above.body.error.code).toBe('secrecy_above_clearance');
    expect((await clerk.get(`/api/archive/files/${file.id}`)).body.digitiseApprovals[0]).toMatchObject({
      decisionRef: '5-QĐ/ĐU',
    });
  });

  it('digitises only arranged (closed) files, and reads the manifest strictly', async () => {
    const open = await newFile(clerk, unit);
    const res = await createBatch(clerk, unit, [
      {
        fileCode: open.fileCode,
        symbol: '1-BC/ĐU',
        issuedOn: '2020-01-01',
        summary: 'Báo cáo',
        pages: 1,
        file: 'x.pdf',
      },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('file_not_arranged');
    expect(res.body.error.message).toContain('chỉnh lý');
    const bad = await createBatch(clerk, unit, [
      { fileCode: open.fileCode, issuedOn: '31/02/2020', summary: 'Ngày sai', pages: 0, file: 'y.pdf' },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('manifest_invalid');
    expect(bad.body.error.message).toContain('dòng 2');
    expect(bad.body.error.message).toContain('ngày văn bản');
    const notExcel = await clerk.request(
      'POST',
      '/api/archive/batches',
      form({ orgId: String(unit) }, { name: 'x.xlsx', data: Buffer.from('không phải excel') }),
    );
    expect(notExcel.status).toBe(400);
    const template = await clerk.get('/api/archive/digitisation/template.xlsx');
    expect(template.status).toBe(200);
  });
});

describe('OCR to searchable PDF/A', () => {
  it('turns a Vietnamese scan into a searchable PDF/A with its checksum', { timeout: 240_000 }, async () => {
    const file = await arrangedFile({ title: 'Hồ sơ chỉ đạo giải phóng mặt bằng' });
    await clerk.post(`/api/archive/files/${file.id}/declare`, {});
    const batch = await createBatch(clerk, unit, [
      {
        fileCode: file.fileCode,
        symbol: '34-CT/TU',
        issuedOn: '2019-03-05',
        summary: 'Chỉ thị (bản quét ảnh)',
        pages: 1,
        file: 'scan-chi-thi.png',
      },
      {
        fileCode: file.fileCode,
        symbol: '35-CT/TU',
        issuedOn: '2019-03-06',
        summary: 'Chỉ thị (bản quét PDF)',
        pages: 1,
        file: 'SCAN-chi-thi.pdf',
      },
    ]);
    expect(batch.status).toBe(201);
    const id = batch.body.id as number;
    expect(batch.body).toMatchObject({ total: 2, finished: 0, percent: 0 });
    const stray = await uploadScan(clerk, id, 'khac.pdf', SCAN_PDF);
    expect(stray.status).toBe(422);
    expect(stray.body.error.code).toBe('scan_not_in_manifest');
    const png = await uploadScan(clerk, id, 'scan-chi-thi.png', SCAN_PNG, 'image/png');
    expect(png.status).toBe(201);
    expect((await uploadScan(clerk, id, 'scan-chi-thi.png', SCAN_PNG, 'image/png')).status).toBe(409);
    const pdf = await uploadScan(clerk, id, 'scan-chi-thi.pdf', SCAN_PDF);
    expect(pdf.status).toBe(201);
    expect(pdf.body.sourceSha256).toBe(createHash('sha256').update(SCAN_PDF).digest('hex'));
    if (!(await isOcrAvailable())) {
      expect(pdf.body.status).toBe('ocr_unavailable');
      expect(pdf.body.error).toContain('ocrmypdf');
      return;
    }
    expect(pdf.body.status).toBe('queued');
    expect(ids(await clerk.get('/api/documents?q=tai%20dinh%20cu'))).not.toContain(pdf.body.documentId);
    const started = Date.now();
    expect(await t.rt.jobs.drain(DIGITISE_QUEUE)).toBe(2);
    const seconds = (Date.now() - started) / 1000;
    const done = await clerk.get(`/api/archive/batches/${id}`);
    expect(done.body).toMatchObject({ total: 2, finished: 2, percent: 100 });
    console.log(
      `OCR: 2 pages in ${seconds.toFixed(1)} s (${done.body.ocrSecondsPerPage} s/page by the jobs' clocks)`,
    );
    for (const item of done.body.items) {
      expect(item).toMatchObject({ status: 'done', warning: null });
      expect(item.pdfaSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(item.textChars).toBeGreaterThan(100);
    }
    const docIds = done.body.items.map((i: any) => i.documentId);
    for (const q of ['giai phong mat bang', 'tai dinh cu', 'ne tranh, dun day']) {
      expect(ids(await clerk.get(`/api/documents?q=${encodeURIComponent(q)}`))).toEqual(
        expect.arrayContaining(docIds),
      );
    }
    // The PDF/A is kept beside the scan, with the checksum recorded in the batch.
    const doc = await clerk.get(`/api/documents/${docIds[0]}`);
    expect(doc.body.files[0]).toMatchObject({ hasOcrPdf: true, extraction: 'done' });
    const pdfa = await t.app.request(
      `/api/documents/${docIds[0]}/files/${doc.body.files[0].id}?variant=ocr`,
      {
        headers: { cookie: clerk.cookie ?? '' },
      },
    );
    const bytes = Buffer.from(await pdfa.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(done.body.items[0].pdfaSha256);
    expect(bytes.toString('latin1')).toMatch(/pdfaid:part/);
    // The file was declared: the digitised documents became records once read.
    for (const d of docIds) expect((await clerk.get(`/api/archive/records/${d}`)).body.record).toBe(true);
    const detail = await clerk.get(`/api/archive/files/${file.id}`);
    expect(detail.body.items.map((i: any) => i.id)).toEqual(expect.arrayContaining(docIds));
  });
});
