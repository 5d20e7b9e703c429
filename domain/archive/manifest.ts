// The digitisation manifest (bảng kê số hóa), an Excel sheet with one row per document scanned:
// the file (hồ sơ) code, the document's symbol, date, summary, page count and the scan's file name,
// optionally its secrecy, type, issuer and the file's year. Header names are matched ignoring case
// and diacritics, in any order. This module turns already-read cell values into checked rows; the
// server reads the workbook (exceljs) and applies the rules that need the database.

import { isValidIsoDate, parseDateVi } from '../dates.ts';
import { parseSymbol } from '../documents.ts';
import { fold, isStorableText, nfc } from '../text.ts';

export type Cell = string | number | boolean | Date | null | undefined;

export const MANIFEST_COLUMNS = {
  fileCode: { header: 'Mã hồ sơ', required: true, aliases: ['ma ho so', 'ho so so', 'so ho so'] },
  fileYear: { header: 'Năm hồ sơ', required: false, aliases: ['nam ho so', 'nam'] },
  symbol: { header: 'Số ký hiệu', required: false, aliases: ['so ky hieu', 'so, ky hieu', 'ky hieu'] },
  issuedOn: { header: 'Ngày văn bản', required: true, aliases: ['ngay van ban', 'ngay, thang, nam', 'ngay'] },
  summary: { header: 'Trích yếu', required: true, aliases: ['trich yeu', 'trich yeu noi dung'] },
  pages: { header: 'Số trang', required: true, aliases: ['so trang', 'so to'] },
  sourceName: { header: 'Tệp quét', required: true, aliases: ['tep quet', 'tep', 'ten tep', 'file'] },
  secrecy: { header: 'Độ mật', required: false, aliases: ['do mat', 'muc do mat'] },
  typeCode: { header: 'Loại văn bản', required: false, aliases: ['loai van ban', 'loai', 'the loai'] },
  issuer: { header: 'Cơ quan ban hành', required: false, aliases: ['co quan ban hanh', 'tac gia'] },
} as const;

export type ManifestKey = keyof typeof MANIFEST_COLUMNS;
export const MANIFEST_KEYS = Object.keys(MANIFEST_COLUMNS) as ManifestKey[];

