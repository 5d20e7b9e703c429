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
  },
  nationalHeading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  recipientsLabel: 'Nơi nhận:',
  lineSpacing: 1.15,
  firstLineIndentMm: 10,
} as const;

const MARKS_SECRECY = ['', 'MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
const MARKS_URGENCY = ['', 'KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;

export function secrecyMark(level: number): string {
  return MARKS_SECRECY[level] ?? '';
}

export function urgencyMark(level: number): string {
  return MARKS_URGENCY[level] ?? '';
}

/** "Hà Nội, ngày 05 tháng 3 năm 2026": day with two digits, month without (the Party usage). */
export function placeAndDate(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${place}, ngày ${d} tháng ${Number(m)} năm ${y}`;
}
