// Shared by the members tests: workbooks built in memory with exceljs, multipart uploads, and a
// member factory.
import ExcelJS from 'exceljs';
import { addYears } from '../../domain/members/calendar.ts';
import type { Client, TestApp } from '../helpers/app.ts';

export const HEADER = [
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Số thẻ đảng viên',
];

/** An .xlsx with the given rows under `header` on the first sheet. */
export async function xlsx(
  rows: unknown[][],
  header: string[] = HEADER,
  extraSheet = false,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  if (extraSheet) wb.addWorksheet('Ghi chú').addRow(['không nhập trang này', '01/01/1970']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function form(file: Buffer, orgId: number | string, name = 'danh-sach.xlsx'): FormData {
  const f = new FormData();
  f.set('orgId', String(orgId));
  f.set('file', new Blob([new Uint8Array(file)]), name);
  return f;
}

export function upload(
  c: Client,
  file: Buffer,
  orgId: number | string,
  headers: Record<string, string> = {},
) {
  return c.request('POST', '/api/members/import', form(file, orgId), headers);
}

let n = 0;
export async function member(
  c: Client,
  orgId: number,
  m: Partial<{
    fullName: string;
    birthDate: string;
    admittedOn: string;
    officialOn: string;
    partyCardNo: string;
    interruptions: { from: string; to: string; reason?: string }[];
    seriouslyIll: boolean;
    gender: 'Nam' | 'Nữ';
    secrecy: number;
    userId: number;
    feeBasis: 'salary' | 'pension' | 'student' | 'fixed';
    feeBase: number;
  }> = {},
): Promise<number> {
  n++;
  const admittedOn = m.admittedOn ?? '1990-05-01';
  // Full members by default, recognised a year after admission (when that year is over).
  const year = addYears(admittedOn, 1);
  const officialOn =
    'officialOn' in m ? m.officialOn : year <= new Date().toISOString().slice(0, 10) ? year : undefined;
  const res = await c.post('/api/members', {
    fullName: `Nguyễn Văn Thử ${n}`,
    birthDate: '1960-05-01',
    ...m,
    admittedOn,
    officialOn,
    orgId,
  });
  if (res.status !== 201) throw new Error(`member create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}

export async function sheetRows(buf: ArrayBuffer | Buffer | string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  const data = typeof buf === 'string' ? Buffer.from(buf, 'binary') : Buffer.from(buf as ArrayBuffer);
  await wb.xlsx.load(data as never);
  const ws = wb.worksheets[0];
  const out: unknown[][] = [];
  ws?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

export type { TestApp };

/** GET a binary response (xlsx, docx) as bytes with the client's session. */
export async function download(t: TestApp, c: Client, url: string) {
  const headers: Record<string, string> = {};
  if (c.cookie) headers.cookie = c.cookie;
  if (c.bearer) headers.authorization = `Bearer ${c.bearer}`;
  const res = await t.app.request(url, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
}
