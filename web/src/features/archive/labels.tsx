// Tags of the archives area: file and list states, records, holds, secrecy, batch items.
import { LockOutlined, StopOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { SECRECY_LABELS } from '../../lib/format.ts';

const FILE_COLORS: Record<string, string> = {
  planned: 'default',
  open: 'blue',
  closed: 'green',
  destroyed: 'red',
};
export function FileStatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={FILE_COLORS[status] ?? 'default'}>{label}</Tag>;
}

export function RecordTag() {
  return (
    <Tag color="geekblue" icon={<LockOutlined />}>
      Tài liệu lưu trữ
    </Tag>
  );
}

export function HoldTag() {
  return (
    <Tag color="volcano" icon={<StopOutlined />}>
      Đang tạm giữ
    </Tag>
  );
}

const SECRECY_COLORS = ['default', 'purple', 'magenta', 'red'];
export function SecrecyTag({ level }: { level: number }) {
  if (level <= 0) return null;
  return (
    <Tag color={SECRECY_COLORS[level] ?? 'default'} variant="solid">
      {SECRECY_LABELS[level] ?? level}
    </Tag>
  );
}

const LIST_COLORS: Record<string, string> = {
  proposed: 'gold',
  reviewed: 'cyan',
  approved: 'blue',
  rejected: 'default',
  executed: 'red',
};
export function ListStatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={LIST_COLORS[status] ?? 'default'}>{label}</Tag>;
}

const ITEM_COLORS: Record<string, string> = {
  awaiting_scan: 'default',
  queued: 'gold',
  running: 'processing',
  done: 'green',
  failed: 'red',
  ocr_unavailable: 'orange',
};
export function ItemStatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={ITEM_COLORS[status] ?? 'default'}>{label}</Tag>;
}

export const SECRECY_OPTIONS = SECRECY_LABELS.map((label, value) => ({ value, label }));
