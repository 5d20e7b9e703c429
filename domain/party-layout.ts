// Layout of a Party document (Hướng dẫn 36-HD/VPTW; a newer guide under Quy định 399 may replace
// it): every size, margin and fixed text in one place, so a new guide changes only this file.

export const PARTY_LAYOUT = {
  font: 'Times New Roman',
  page: { size: 'A4', widthMm: 210, heightMm: 297 },
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Sizes in points. */
  sizes: {
    nationalHeading: 15,
    superiorBody: 14,
    issuingBody: 14,
    symbol: 14,
    placeDate: 14,
    typeName: 16,
    summary: 14,
    body: 14,
    signature: 14,
    recipients: 12,
    recipientsLabel: 14,
    marks: 13,
    /** The "V/v …" summary of a công văn, under its number. */
    letterSummary: 12,
    /** "Mẫu 3-KNĐ" above the heading of a form. */
    formCode: 12,
    table: 12,
    /** "(ký, ghi rõ họ tên)" under a signer's position. */
    signatureHint: 12,
  },
  nationalHeading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  /** Under the issuing body, above the number. */
  issuerSeparator: '*',
  /** Under the type name and summary. */
  summaryRule: '-----',
  recipientsLabel: 'Nơi nhận:',
  /** The last line of "Nơi nhận:" unless the caller names another. */
  archiveRecipient: 'Lưu Văn phòng',
  /** Spaces left for the number of a draft: "Số        -BC/TU". */
  draftNumberGap: 8,
  lineSpacing: 1.15,
  firstLineIndentMm: 10,
  /** Space after a body paragraph, before a section heading, around the blocks; in points. */
  spacingPt: { paragraph: 6, headingBefore: 6, block: 12 },
  /** The heading block and the closing block are two borderless columns: the left one's share in %. */
  columnsPercent: { heading: 45, closing: 50 },
  /** Grid tables: padding inside a cell, and no column narrower than this. */
  table: { cellPaddingMm: 1.5, minColumnMm: 12 },
  /** Between a signer's position and name: the signature and the seal. */
  signatureSpaceMm: 25,
} as const;

type Widen<T> = {
  -readonly [K in keyof T]: T[K] extends string ? string : T[K] extends number ? number : Widen<T[K]>;
};
/** The layout's shape with open values, for a caller that changes one (another font, other margins). */
export type PartyLayout = Widen<typeof PARTY_LAYOUT>;

const MARKS_SECRECY = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
const MARKS_URGENCY = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;

export function secrecyMark(level: number): string {
  return MARKS_SECRECY[level] ?? '';
}

export function urgencyMark(level: number): string {
  return MARKS_URGENCY[level] ?? '';
}
