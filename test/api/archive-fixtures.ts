// Factories of the archives tests: handled incoming documents, files opened, filled and closed,
// manifests as Excel, multipart uploads.
import ExcelJS from 'exceljs';
import type { Client, TestApp } from '../helpers/app.ts';
import { incoming } from '../helpers/docs.ts';

let seq = 0;

/** An incoming document of the unit, handled to the end (so its file can be closed). */
export async function handledIncoming(c: Client, orgId: number, extra: Record<string, unknown> = {}) {
  const doc = await incoming(c, orgId, { symbol: `${1000 + ++seq}-CV/VPTW`, ...extra });
  const done = await c.post(`/api/documents/${doc.id}/handling`, { status: 'done' });
  if (done.status !== 200) throw new Error(`handling failed: ${JSON.stringify(done.body)}`);
  return doc;
}

export async function newFile(c: Client, orgId: number, extra: Record<string, unknown> = {}) {
  const res = await c.post('/api/archive/files', {
    orgId,
    year: 2020,
    fileCode: `${String(++seq).padStart(2, '0')}.TH`,
    title: 'Hồ sơ về công tác giải phóng mặt bằng dự án đường vành đai',
    retentionYears: 5,
    openedOn: '2020-01-02',
    ...extra,
  });
  if (res.status !== 201) throw new Error(`file create failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number; fileCode: string; [k: string]: unknown };
}

/** A file with the given documents, closed in 2020 (so a 5-year retention ended on 1/1/2026). */
export async function closedFile(
  c: Client,
  orgId: number,
  docIds: number[],
  opts: { declare?: Client; file?: Record<string, unknown>; endYear?: number } = {},
) {
  const file = await newFile(c, orgId, opts.file);
  for (const id of docIds) {
    const add = await c.post(`/api/archive/files/${file.id}/documents`, { documentId: id });
    if (add.status !== 200) throw new Error(`add failed: ${JSON.stringify(add.body)}`);
  }
  const close = await c.post(`/api/archive/files/${file.id}/close`, { endYear: opts.endYear ?? 2020 });
  if (close.status !== 200) throw new Error(`close failed: ${JSON.stringify(close.body)}`);
  if (opts.declare) {
    const d = await opts.declare.post(`/api/archive/files/${file.id}/declare`, {});
    if (d.status !== 200) throw new Error(`declare failed: ${JSON.stringify(d.body)}`);
  }
  return file;
}

export interface ManifestLine {
  fileCode: string;
  symbol?: string;
  issuedOn: string | Date;
  summary: string;
  pages: number;
  file: string;
  secrecy?: string;
  typeCode?: string;
  year?: number;
}

export async function manifestXlsx(lines: ManifestLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng kê');
  ws.addRow([
    'Trích yếu',
    'Mã hồ sơ',
    'Số ký hiệu',
    'Ngày văn bản',
    'Số trang',
    'Tệp quét',
    'Độ mật',
    'Loại văn bản',
    'Năm hồ sơ',
  ]);
  for (const l of lines) {
    ws.addRow([
      l.summary,
      l.fileCode,
      l.symbol ?? '',
      l.issuedOn,
      l.pages,
      l.file,
      l.secrecy ?? '',
      l.typeCode ?? '',
      l.year ?? '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function form(
  fields: Record<string, string>,
  file?: { name: string; data: Uint8Array | Buffer; type?: string },
) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  if (file)
    f.append(
      'file',
      new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  return f;
}

export async function createBatch(c: Client, orgId: number, lines: ManifestLine[]) {
  return c.request(
    'POST',
    '/api/archive/batches',
    form({ orgId: String(orgId) }, { name: 'bang-ke.xlsx', data: await manifestXlsx(lines) }),
  );
}

export function uploadScan(c: Client, batchId: number, name: string, data: Buffer, type = 'application/pdf') {
  return c.request('POST', `/api/archive/batches/${batchId}/scans`, form({}, { name, data, type }));
}

/** Rows and statuses from SQL, for checks the API does not expose. */
export async function sqlRows<T = Record<string, unknown>>(
  t: TestApp,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return (await t.rt.database.rawQuery(text, values)).rows as T[];
}
