import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/db/sql.ts';
import { isOcrAvailable } from '../../server/modules/documents/files/extract.ts';
import { EXTRACT_QUEUE } from '../../server/modules/documents/files/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { incoming, outgoing, upload } from '../helpers/docs.ts';

const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const SCAN_PNG = readFileSync('test/fixtures/scan-chi-thi.png');
const SCAN_PDF = readFileSync('test/fixtures/scan-chi-thi.pdf');

let t: TestApp;
let clerk: Client;
beforeAll(async () => {
  t = await startTestApp({ config: { maxUploadMb: 1 } });
  clerk = await t.as('clerk', t.rootId, 2);
});
afterAll(async () => {
  await t?.close();
});

async function docx(lines: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
  });
  return Packer.toBuffer(doc);
}

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((d) => d.id);

describe('files', () => {
  it('stores a PDF by its SHA-256, extracts its text at once, and makes it searchable', async () => {
    const doc = await incoming(clerk, t.rootId, { summary: 'Chỉ thị (bản PDF)' });
    const res = await upload(clerk, doc.id, 'chi-thi.pdf', PDF, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(res.body.textChars).toBeGreaterThan(100);
    expect(res.body.extraction).toBe('done');
    expect(ids(await clerk.get('/api/documents?q=ne%20tranh%20dun%20day'))).toContain(doc.id);
    const file = await clerk.get(`/api/documents/${doc.id}/files/${res.body.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('attachment');
  });

  it('sniffs the type from the content, not the name', async () => {
    const doc = await incoming(clerk, t.rootId);
    const fake = await upload(
      clerk,
      doc.id,
      'van-ban.pdf',
      Buffer.from('Xin chào, đây không phải PDF'),
      'application/pdf',
    );
    expect(fake.status).toBe(400);
    expect(fake.body.error.code).toBe('not_a_pdf');
    const exe = await upload(
      clerk,
      doc.id,
      'anh.png',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00'),
      'image/png',
    );
    expect(exe.status).toBe(400);
    expect(exe.body.error.code).toBe('file_type_not_allowed');
    const renamed = await upload(clerk, doc.id, 'scan.bin', SCAN_PNG, 'application/octet-stream');
    expect(renamed.status).toBe(201);
    expect(renamed.body.mime).toBe('image/png');
    const detail = await clerk.get(`/api/documents/${doc.id}`);
    expect(detail.body.files).toHaveLength(1);
  });

  it('answers 413 over VANPHONG_MAX_UPLOAD_MB and keeps nothing', async () => {
    const doc = await incoming(clerk, t.rootId);
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10)]);
    const res = await upload(clerk, doc.id, 'lon.pdf', big, 'application/pdf');
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('1 MB');
    expect((await clerk.get(`/api/documents/${doc.id}`)).body.files).toHaveLength(0);
  });

  it('file names with path parts or markup are stored as plain names', async () => {
    const doc = await incoming(clerk, t.rootId);
    const res = await upload(
      clerk,
      doc.id,
      '..\\..\\windows/../../etc/<img src=x onerror=alert(1)>.pdf',
      PDF,
      'application/pdf',
    );
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('<img src=x onerror=alert(1)>.pdf');
    const download = await clerk.get(`/api/documents/${doc.id}/files/${res.body.id}`);
    expect(download.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.pdf",
    );
  });

  it('extracts DOCX text and converts legacy TCVN3 to Unicode', async () => {
    const doc = await incoming(clerk, t.rootId, { summary: 'Tài liệu Word cũ' });
    const legacy = await docx([
      'Ban Th\u00ADêng vô Thµnh ñy yªu cÇu c¸c cÊp ñy tæ chøc thùc hiÖn nghiªm tóc.',
    ]);
    const res = await upload(clerk, doc.id, 'cu.docx', legacy);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'tcvn3',
    });
    expect(ids(await clerk.get('/api/documents?q=thuong%20vu%20thanh%20uy%20yeu%20cau'))).toContain(doc.id);
  });

  it('refuses a DOCX zip bomb while unpacking', async () => {
    const doc = await incoming(clerk, t.rootId);
    const { zipSync } = await import('fflate');
    const bomb = zipSync(
      {
        '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
        'word/document.xml': new Uint8Array(200 * 1024 * 1024),
      },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(clerk, doc.id, 'bom.docx', Buffer.from(bomb));
    // Stored (it is a real zip), but its text is never unpacked.
    expect([201, 400]).toContain(res.status);
    if (res.status === 201) expect(res.body.textChars).toBe(0);
  });

  it('OCRs a scan in the background into a searchable PDF/A; its words are found', async () => {
    const doc = await incoming(clerk, t.rootId, { summary: 'Bản quét chỉ thị' });
    const res = await upload(clerk, doc.id, 'scan.png', SCAN_PNG, 'image/png');
    expect(res.status).toBe(201);
    if (!(await isOcrAvailable())) {
      expect(res.body.extraction).toBe('ocr_unavailable');
      return;
    }
    expect(res.body.extraction).toBe('ocr_pending');
    expect(ids(await clerk.get('/api/documents?q=tai%20dinh%20cu'))).not.toContain(doc.id);
    expect(await t.rt.jobs.drain(EXTRACT_QUEUE)).toBeGreaterThanOrEqual(1);
    const detail = await clerk.get(`/api/documents/${doc.id}`);
    expect(detail.body.files[0]).toMatchObject({ extraction: 'done', hasOcrPdf: true });
    expect(detail.body.files[0].textChars).toBeGreaterThan(100);
    expect(ids(await clerk.get('/api/documents?q=tai%20dinh%20cu'))).toContain(doc.id);
    const pdfa = await clerk.get(`/api/documents/${doc.id}/files/${res.body.id}?variant=ocr`);
    expect(pdfa.status).toBe(200);
    expect(String(pdfa.body).slice(0, 5)).toBe('%PDF-');
  });

  it('an image-only PDF goes to OCR as well', async () => {
    const doc = await incoming(clerk, t.rootId, { summary: 'PDF chỉ có ảnh' });
    const res = await upload(clerk, doc.id, 'scan.pdf', SCAN_PDF, 'application/pdf');
    expect(res.status).toBe(201);
    expect(['ocr_pending', 'ocr_unavailable']).toContain(res.body.extraction);
  });

  it('a received copy shares the files of the issued original', async () => {
    const target = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Nhận Tệp');
    const targetClerk = await t.as('clerk', target);
    const doc = await outgoing(clerk, t.rootId, { summary: 'Kế hoạch có tệp', typeCode: 'KH' });
    await upload(clerk, doc.id, 'kh.pdf', PDF, 'application/pdf');
    await clerk.post(`/api/documents/${doc.id}/recipients`, { orgIds: [target] });
    await clerk.post(`/api/documents/${doc.id}/issue`);
    const copyId = (await targetClerk.get('/api/documents/inbox')).body.items[0].id;
    const copy = await targetClerk.get(`/api/documents/${copyId}`);
    expect(copy.body.files[0].sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    // The issued original takes no other file (its signed original only, below).
    const late = await upload(clerk, doc.id, 'them.pdf', PDF, 'application/pdf');
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('document_locked');
  });
});

describe('signed original (bản gốc đã ký)', () => {
  it('is added to an issued document, found by its words, audited, and leaves the fields locked', async () => {
    const doc = await outgoing(clerk, t.rootId, { summary: 'Thông báo kết luận hội nghị', typeCode: 'TB' });
    // Before the issue there is no signed original to add.
    const early = await upload(
      clerk,
      doc.id,
      'ky.docx',
      await docx(['Bản nháp']),
      undefined,
      'signed_original',
    );
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('not_issued');
    expect((await clerk.post(`/api/documents/${doc.id}/issue`)).status).toBe(200);
    expect((await clerk.get(`/api/documents/${doc.id}`)).body.can).toMatchObject({
      upload: false,
      uploadSignedOriginal: true,
      edit: false,
    });

    const scan = await docx(['Đã ký và đóng dấu: xacthucbangocky2026 theo đúng thể thức.']);
    const res = await upload(clerk, doc.id, 'ban-goc-da-ky.docx', scan, undefined, 'signed_original');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'signed_original',
      kindLabel: 'Bản gốc đã ký',
      extraction: 'done',
    });
    expect(ids(await clerk.get('/api/documents?q=xacthucbangocky2026'))).toEqual([doc.id]);

    const detail = await clerk.get(`/api/documents/${doc.id}`);
    expect(detail.body.status).toBe('issued');
    expect(detail.body.files.map((f: { kind: string }) => f.kind)).toEqual(['signed_original']);
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toContain('signed_original_added');
    const audit = await rows<{ action: string; after: { kind: string; fileId: number } }>(
      t.rt.database.db,
      sql`SELECT action, after FROM audit_log WHERE entity = 'document' AND entity_id = ${String(doc.id)} ORDER BY id`,
    );
    expect(audit.at(-1)).toMatchObject({
      action: 'document.signed_original_add',
      after: { kind: 'signed_original', fileId: res.body.id },
    });

    // Any other file, and any change of the fields, is still refused.
    const other = await upload(clerk, doc.id, 'khac.docx', scan, undefined, 'attachment');
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('document_locked');
    const edit = await clerk.patch(`/api/documents/${doc.id}`, { summary: 'Sửa sau khi ban hành' });
    expect(edit.status).toBe(422);
    expect(edit.body.error.code).toBe('document_locked');
    expect((await upload(clerk, doc.id, 'x.docx', scan, undefined, 'ban_goc')).status).toBe(400);
  });

  it('only a role that issues adds it; an incoming document takes none', async () => {
    const specialist = await t.as('specialist', t.rootId, 2);
    const doc = await outgoing(clerk, t.rootId, { summary: 'Kế hoạch đã ban hành', typeCode: 'KH' });
    await clerk.post(`/api/documents/${doc.id}/issue`);
    const scan = await docx(['Bản gốc']);
    const bySpecialist = await upload(specialist, doc.id, 'b.docx', scan, undefined, 'signed_original');
    expect(bySpecialist.status).toBe(422);
    expect((await specialist.get(`/api/documents/${doc.id}`)).body.can.uploadSignedOriginal).toBe(false);
    const inc = await incoming(clerk, t.rootId);
    const onIncoming = await upload(clerk, inc.id, 'b.docx', scan, undefined, 'signed_original');
    expect(onIncoming.status).toBe(422);
    expect(onIncoming.body.error.code).toBe('not_issued');
  });
});

describe('Word output', () => {
  it('follows the Party layout: heading, number, place and date, marks, type name, signature, A4 and margins', async () => {
    const doc = await outgoing(clerk, t.rootId, {
      typeCode: 'CT',
      summary: 'về tăng cường công tác giải phóng mặt bằng',
      content: 'Ban Thường vụ Thành ủy yêu cầu:\nTập trung lãnh đạo, chỉ đạo.',
      secrecy: 1,
      urgency: 1,
      place: 'Hà Nội',
      signAuthority: 'T/M Ban Thường vụ',
      signerTitle: 'Bí thư',
      issuedOn: '2026-03-05',
    });
    await clerk.post(`/api/documents/${doc.id}/issue`);
    const res = await clerk.request('GET', `/api/documents/${doc.id}/docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(
      await (
        await t.app.request(`/api/documents/${doc.id}/docx`, { headers: { cookie: clerk.cookie ?? '' } })
      ).arrayBuffer(),
    );
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).toContain('THÀNH ỦY');
    expect(texts).toContain('Số 1-CT/TU');
    expect(texts).toContain('Hà Nội, ngày 05 tháng 3 năm 2026');
    expect(texts).toContain('CHỈ THỊ');
    expect(texts).toContain('về tăng cường công tác giải phóng mặt bằng');
    expect(texts).toContain('MẬT');
    expect(texts).toContain('KHẨN');
    expect(texts).toContain('Nơi nhận:');
    expect(texts).toContain('T/M BAN THƯỜNG VỤ');
    expect(texts).toContain('BÍ THƯ');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:sz w:val="30"\/>/); // national heading 15 pt
    expect(xml).toMatch(/<w:sz w:val="32"\/>/); // type name 16 pt
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/); // 20/15/20/30 mm
  });
});
