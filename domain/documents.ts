// Party documents (docs/domain.md, documents): types and their abbreviations, the số ký hiệu rule, the
// workflow states. Keep the lists as data: new types appear, rules change every few years.

export interface DocumentType {
  code: string;
  name: string;
  /** Issued only by the Central Committee (Quy định). */
  centralOnly?: boolean;
}

/** Types of Quy định 399-QĐ/TW with their abbreviations; seeded into document_types. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QĐi', name: 'Quy định', centralOnly: true },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'CV', name: 'Công văn' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TT', name: 'Thông tri' },
];

export const DIRECTIONS = ['in', 'out', 'internal'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = {
  in: 'Văn bản đến',
  out: 'Văn bản đi',
  internal: 'Văn bản nội bộ',
};

export const OUT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'issued', 'cancelled'] as const;
export const IN_STATUSES = ['new', 'in_progress', 'done'] as const;
export type DocumentStatus = (typeof OUT_STATUSES)[number] | (typeof IN_STATUSES)[number];
export const STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Chờ ký',
  returned: 'Trả lại',
  approved: 'Đã ký duyệt',
  issued: 'Đã ban hành',
  cancelled: 'Đã hủy',
  new: 'Mới',
  in_progress: 'Đang xử lý',
  done: 'Đã xử lý',
};

/** The number and symbol as printed: `34-CT/TU` (the word "Số" is the layout's business). */
export function formatSymbol(number: number, typeCode: string, issuerCode: string): string {
  return `${number}-${typeCode}/${issuerCode}`;
}

export interface ParsedSymbol {
  number: number;
  typeCode: string;
  issuerCode: string;
}

/** Reads `Số 34-CT/TU`, `34-CT/TU` or `13140-QĐ/TU`; null when it is not in the Party form. */
export function parseSymbol(s: string): ParsedSymbol | null {
  const m = /^(?:Số\s*)?(\d+)\s*-\s*([\p{L}]+)\s*\/\s*([\p{L}\p{N}-]+)$/u.exec(s.normalize('NFC').trim());
  if (!m) return null;
  return { number: Number(m[1]), typeCode: m[2] as string, issuerCode: m[3] as string };
}

/** Incoming numbers (số đến) restart every calendar year. */
export function incomingYear(receivedOn: string): number {
  return Number(receivedOn.slice(0, 4));
}

/** Whether a query looks like (part of) a document symbol: has a digit or a -, /. */
export function looksLikeSymbol(q: string): boolean {
  return /\d/.test(q) || /[-/]/.test(q);
}
