// The text rules of a Party document (Hướng dẫn 36-HD/VPTW) that do not depend on Word: the place
// and date line, the number and symbol line, the punctuation of "Nơi nhận:", the signer's name and
// the widths of a table's columns. The Word assembly on top of them is server/office/.
import { isValidIsoDate, todayVn } from './dates.ts';
import { PARTY_LAYOUT, type PartyLayout } from './party-layout.ts';

/** A caller gave the kit what cannot be printed (no place, dots for a place, no signer's name…). */
export class OfficeInputError extends Error {
  override name = 'OfficeInputError';
}

/** Dots or underscores standing for something to be filled in by hand. */
const PLACEHOLDER = /…|\.{2,}|_{2,}/;

/** A text that must be printed: spaces collapsed; throws when blank, without letters, or dots. */
export function required(value: string | null | undefined, what: string): string {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!v || !/\p{L}/u.test(v)) throw new OfficeInputError(`${what}: chưa có.`);
  if (PLACEHOLDER.test(v)) throw new OfficeInputError(`${what}: «${v}» là chỗ trống, không phải nội dung.`);
  return v;
}

/** "ngày 05 tháng 3 năm 2026": the day with two digits, the month without (the Party usage). */
export function dateWords(isoDate: string): string {
  if (!isValidIsoDate(isoDate)) throw new OfficeInputError(`Ngày «${isoDate}» không hợp lệ.`);
  const [y, m, d] = isoDate.split('-');
  return `ngày ${d} tháng ${Number(m)} năm ${y}`;
}

/**
 * "Hà Nội, ngày 05 tháng 3 năm 2026". The place is the unit's and must be given (never dots);
 * without a date the line carries today's date in Vietnam.
 */
export function placeDateLine(place: string, isoDate?: string | null, now: Date = new Date()): string {
  return `${required(place, 'Địa danh')}, ${dateWords(isoDate || todayVn(now))}`;
}

/** The number of a document still without one: its type and issuer, a gap for the number. */
export interface DraftSymbol {
  typeCode: string;
  issuerCode: string;
}

/** A number written as free text (a decision recorded as typed): printed as it is, after "Số". */
export interface RawSymbol {
  raw: string;
}

export type SymbolSpec = string | DraftSymbol | RawSymbol;

const PARTY_SYMBOL = /^\d+-[^/\s]+\/\S+$/u;

/** Whether a symbol is a draft's: unnumbered, its number to be given when it is issued. */
export function isDraftSymbol(symbol: SymbolSpec | null | undefined): symbol is DraftSymbol {
  return typeof symbol === 'object' && symbol !== null && 'typeCode' in symbol;
}

/**
 * A number as recorded: the Party form ("45-QĐ/ĐU") when it is one, else the text as it is (a
 * number of another system, "123/QĐ-UBND", or one typed by hand); null when there is none.
 */
export function recordedSymbol(text: string | null | undefined): string | RawSymbol | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const compact = t.replace(/^số\s*/i, '').replace(/\s+/g, '');
  return PARTY_SYMBOL.test(compact) && !PLACEHOLDER.test(compact) ? compact : { raw: t };
}

/**
 * "Số 34-CT/TU"; a draft gets "Số        -CT/TU", the gap to be filled when it is numbered; a raw
 * number is printed as given ("Số 123/QĐ-UBND"), but never blank or dots.
 */
export function symbolLine(symbol: SymbolSpec, layout: PartyLayout = PARTY_LAYOUT): string {
  if (isDraftSymbol(symbol)) {
    const type = required(symbol.typeCode, 'Loại văn bản').replace(/\s/g, '');
    const issuer = required(symbol.issuerCode, 'Ký hiệu cơ quan ban hành').replace(/\s/g, '');
    return `Số${' '.repeat(layout.draftNumberGap)}-${type}/${issuer}`;
  }
  if (typeof symbol !== 'string') {
    const raw = symbol.raw
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^số\s*/i, '');
    if (!/[\p{L}\p{N}]/u.test(raw) || PLACEHOLDER.test(raw)) {
      throw new OfficeInputError(`Số, ký hiệu «${symbol.raw}» là chỗ trống, không phải nội dung.`);
    }
    return `Số ${raw}`;
  }
  const s = required(symbol, 'Số, ký hiệu')
    .replace(/^số\s*/i, '')
    .replace(/\s+/g, '');
  if (!PARTY_SYMBOL.test(s)) {
    throw new OfficeInputError(`Số, ký hiệu «${symbol}» không đúng dạng «34-CT/TU».`);
  }
  return `Số ${s}`;
}

/**
 * The lines of "Nơi nhận:": each starts with "- " and ends with ",", the last with "."; the
 * archive line ("Lưu Văn phòng") closes the list unless the caller gives none (null) or already
 * lists a "Lưu …" line. Blank entries and repeats are dropped.
 */
export function recipientLines(
  names: readonly string[],
  archive: string | null = PARTY_LAYOUT.archiveRecipient,
): string[] {
  const clean = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[-–—•+]\s*/, '')
      .replace(/[\s,.;:]+$/, '')
      .trim();
  const items: string[] = [];
  for (const n of names) {
    const c = clean(n);
    if (c && !items.some((i) => i.toLocaleLowerCase('vi') === c.toLocaleLowerCase('vi'))) items.push(c);
  }
  const archived = items.some((i) => /^lưu\b/iu.test(i));
  if (archive && !archived) items.push(clean(archive));
  if (items.length === 0) throw new OfficeInputError('Nơi nhận: chưa có.');
  return items.map((i, k) => `- ${i}${k === items.length - 1 ? '.' : ','}`);
}

