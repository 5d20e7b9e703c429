// Labels and tags of the documents area: statuses, levels, history events, handling roles.
import { Tag, Typography } from 'antd';
import { formatDateVi, SECRECY_LABELS, todayVn, URGENCY_LABELS } from '../../lib/format.ts';

const STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'gold',
  returned: 'volcano',
  approved: 'cyan',
  issued: 'green',
  cancelled: 'red',
  new: 'blue',
  in_progress: 'gold',
  done: 'green',
};

export function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{label}</Tag>;
}

const URGENCY_COLORS = ['default', 'orange', 'volcano', 'red'];
const SECRECY_COLORS = ['default', 'purple', 'magenta', 'red'];

/** Nothing for an ordinary document: only "Khẩn" and above stand out. */
export function UrgencyTag({ level, always }: { level: number; always?: boolean }) {
  if (level <= 0 && !always) return null;
  return <Tag color={URGENCY_COLORS[level] ?? 'default'}>{URGENCY_LABELS[level] ?? level}</Tag>;
}

export function SecrecyTag({ level, always }: { level: number; always?: boolean }) {
  if (level <= 0 && !always) return null;
  return (
    <Tag color={SECRECY_COLORS[level] ?? 'default'} variant="solid">
      {SECRECY_LABELS[level] ?? level}
    </Tag>
  );
}

export const LEVEL_OPTIONS = {
  secrecy: SECRECY_LABELS.map((label, value) => ({ value, label })),
  urgency: URGENCY_LABELS.map((label, value) => ({ value, label })),
};

export const EVENT_LABELS: Record<string, string> = {
  registered: 'Vào sổ',
  drafted: 'Soạn thảo',
  edited: 'Sửa',
  submitted: 'Trình ký',
  approved: 'Ký duyệt',
  returned: 'Trả lại',
  signed_on_paper: 'Ký trên giấy',
  issued: 'Ban hành',
  sent: 'Gửi đơn vị nhận',
  received: 'Nhận',
  file_added: 'Thêm tệp',
  signed_original_added: 'Thêm bản gốc đã ký',
  directed: 'Chỉ đạo',
  cancelled: 'Hủy',
  handling_new: 'Cập nhật xử lý: mới',
  handling_in_progress: 'Cập nhật xử lý: đang xử lý',
  handling_done: 'Cập nhật xử lý: đã xong',
  filed: 'Đưa vào hồ sơ',
  unfiled: 'Rút khỏi hồ sơ',
  declared: 'Công nhận là tài liệu lưu trữ',
  corrected: 'Có bản đính chính',
  digitised: 'Số hóa',
  imported: 'Nhập từ gói chuyển giao',
  destroyed: 'Tiêu hủy',
};

export const EVENT_COLORS: Record<string, string> = {
  returned: 'red',
  cancelled: 'red',
  approved: 'green',
  issued: 'green',
  handling_done: 'green',
  declared: 'blue',
  destroyed: 'gray',
};

export const HANDLING_ROLE_LABELS: Record<string, string> = {
  register: 'Vào sổ',
  lead: 'Chủ trì',
  coordinate: 'Phối hợp',
  assignee: 'Người xử lý',
};

export const HANDLING_STATUS_LABELS: Record<string, string> = {
  new: 'Mới',
  in_progress: 'Đang xử lý',
  done: 'Đã xong',
};

export function HandlingStatusTag({ status }: { status: string }) {
  return <StatusTag status={status} label={HANDLING_STATUS_LABELS[status] ?? status} />;
}

/** 1 234 567 bytes → "1,2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toLocaleString('vi-VN', { maximumFractionDigits: v < 10 ? 1 : 0 })} ${units[i]}`;
}

/** The symbol as the registers show it; an outgoing draft has none until it is issued. */
export function symbolText(d: { symbol: string | null; direction: string }): string {
  return d.symbol ?? (d.direction === 'in' ? '(không số)' : '(chưa cấp số)');
}

/** A deadline, red and bold once it has passed while the work is not done. */
export function DeadlineText({ deadline, done }: { deadline: string | null; done: boolean }) {
  if (!deadline) return null;
  if (done || deadline >= todayVn()) return <span>{formatDateVi(deadline)}</span>;
  return (
    <Typography.Text type="danger" strong>
      {formatDateVi(deadline)} (quá hạn)
    </Typography.Text>
  );
}
