// Programme kinds, statuses and expected products, with their Vietnamese names.

export const PROGRAM_KINDS = ['term', 'year', 'quarter', 'month', 'week', 'action'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const PROGRAM_KIND_LABELS: Record<ProgramKind, string> = {
  term: 'Toàn khóa',
  year: 'Năm',
  quarter: 'Quý',
  month: 'Tháng',
  week: 'Tuần',
  // Chương trình hành động: concretises one resolution or directive (domain/resolution.ts).
  action: 'Chương trình hành động',
};

export const PROGRAM_STATUSES = ['draft', 'approved'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = {
  draft: 'Dự thảo',
  approved: 'Đã phê duyệt',
};

/** Expected products of a programme item (sản phẩm); free text is allowed too. */
export const PRODUCT_SUGGESTIONS: readonly string[] = [
  'Báo cáo',
  'Đề án',
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Kế hoạch',
  'Chương trình',
  'Quy chế',
  'Quy định',
  'Hướng dẫn',
  'Thông báo',
  'Tờ trình',
  'Hội nghị',
];

/** Review reports: sơ kết (mid-period) and tổng kết (end of period). */
export const REPORT_KINDS = ['so-ket', 'tong-ket'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  'so-ket': 'Sơ kết',
  'tong-ket': 'Tổng kết',
};

/** "1", "1.2", "1.2.3": the number of an item from its positions down the tree. */
export function itemNumber(positions: readonly number[]): string {
  return positions.join('.');
}

/** Items may nest this deep: content → task → sub-task. */
export const MAX_ITEM_DEPTH = 3;