/** The signer's full name under the signature: required, never a placeholder. */
export function signerName(name: string | null | undefined): string {
  return required(name, 'Họ và tên người ký');
}

/** The width of the text between the margins, in millimetres. */
export function textWidthMm(layout: PartyLayout = PARTY_LAYOUT, landscape = false): number {
  const across = landscape ? layout.page.heightMm : layout.page.widthMm;
  return across - layout.marginsMm.left - layout.marginsMm.right;
}

/**
 * A word's width in bold serif type, in millimetres, on the generous side (capitals 0.74 em, small
 * letters 0.56 em, digits 0.52 em, the separators of dates and amounts 0.3 em, the rest 0.4 em):
 * what a column needs so that the word never breaks ("05/03/2016", "3.510.000").
 */
export function wordWidthMm(word: string, pt: number): number {
  let em = 0;
  for (const ch of word.normalize('NFC')) {
    if (/\p{Lu}/u.test(ch)) em += 0.74;
    else if (/\p{Ll}/u.test(ch)) em += 0.56;
    else if (/\p{N}/u.test(ch)) em += 0.52;
    else if (/[./,:]/.test(ch)) em += 0.3;
    else em += 0.4;
  }
  return (em * pt * 25.4) / 72;
}

/** A column: fixed in millimetres, or a share of what the fixed columns leave. */
export interface ColumnWidth {
  header: string;
  mm?: number;
  share?: number;
}

/** Words longer than this (a URL, a hash) may break; shorter ones set their column's width. */
const MAX_KEPT_WORD = 16;

function wordsFloorMm(texts: readonly string[], pt: number, paddingMm: number): number {
  let widest = 0;
  for (const t of texts)
    for (const w of t.split(/\s+/))
      if (w.length <= MAX_KEPT_WORD) widest = Math.max(widest, wordWidthMm(w, pt));
  return Math.ceil((widest + paddingMm) * 10) / 10;
}

/**
 * The columns' widths in millimetres, summing to `totalMm`. Fixed columns keep their width; the
 * rest share what is left. No column is narrower than the layout's minimum nor than the longest
 * word of its header (plus the cell's padding), so "STT" or "Ngày" never breaks onto two lines;
 * the width such a column gains is taken from the shared columns. The short words of the data
 * ("05/03/2016", "HS-2016-01") are kept whole too when the page allows it. Throws when the headers
 * cannot fit.
 */
export function columnWidthsMm(
  columns: readonly ColumnWidth[],
  totalMm: number,
  pt: number,
  layout: PartyLayout = PARTY_LAYOUT,
  rows: readonly (readonly string[])[] = [],
): number[] {
  if (columns.length === 0) throw new OfficeInputError('Bảng không có cột.');
  const padding = 2 * layout.table.cellPaddingMm;
  const header = columns.map((c) =>
    Math.max(layout.table.minColumnMm, wordsFloorMm([c.header], pt, padding)),
  );
  const data = columns.map((_, i) =>
    wordsFloorMm(
      rows.map((r) => r[i] ?? ''),
      pt,
      padding,
    ),
  );
  try {
    return fitColumns(
      columns,
      totalMm,
      header.map((h, i) => Math.max(h, data[i]!)),
    );
  } catch (e) {
    if (!(e instanceof OfficeInputError) || rows.length === 0) throw e;
    return fitColumns(columns, totalMm, header);
  }
}

function fitColumns(columns: readonly ColumnWidth[], totalMm: number, floor: readonly number[]): number[] {
  const width = columns.map((c, i) => (c.mm !== undefined ? Math.max(c.mm, floor[i]!) : 0));
  const shared = columns.map((c, i) => (c.mm === undefined ? i : -1)).filter((i) => i >= 0);
  const share = (i: number) => Math.max(columns[i]!.share ?? 1, 0);
  let free = totalMm - width.reduce((a, b) => a + b, 0);
  // Columns whose share falls under their floor take the floor, then the others share again.
  let open = shared;
  for (;;) {
    const shares = open.reduce((a, i) => a + share(i), 0) || 1;
    const under = open.filter((i) => (free * share(i)) / shares < floor[i]!);
    if (under.length === 0) {
      for (const i of open) width[i] = (free * share(i)) / shares;
      break;
    }
    for (const i of under) {
      width[i] = floor[i]!;
      free -= floor[i]!;
    }
    open = open.filter((i) => !under.includes(i));
  }
  const sum = width.reduce((a, b) => a + b, 0);
  if (free < -0.01 || sum > totalMm + 0.01) {
    throw new OfficeInputError(`Bảng rộng ${sum.toFixed(1)} mm, vượt ${totalMm.toFixed(1)} mm của trang.`);
  }
  if (shared.length === 0 && Math.abs(sum - totalMm) > 0.01) {
    // All fixed: the last column takes what is left, so the table spans the page.
    width[width.length - 1]! += totalMm - sum;
  }
  return width.map((w) => Math.round(w * 100) / 100);
}

/** Millimetres to twentieths of a point (twips), the unit of Word page settings (rounded). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to half-points, the unit of Word font sizes. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
