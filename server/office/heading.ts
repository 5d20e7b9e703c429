// The top of a Party document: on the left the superior body, the issuing body in bold, "*", the
// number and symbol, the "V/v …" of a công văn and the secrecy and urgency marks; on the right
// "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule, then the place and date in italics. Then the type name
// and the summary, centred, with the short rule under them.
import { placeDateLine, required, type SymbolSpec, symbolLine } from '../../domain/office.ts';
import { secrecyMark, urgencyMark } from '../../domain/party-layout.ts';
import { type Block, lines, makeParagraph, upper } from './base.ts';
import { sideBySide } from './table.ts';

export interface HeadingSpec {
  /** The body above the issuer ("Thành ủy Hà Nội" over "Ban Tuyên giáo…"), or none. */
  superior?: string | null;
  /** The issuing body. */
  issuer: string;
  /**
   * "34-CT/TU"; a draft's type and issuer codes (the number left blank); `{ raw }`, a number recorded
   * as free text, printed as it is; or none (a form).
   */
  symbol?: SymbolSpec | null;
  /** The unit's place name ("Hà Nội"): required, never dots. */
  place: string;
  /** ISO date of issue; today's when not given. */
  date?: string | null;
  /** 0 none, 1 Mật, 2 Tối mật, 3 Tuyệt mật. */
  secrecy?: number;
  /** 0 none, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa tốc. */
  urgency?: number;
  /** A công văn's summary, printed "V/v …" under its number (a công văn has no type name). */
  letterSummary?: string | null;
  /** A form's code, printed "Mẫu 3-KNĐ" at the top right. */
  formCode?: string | null;
}

/** The heading block; throws OfficeInputError without a place or with a malformed symbol. */
export function headingBlock(h: HeadingSpec): Block {
  // Checked when the block is made, so a caller's mistake surfaces where it is written.
  const dateLine = placeDateLine(h.place, h.date);
  const issuer = required(h.issuer, 'Cơ quan ban hành');
  if (h.symbol) symbolLine(h.symbol);
  return (page) => {
    const { layout } = page;
    const s = layout.sizes;
    const number = h.symbol ? symbolLine(h.symbol, layout) : null;
    const left = [
      ...(h.superior?.trim() ? lines(layout, [upper(h.superior.trim())], { size: s.superiorBody }) : []),
      ...lines(layout, [upper(issuer)], { size: s.issuingBody, bold: true }),
      ...lines(layout, [layout.issuerSeparator], { size: s.issuingBody }),
      ...(number ? lines(layout, [number], { size: s.symbol }) : []),
      ...(h.letterSummary
        ? lines(layout, [`V/v ${h.letterSummary.trim()}`], { size: s.letterSummary, italics: true })
        : []),
      ...lines(layout, [secrecyMark(h.secrecy ?? 0), urgencyMark(h.urgency ?? 0)].filter(Boolean), {
        size: s.marks,
        bold: true,
        before: 3,
      }),
    ];
    const right = [
      ...lines(layout, [layout.nationalHeading], {
        size: s.nationalHeading,
        bold: true,
        underline: true,
        after: 6,
      }),
      ...lines(layout, [dateLine], { size: s.placeDate, italics: true }),
    ];
    const form = h.formCode
      ? [
          makeParagraph(layout, `Mẫu ${h.formCode.replace(/^mẫu\s*/i, '')}`, {
            size: s.formCode,
            italics: true,
            align: 'right',
            after: 6,
          }),
        ]
      : [];
    return [...form, sideBySide(page, left, right, layout.columnsPercent.heading)];
  };
}

export interface TitleSpec {
  /** "CHỈ THỊ", "BÁO CÁO", "BIÊN BẢN" (printed in capitals). */
  typeName: string;
  /** The summary (trích yếu) under the type name, bold. */
  summary?: string | null;
  /** A line in italics under the summary, e.g. "(Từ ngày 23/11/2026 đến ngày 29/11/2026)". */
  note?: string | null;
}

/** The type name, the summary and the short rule, centred. */
export function titleBlock(t: TitleSpec): Block {
  const typeName = required(t.typeName, 'Tên loại văn bản');
  return ({ layout }) => {
    const s = layout.sizes;
    return [
      makeParagraph(layout, upper(typeName), {
        size: s.typeName,
        bold: true,
        align: 'center',
        before: layout.spacingPt.block * 2,
        keepNext: true,
      }),
      ...(t.summary
        ? [
            makeParagraph(layout, t.summary.trim(), {
              size: s.summary,
              bold: true,
              align: 'center',
              keepNext: true,
            }),
          ]
        : []),
      ...(t.note
        ? [
            makeParagraph(layout, t.note.trim(), {
              size: s.summary,
              italics: true,
              align: 'center',
              keepNext: true,
            }),
          ]
        : []),
      makeParagraph(layout, layout.summaryRule, {
        size: s.summary,
        align: 'center',
        after: layout.spacingPt.block,
      }),
    ];
  };
}