/** Column index of each known header; unknown headers are ignored. */
export function mapHeaders(headers: readonly Cell[]): {
  columns: Partial<Record<ManifestKey, number>>;
  missing: string[];
} {
  const columns: Partial<Record<ManifestKey, number>> = {};
  headers.forEach((h, i) => {
    const name = fold(String(h ?? ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (!name) return;
    for (const key of MANIFEST_KEYS) {
      const col = MANIFEST_COLUMNS[key];
      if (
        columns[key] === undefined &&
        (name === fold(col.header) || (col.aliases as readonly string[]).includes(name))
      ) {
        columns[key] = i;
        return;
      }
    }
  });
  const missing = MANIFEST_KEYS.filter((k) => MANIFEST_COLUMNS[k].required && columns[k] === undefined).map(
    (k) => MANIFEST_COLUMNS[k].header,
  );
  return { columns, missing };
}

export interface ManifestRow {
  /** The spreadsheet's row number (the header is row 1). */
  row: number;
  fileCode: string;
  fileYear: number | null;
  symbol: string | null;
  issuedOn: string;
  summary: string;
  pages: number;
  sourceName: string;
  secrecy: number;
  typeCode: string;
  issuer: string | null;
}

export interface RowProblem {
  row: number;
  reason: string;
}

function textOf(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return nfc(String(c)).trim();
}

function dateOf(c: Cell): string | null {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return null;
    // Excel dates arrive as midnight UTC of the day written in the cell.
    return c.toISOString().slice(0, 10);
  }
  const s = textOf(c);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isValidIsoDate(s) ? s : null;
  return parseDateVi(s);
}

const SECRECY_BY_NAME: Record<string, number> = {
  '': 0,
  thuong: 0,
  '0': 0,
  mat: 1,
  '1': 1,
  'toi mat': 2,
  '2': 2,
  'tuyet mat': 3,
  '3': 3,
};

/** Checks one row; the result is either a row or the reasons it is refused. */
export function parseManifestRow(
  row: number,
  cells: readonly Cell[],
  columns: Partial<Record<ManifestKey, number>>,
): ManifestRow | RowProblem {
  const get = (k: ManifestKey): Cell => {
    const i = columns[k];
    return i === undefined ? undefined : cells[i];
  };
  const reasons: string[] = [];
  const fileCode = textOf(get('fileCode'));
  if (!fileCode) reasons.push('thiếu mã hồ sơ');
  const yearText = textOf(get('fileYear'));
  const fileYear = yearText ? Number(yearText) : null;
  if (fileYear !== null && !(Number.isInteger(fileYear) && fileYear >= 1900 && fileYear <= 2200)) {
    reasons.push(`năm hồ sơ «${yearText}» không hợp lệ`);
  }
  const symbol = textOf(get('symbol')) || null;
  const issuedOn = dateOf(get('issuedOn'));
  if (!issuedOn) reasons.push(`ngày văn bản «${textOf(get('issuedOn'))}» không hợp lệ (DD/MM/YYYY)`);
  const summary = textOf(get('summary'));
  if (!summary) reasons.push('thiếu trích yếu');
  const pagesText = textOf(get('pages'));
  const pages = Number(pagesText);
  if (!(Number.isInteger(pages) && pages >= 1 && pages <= 100_000)) {
    reasons.push(`số trang «${pagesText}» phải là số nguyên dương`);
  }
  const sourceName = textOf(get('sourceName'));
  if (!sourceName) reasons.push('thiếu tên tệp quét');
  else if (/[\\/]/.test(sourceName)) reasons.push(`tên tệp «${sourceName}» không được chứa thư mục`);
  const secrecyText = fold(textOf(get('secrecy')));
  const secrecy = SECRECY_BY_NAME[secrecyText];
  if (secrecy === undefined) reasons.push(`độ mật «${textOf(get('secrecy'))}» không hợp lệ`);
  const typeText = textOf(get('typeCode'));
  const typeCode = typeText || (symbol ? (parseSymbol(symbol)?.typeCode ?? null) : null);
  if (!typeCode)
    reasons.push('không xác định được loại văn bản (ghi cột «Loại văn bản» hoặc số ký hiệu dạng 12-CT/TU)');
  const issuer = textOf(get('issuer')) || null;
  for (const [label, value] of [
    ['mã hồ sơ', fileCode],
    ['trích yếu', summary],
    ['số ký hiệu', symbol ?? ''],
    ['tên tệp', sourceName],
    ['cơ quan ban hành', issuer ?? ''],
  ] as const) {
    if (value && !isStorableText(value)) reasons.push(`${label} chứa ký tự không hợp lệ`);
  }
  if (summary.length > 2000) reasons.push('trích yếu quá dài (tối đa 2000 ký tự)');
  if (fileCode.length > 40) reasons.push('mã hồ sơ quá dài (tối đa 40 ký tự)');
  if ((symbol ?? '').length > 60) reasons.push('số ký hiệu quá dài (tối đa 60 ký tự)');
  if (sourceName.length > 200) reasons.push('tên tệp quá dài');
  if ((issuer ?? '').length > 300) reasons.push('cơ quan ban hành quá dài');
  if (reasons.length > 0) return { row, reason: reasons.join('; ') };
  return {
    row,
    fileCode,
    fileYear,
    symbol,
    issuedOn: issuedOn as string,
    summary,
    pages,
    sourceName,
    secrecy: secrecy as number,
    typeCode: typeCode as string,
    issuer,
  };
}

export function isProblem(r: ManifestRow | RowProblem): r is RowProblem {
  return 'reason' in r;
}

/** Two rows naming the same scan are one mistake: each scan belongs to one document. */
export function duplicateSources(rows: readonly ManifestRow[]): RowProblem[] {
  const seen = new Map<string, number>();
  const out: RowProblem[] = [];
  for (const r of rows) {
    const key = r.sourceName.toLocaleLowerCase('vi');
    const first = seen.get(key);
    if (first !== undefined) out.push({ row: r.row, reason: `tệp «${r.sourceName}» đã có ở dòng ${first}` });
    else seen.set(key, r.row);
  }
  return out;
}
