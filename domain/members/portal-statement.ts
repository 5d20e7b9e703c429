// The statement of party fees paid through the national public-services portal (docs/finance.md):
// rows of a CSV or Excel file, read into payment lines. Columns are found by their Vietnamese
// headers (a few spellings each); a line is one transaction with its reference, date, the payer's
// party card number, the amount in whole đồng and the month paid for (the month of the transaction
// when the statement does not name one).
import { nfc } from '../text.ts';

export interface StatementLine {
  /** 1-based row number in the file. */
  row: number;
  ref: string;
  paidOn: string;
  month: string;
  cardNo: string | null;
  payerName: string | null;
  amount: number;
}

export interface StatementRead {
  lines: StatementLine[];
  rejected: { row: number; reason: string }[];
}

type Column = 'ref' | 'paidOn' | 'cardNo' | 'payerName' | 'amount' | 'month';

const HEADERS: Record<Column, readonly string[]> = {
  ref: ['ma giao dich', 'ma gd', 'so tham chieu', 'ma tham chieu', 'so giao dich'],
  paidOn: ['ngay giao dich', 'ngay nop', 'ngay thanh toan', 'thoi gian giao dich', 'thoi gian'],
  cardNo: ['so the dang vien', 'so the', 'ma dang vien', 'so the dv'],
  payerName: ['ho va ten', 'ho ten', 'nguoi nop', 'ten nguoi nop'],
  amount: ['so tien', 'so tien nop', 'so tien (dong)', 'so tien (vnd)'],
  month: ['ky nop', 'thang nop', 'thang', 'ky dang phi'],
};

function fold(s: string): string {
  return nfc(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cells of a CSV text (RFC 4180: quotes, doubled quotes, `,` or `;` as separator, CRLF). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  // The separator is the one the first lines use most (a title line above the header may have none).
  const head = src.split(/\r?\n/, 10).join('\n');
  const sep = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out.filter((r) => r.some((c) => c.trim() !== ''));
}

function isoDay(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** DD/MM/YYYY (optionally with a time), YYYY-MM-DD, or an Excel date. */
export function readDate(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = String(v ?? '').trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(s);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** MM/YYYY, M/YYYY or YYYY-MM → YYYY-MM. */
export function readMonth(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 7);
  const s = String(v ?? '').trim();
  let m = /^(?:tháng\s*)?(\d{1,2})[/.-](\d{4})$/i.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${String(m[1]).padStart(2, '0')}`;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(s);
  if (m) return `${m[1]}-${m[2]}`;
  return null;
}

/** Whole đồng: a number, or text with `.`/`,`/space as thousands separators ("80.000", "80 000 đ"). */
export function readAmount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0 ? v : null;
  const s = String(v ?? '')
    .replace(/\s*(đ|đồng|vnd|vnđ)\s*$/i, '')
    .replace(/[\s.,]/g, '');
  if (!/^\d{1,15}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 ? n : null;
}

export function normaliseCard(v: unknown): string | null {
  const s = String(v ?? '')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  return s === '' ? null : s;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null && 'text' in v) return String((v as { text: unknown }).text);
  if (typeof v === 'object' && v !== null && 'result' in v) return String((v as { result: unknown }).result);
  return v instanceof Date ? v.toISOString() : String(v);
}

/**
 * Reads the statement's rows: the header is the first row that names a reference, an amount and a
 * card number; the rows below it become lines or are rejected with the reason.
 */
export function readStatement(table: readonly (readonly unknown[])[]): StatementRead {
  let headerAt = -1;
  const cols = new Map<Column, number>();
  for (let i = 0; i < Math.min(table.length, 20) && headerAt < 0; i++) {
    const folded = (table[i] ?? []).map((c) => fold(cellText(c)));
    const found = new Map<Column, number>();
    for (const [col, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
      const at = folded.findIndex((h) => names.includes(h));
      if (at >= 0) found.set(col, at);
    }
    if (found.has('ref') && found.has('amount') && found.has('cardNo') && found.has('paidOn')) {
      headerAt = i;
      for (const [k, v] of found) cols.set(k, v);
    }
  }
  if (headerAt < 0)
    throw new StatementUnreadable(
      'Không tìm thấy dòng tiêu đề có các cột «Mã giao dịch», «Ngày giao dịch», «Số thẻ đảng viên» và «Số tiền».',
    );
  const lines: StatementLine[] = [];
  const rejected: { row: number; reason: string }[] = [];
  const at = (r: readonly unknown[], c: Column) => {
    const i = cols.get(c);
    return i === undefined ? undefined : r[i];
  };
  for (let i = headerAt + 1; i < table.length; i++) {
    const r = table[i] ?? [];
    const row = i + 1;
    if (r.every((c) => cellText(c).trim() === '')) continue;
    const ref = nfc(cellText(at(r, 'ref'))).trim();
    if (!ref || ref.length > 100) {
      rejected.push({ row, reason: 'Thiếu mã giao dịch' });
      continue;
    }
    const rawDate = at(r, 'paidOn');
    const paidOn = readDate(rawDate instanceof Date ? rawDate : cellText(rawDate));
    if (!paidOn) {
      rejected.push({ row, reason: 'Ngày giao dịch không đọc được' });
      continue;
    }
    const rawAmount = at(r, 'amount');
    const amount = readAmount(typeof rawAmount === 'number' ? rawAmount : cellText(rawAmount));
    if (amount === null) {
      rejected.push({ row, reason: 'Số tiền không đọc được' });
      continue;
    }
    const rawMonth = at(r, 'month');
    const monthText = rawMonth instanceof Date ? rawMonth : cellText(rawMonth).trim();
    const month = monthText === '' ? paidOn.slice(0, 7) : readMonth(monthText);
    if (!month) {
      rejected.push({ row, reason: 'Kỳ nộp không đọc được (dạng MM/YYYY)' });
      continue;
    }
    const name = nfc(cellText(at(r, 'payerName'))).trim();
    lines.push({
      row,
      ref,
      paidOn,
      month,
      cardNo: normaliseCard(cellText(at(r, 'cardNo'))),
      payerName: name === '' ? null : name.slice(0, 200),
      amount,
    });
  }
  return { lines, rejected };
}

export class StatementUnreadable extends Error {}
