// One row of the member import sheet (docs/members.md) → the fields of a member, or the reason the
// row is refused. Cells arrive as exceljs gives them: Date for Excel dates, numbers, text, rich
// text, formula results. Pure: the server adds what needs the database (unit, duplicates).
import { isValidIsoDate, parseDateVi } from '../dates.ts';
import { isStorableText, nfc } from '../text.ts';
import { memberDatesProblem } from './member-rules.ts';
import {
  GENDERS,
  type Gender,
  IMPORT_COLUMNS,
  type ImportField,
  normaliseCardNo,
  REQUIRED_IMPORT_COLUMNS,
} from './records.ts';

export interface ImportedMember {
  fullName: string;
  birthDate: string;
  gender: Gender | null;
  admittedOn: string;
  officialOn: string | null;
  partyCardNo: string | null;
}

export type RowResult = { ok: true; member: ImportedMember } | { ok: false; reason: string };

/** Column index (1-based, as exceljs numbers them) of each field, from the header row. */
export type HeaderMap = Partial<Record<ImportField, number>>;

function headerText(v: unknown): string {
  return nfc(cellText(v)).replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** Reads the header row; `missing` names the required columns that are absent. */
export function readHeader(values: readonly unknown[]): { map: HeaderMap; missing: string[] } {
  const map: HeaderMap = {};
  const wanted = new Map(
    Object.entries(IMPORT_COLUMNS).map(([label, field]) => [label.toLocaleLowerCase('vi'), field]),
  );
  values.forEach((v, i) => {
    const field = wanted.get(headerText(v));
    if (field && map[field] === undefined) map[field] = i;
  });
  const missing = REQUIRED_IMPORT_COLUMNS.filter((label) => map[IMPORT_COLUMNS[label]] === undefined);
  return { map, missing };
}

/** The text of a cell whatever exceljs made of it. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return '';
}

// Excel's day 0 in the 1900 date system (with its phantom 29/02/1900) is 30/12/1899.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date cell: an Excel date, an Excel serial number, `DD/MM/YYYY` text, or ISO text. */
export function cellDate(v: unknown): string | null | 'invalid' {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { result?: unknown };
    if (o.result !== undefined) return cellDate(o.result);
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return 'invalid';
    // exceljs gives Excel dates as UTC midnight; tolerate a float error of a few milliseconds, and
    // keep the day of a date-time cell.
    const day = Math.floor((v.getTime() + 1000) / 86_400_000);
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 2_958_465) return 'invalid';
    return new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000).toISOString().slice(0, 10);
  }
  const s = nfc(cellText(v)).trim();
  if (!s) return null;
  const vi = parseDateVi(s.replace(/[.-]/g, '/'));
  if (vi) return vi;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) && isValidIsoDate(s)) return s;
  return 'invalid';
}

const MAX_NAME = 120;
const MAX_CARD = 30;

/** Validates one data row. `today` (ISO) bounds dates. */
export function parseRow(values: readonly unknown[], header: HeaderMap, today: string): RowResult {
  const at = (f: ImportField) => (header[f] === undefined ? undefined : values[header[f] as number]);
  const fullName = nfc(cellText(at('fullName')))
    .replace(/\s+/g, ' ')
    .trim();
  if (!fullName) return { ok: false, reason: 'Thiếu họ và tên.' };
  if (fullName.length > MAX_NAME) return { ok: false, reason: `Họ và tên dài quá ${MAX_NAME} ký tự.` };
  if (!isStorableText(fullName)) return { ok: false, reason: 'Họ và tên chứa ký tự không hợp lệ.' };

  const dates: Record<'birthDate' | 'admittedOn' | 'officialOn', string | null> = {
    birthDate: null,
    admittedOn: null,
    officialOn: null,
  };
  const labels = { birthDate: 'Ngày sinh', admittedOn: 'Ngày vào Đảng', officialOn: 'Ngày chính thức' };
  for (const f of ['birthDate', 'admittedOn', 'officialOn'] as const) {
    const raw = at(f);
    const d = cellDate(raw);
    if (d === 'invalid')
      return {
        ok: false,
        reason: `${labels[f]} «${cellText(raw).slice(0, 40)}» không phải ngày hợp lệ (DD/MM/YYYY).`,
      };
    dates[f] = d;
  }
  if (!dates.birthDate) return { ok: false, reason: 'Thiếu ngày sinh.' };
  if (!dates.admittedOn) return { ok: false, reason: 'Thiếu ngày vào Đảng.' };

  const genderText = nfc(cellText(at('gender'))).trim();
  let gender: Gender | null = null;
  if (genderText) {
    const g = GENDERS.find((x) => x.toLocaleLowerCase('vi') === genderText.toLocaleLowerCase('vi'));
    if (!g) return { ok: false, reason: `Giới tính «${genderText.slice(0, 20)}» phải là Nam hoặc Nữ.` };
    gender = g;
  }

  const cardText = normaliseCardNo(cellText(at('partyCardNo')));
  if (cardText.length > MAX_CARD) return { ok: false, reason: `Số thẻ đảng viên dài quá ${MAX_CARD} ký tự.` };
  if (cardText && !/^[\p{L}\p{N}./-]+$/u.test(cardText))
    return { ok: false, reason: `Số thẻ đảng viên «${cardText}» chỉ gồm chữ và số.` };

  const problem = memberDatesProblem(
    { birthDate: dates.birthDate, admittedOn: dates.admittedOn, officialOn: dates.officialOn },
    today,
  );
  if (problem) return { ok: false, reason: problem };
  return {
    ok: true,
    member: {
      fullName,
      birthDate: dates.birthDate,
      gender,
      admittedOn: dates.admittedOn,
      officialOn: dates.officialOn,
      partyCardNo: cardText || null,
    },
  };
}
