// Transfer packages: a file exported as a zip (files, metadata.json, metadata.xml, SHA-256 manifest)
// verifies and re-imports into another unit, where its documents are records again and searchable;
// a tampered package is refused with the reason and changes nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOcrAvailable } from '../../server/modules/documents/files/extract.ts';
import { EXTRACT_QUEUE } from '../../server/modules/documents/files/service.ts';
import { type Client, startTestApp, type TestApp } from '../helpers/app.ts';
import { upload } from '../helpers/docs.ts';
import { closedFile, form, handledIncoming, sqlRows } from './archive-fixtures.ts';
import { draftDocx } from './proposals-fixtures.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = readFileSync('test/fixtures/chi-thi-giai-phong-mat-bang.pdf');
const SCAN = readFileSync('test/fixtures/scan-chi-thi.png');
let t: TestApp;
let clerk: Client;
let unit: number;
let other: number;
let otherClerk: Client;
let zip: Uint8Array;
let fileId: number;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  t = await startTestApp();
  unit = await t.org(t.rootId, 'direct_committee', 'Đảng ủy phường Cửa Nam');
  other = await t.org(t.rootId, 'board', 'Trung tâm Lưu trữ lịch sử');
  clerk = await t.as('clerk', unit, 2);
  otherClerk = await t.as('clerk', other, 2);
  const a = await handledIncoming(clerk, unit, {
    summary: 'Chỉ thị về giải phóng mặt bằng (bản PDF)',
    issuedOn: '2020-02-01',
    receivedOn: '2020-02-03',
  });
  expect((await upload(clerk, a.id, 'chi-thi.pdf', PDF, 'application/pdf')).status).toBe(201);
  // A Word file is itself a zip: inside the package it must stay one entry, not be read as entries.
  const docx = await draftDocx(['Dự thảo chỉ thị về giải phóng mặt bằng', 'Nội dung dự thảo.']);
  expect((await upload(clerk, a.id, 'du-thao.docx', docx, DOCX_TYPE)).status).toBe(201);
  const b = await handledIncoming(clerk, unit, {
    summary: 'Bản quét chỉ thị',
    issuedOn: '2020-02-02',
    receivedOn: '2020-02-04',
  });
  expect((await upload(clerk, b.id, 'ban-quet.png', SCAN, 'image/png')).status).toBe(201);
  await t.rt.jobs.drain(EXTRACT_QUEUE);
  const file = await closedFile(clerk, unit, [a.id, b.id], {
    declare: clerk,
    file: { fileCode: '03.07', retentionYears: null },
  });
  fileId = file.id;
});
afterAll(async () => {
  await t?.close();
});

