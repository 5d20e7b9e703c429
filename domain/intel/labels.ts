// Situation information (thông tin tình hình): the kinds of report, the severity scale, the
// categories an installation starts with (they are data: an administrator adds, renames and retires
// them), and the lifecycle of a hot issue (vụ việc, điểm nóng) with the moves it allows.

export const REPORT_KINDS = ['periodic', 'quick'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  periodic: 'Báo cáo định kỳ',
  quick: 'Báo cáo nhanh',
};

/** 1 = ít nghiêm trọng … 4 = đặc biệt nghiêm trọng. */
export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<number, string> = {
  1: 'Ít nghiêm trọng',
  2: 'Nghiêm trọng vừa',
  3: 'Nghiêm trọng',
  4: 'Đặc biệt nghiêm trọng',
};
/** From this severity an item is "severe": quoted in the synthesis, marked in the inbox. */
export const SEVERE_FROM = 3;

/**
 * The categories of a new installation (migration 0016 stores them; afterwards they are the
 * administrator's data). The first six are the ones every office reports on.
 */
export const DEFAULT_CATEGORIES: readonly { code: string; name: string }[] = [
  { code: 'antt', name: 'An ninh, trật tự' },
  { code: 'khieu_nai', name: 'Khiếu nại, tố cáo' },
  { code: 'dan_sinh', name: 'Dân sinh bức xúc' },
  { code: 'dat_dai', name: 'Đất đai, giải phóng mặt bằng' },
  { code: 'moi_truong', name: 'Môi trường' },
  { code: 'du_luan', name: 'Dư luận xã hội' },
  { code: 'tu_tuong', name: 'Tư tưởng' },
];

export const ISSUE_STATUSES = ['new', 'watching', 'reported', 'directed', 'resolved', 'recurred'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  new: 'Mới phát hiện',
  watching: 'Đang theo dõi',
  reported: 'Đã báo cáo Ban Thường vụ',
  directed: 'Đã có chỉ đạo',
  resolved: 'Đã giải quyết',
  recurred: 'Tái phát',
};

/**
 * The moves of the lifecycle new → watching → reported → directed → resolved → recurred. "directed"
 * is reached only by a leader's direction (which gives a task), never by a plain change of status;
 * "recurred" only from "resolved". An issue that recurred is followed again from any open stage.
 */
const MOVES: Record<IssueStatus, readonly IssueStatus[]> = {
  new: ['watching', 'reported', 'resolved'],
  watching: ['reported', 'resolved'],
  reported: ['watching', 'resolved'],
  directed: ['reported', 'resolved'],
  resolved: ['recurred'],
  recurred: ['watching', 'reported', 'resolved'],
};

export function canMove(from: IssueStatus, to: IssueStatus): boolean {
  return MOVES[from].includes(to);
}

export function movesFrom(from: IssueStatus): readonly IssueStatus[] {
  return MOVES[from];
}

/** A leader may direct an issue that is open (not resolved). */
export function canDirect(status: IssueStatus): boolean {
  return status !== 'resolved';
}

export const OPEN_STATUSES: readonly IssueStatus[] = ISSUE_STATUSES.filter((s) => s !== 'resolved');

export const FREQUENCIES = ['weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  weekly: 'Hằng tuần',
  monthly: 'Hằng tháng',
};
export const WEEKDAY_LABELS = [
  '',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
  'Chủ nhật',
];

export const WARNING_KINDS = ['rise', 'neighbours', 'recurrence'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export const WARNING_KIND_LABELS: Record<WarningKind, string> = {
  rise: 'Tăng đột biến',
  neighbours: 'Tăng đồng loạt ở nhiều đơn vị',
  recurrence: 'Tái phát sau khi đã giải quyết',
};
