// Rules of files (hồ sơ), records and digitisation with no I/O: which actions a file's state allows,
// and what secrecy allows digitising. The server applies them inside its transactions; the client
// uses them to show only the buttons that can succeed.

export const FILE_STATUSES = ['planned', 'open', 'closed', 'destroyed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  planned: 'Trong danh mục',
  open: 'Đang mở',
  closed: 'Đã đóng',
  destroyed: 'Đã tiêu hủy',
};

export interface FileState {
  status: FileStatus;
  declared: boolean;
}

export type FileAction = 'edit' | 'open' | 'add_document' | 'close' | 'reopen' | 'declare' | 'digitise';

/** Null when the action is allowed, otherwise the Vietnamese reason. */
export function fileActionProblem(f: FileState, action: FileAction): string | null {
  if (f.status === 'destroyed') return 'Hồ sơ đã bị tiêu hủy.';
  switch (action) {
    case 'edit':
      return f.status === 'closed' ? 'Hồ sơ đã đóng: không sửa thông tin được nữa.' : null;
    case 'open':
      return f.status === 'planned' ? null : 'Hồ sơ đã được mở trước đó.';
    case 'add_document':
      return f.status === 'open'
        ? null
        : f.status === 'planned'
          ? 'Hồ sơ chưa mở: hãy mở hồ sơ trước khi đưa văn bản vào.'
          : 'Hồ sơ đã đóng: không đưa thêm văn bản vào được.';
    case 'close':
      return f.status === 'open' ? null : 'Chỉ hồ sơ đang mở mới đóng được.';
    case 'reopen':
      if (f.status !== 'closed') return 'Chỉ hồ sơ đã đóng mới mở lại được.';
      return f.declared ? 'Hồ sơ đã lập thành tài liệu lưu trữ: không mở lại được.' : null;
    case 'declare':
      if (f.status !== 'closed')
        return 'Hồ sơ phải được đóng (chỉnh lý xong) trước khi lập thành tài liệu lưu trữ.';
      return f.declared ? 'Hồ sơ đã được lập thành tài liệu lưu trữ.' : null;
    case 'digitise':
      return f.status === 'closed'
        ? null
        : 'Tài liệu phải được chỉnh lý (hồ sơ đã đóng) trước khi số hóa (Hướng dẫn 40-HD/VPTW).';
  }
}

export const SECRECY_NAMES = ['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'] as const;

/**
 * Digitisation and secrecy (docs/domain.md, archives and security): Tuyệt mật is never digitised;
 * Mật and Tối mật need a recorded approval covering their level first. `approvedUpTo` is the
 * highest level an approval of the file covers (0 when there is none).
 */
export function digitiseSecrecyProblem(secrecy: number, approvedUpTo: number): string | null {
  if (secrecy >= 3) return 'Tài liệu Tuyệt mật không bao giờ được số hóa.';
  if (secrecy >= 1 && approvedUpTo < secrecy) {
    return `Tài liệu ${SECRECY_NAMES[secrecy]} chỉ được số hóa khi đã có phê duyệt của lãnh đạo (chưa có phê duyệt cho hồ sơ này).`;
  }
  return null;
}

export const DISPOSAL_STATUSES = ['proposed', 'reviewed', 'approved', 'rejected', 'executed'] as const;
export type DisposalStatus = (typeof DISPOSAL_STATUSES)[number];
export const DISPOSAL_STATUS_LABELS: Record<DisposalStatus, string> = {
  proposed: 'Chờ Hội đồng xem xét',
  reviewed: 'Chờ phê duyệt',
  approved: 'Đã phê duyệt, chờ hủy',
  rejected: 'Không phê duyệt',
  executed: 'Đã hủy',
};

export const DISPOSAL_DECISIONS = ['destroy', 'keep'] as const;
export type DisposalDecision = (typeof DISPOSAL_DECISIONS)[number];
export const DISPOSAL_DECISION_LABELS: Record<DisposalDecision, string> = {
  destroy: 'Hủy',
  keep: 'Giữ lại',
};

export const BATCH_ITEM_STATUSES = [
  'awaiting_scan',
  'queued',
  'running',
  'done',
  'failed',
  'ocr_unavailable',
] as const;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];
export const BATCH_ITEM_STATUS_LABELS: Record<BatchItemStatus, string> = {
  awaiting_scan: 'Chờ tệp quét',
  queued: 'Chờ nhận dạng',
  running: 'Đang nhận dạng',
  done: 'Đã số hóa',
  failed: 'Lỗi',
  ocr_unavailable: 'Máy chủ chưa cài OCR',
};

/** A batch's progress: finished items (done, failed, OCR unavailable) over all items. */
export function batchProgress(counts: Partial<Record<BatchItemStatus, number>>): {
  total: number;
  finished: number;
  percent: number;
} {
  const n = (s: BatchItemStatus) => counts[s] ?? 0;
  const total = BATCH_ITEM_STATUSES.reduce((sum, s) => sum + n(s), 0);
  const finished = n('done') + n('failed') + n('ocr_unavailable');
  return { total, finished, percent: total === 0 ? 0 : Math.floor((finished / total) * 100) };
}