async function download(url: string, c: Client) {
  const res = await t.app.request(url, { headers: { cookie: c.cookie ?? '' } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const postZip = (c: Client, url: string, data: Uint8Array, fields: Record<string, string> = {}) =>
  c.request('POST', url, form(fields, { name: 'goi.zip', data: Buffer.from(data), type: 'application/zip' }));

describe('export', () => {
  it('packs the files, metadata.json, metadata.xml and a SHA-256 manifest', async () => {
    const res = await download(`/api/archive/packages.zip?fileIds=${fileId}`, clerk);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('nop-luu-2020-03.07.zip');
    zip = res.bytes;
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    expect(names).toEqual(expect.arrayContaining(['metadata.json', 'metadata.xml', 'manifest-sha256.txt']));
    const manifest = strFromU8(entries['manifest-sha256.txt'] as Uint8Array);
    expect(res.headers.get('x-manifest-sha256')).toBe(sha(entries['manifest-sha256.txt'] as Uint8Array));
    const lines = manifest.trim().split('\n');
    expect(lines).toHaveLength(names.length - 1);
    for (const line of lines) {
      const [hash, p] = line.split('  ');
      expect(sha(entries[p as string] as Uint8Array), p).toBe(hash);
    }
    const meta = JSON.parse(strFromU8(entries['metadata.json'] as Uint8Array));
    expect(meta.files[0]).toMatchObject({ code: '03.07', year: 2020, retentionYears: null });
    expect(meta.files[0].documents).toHaveLength(2);
    expect(names.some((n) => n.endsWith('/chi-thi.pdf'))).toBe(true);
    expect(names.some((n) => n.endsWith('/du-thao.docx'))).toBe(true);
    if (await isOcrAvailable()) expect(names.some((n) => n.endsWith('-pdfa.pdf'))).toBe(true);
    const xml = strFromU8(entries['metadata.xml'] as Uint8Array);
    expect(xml).toContain('<title>Hồ sơ về công tác giải phóng mặt bằng dự án đường vành đai</title>');
    const range = await download(`/api/archive/packages.zip?orgId=${unit}&fromYear=2020&toYear=2020`, clerk);
    expect(range.status).toBe(200);
    const open = await t.org(t.rootId, 'direct_committee', 'Đảng ủy xã Kim Sơn');
    expect((await download(`/api/archive/packages.zip?orgId=${open}&fromYear=2019`, t.admin)).status).toBe(
      422,
    );
  });
});

describe('verify and import', () => {
  it('an exported package re-imports and verifies; its documents are records, searchable', async () => {
    const verified = await postZip(otherClerk, '/api/archive/packages/verify', zip);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, files: 1, documents: 2 });
    const imported = await postZip(otherClerk, '/api/archive/packages/import', zip, { orgId: String(other) });
    expect(imported.status).toBe(201);
    const newId = imported.body.files[0].id as number;
    const file = await otherClerk.get(`/api/archive/files/${newId}`);
    expect(file.body).toMatchObject({
      orgId: other,
      fileCode: '03.07',
      status: 'closed',
      declared: true,
      records: 2,
      retentionLabel: 'Vĩnh viễn',
    });
    const hits = await otherClerk.get('/api/documents?q=ne%20tranh%20dun%20day');
    const mine = hits.body.items.filter((d: any) => d.orgId === other);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect((await otherClerk.patch(`/api/documents/${mine[0].id}`, { summary: 'sửa' })).status).toBe(422);
    // The same package again: the file code is taken in that year.
    const again = await postZip(otherClerk, '/api/archive/packages/import', zip, { orgId: String(other) });
    expect(again.status).toBe(409);
  });

  it('a tampered package is refused with the reason, and nothing is created', async () => {
    const entries = unzipSync(zip);
    const files = Number(
      (await sqlRows<{ n: number }>(t, 'SELECT count(*)::int AS n FROM archive_files'))[0]?.n,
    );
    const pdfPath = Object.keys(entries).find((n) => n.endsWith('/chi-thi.pdf')) as string;
    const cases: [string, Record<string, Uint8Array>, RegExp][] = [
      [
        'changed file',
        { ...entries, [pdfPath]: new Uint8Array([...(entries[pdfPath] as Uint8Array), 32]) },
        /bị thay đổi/,
      ],
      [
        'missing file',
        Object.fromEntries(Object.entries(entries).filter(([n]) => n !== pdfPath)),
        /thiếu tệp/,
      ],
      ['extra file', { ...entries, 'ho-so/them.txt': strToU8('thêm') }, /không có trong manifest/],
      [
        'metadata rewritten',
        {
          ...entries,
          'metadata.json': strToU8(
            strFromU8(entries['metadata.json'] as Uint8Array).replace('03.07', '03.08'),
          ),
        },
        /metadata\.json.*bị thay đổi/,
      ],
      [
        'no manifest',
        Object.fromEntries(Object.entries(entries).filter(([n]) => n !== 'manifest-sha256.txt')),
        /thiếu manifest/,
      ],
    ];
    for (const [label, content, reason] of cases) {
      const res = await postZip(otherClerk, '/api/archive/packages/import', zipSync(content), {
        orgId: String(other),
      });
      expect(res.status, label).toBe(422);
      expect(res.body.error.code, label).toBe('package_invalid');
      expect(res.body.error.reason, label).toMatch(reason);
    }
    // A flipped byte in the raw zip, inside the PDF's stored data.
    const raw = new Uint8Array(zip);
    const at = Buffer.from(raw).indexOf(Buffer.from('%PDF-')) + 200;
    raw[at] = (raw[at] as number) ^ 0xff;
    const flipped = await postZip(otherClerk, '/api/archive/packages/verify', raw);
    expect(flipped.status).toBe(422);
    expect(flipped.body.error.message).toContain('Gói nộp lưu không hợp lệ');
    const notZip = await postZip(otherClerk, '/api/archive/packages/verify', strToU8('không phải zip'));
    expect(notZip.status).toBe(422);
    expect(
      Number((await sqlRows<{ n: number }>(t, 'SELECT count(*)::int AS n FROM archive_files'))[0]?.n),
    ).toBe(files);
    const refusals = await sqlRows(t, "SELECT 1 FROM audit_log WHERE action = 'archive.package_refused'");
    expect(refusals.length).toBeGreaterThanOrEqual(cases.length + 2);
  });
});
