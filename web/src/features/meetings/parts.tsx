// Small pieces shared by the meeting pages: the state's colour, the warnings, a year picker and the
// time span of a meeting in Vietnam's DD/MM/YYYY HH:mm.
import { Alert, Select, Tag } from 'antd';
import { formatDateTimeVi } from '../../lib/format.ts';
import type { Meeting } from './api.ts';

const STATUS_COLOR: Record<Meeting['status'], string> = {
  planned: 'default',
  notified: 'blue',
  held: 'cyan',
  resolved: 'green',
  reported: 'purple',
  cancelled: 'red',
};

export function StatusTag({ m }: { m: Pick<Meeting, 'status' | 'statusLabel'> }) {
  return (
    <Tag color={STATUS_COLOR[m.status]} data-testid="meeting-status">
      {m.statusLabel}
    </Tag>
  );
}

export function KindTag({ m }: { m: Pick<Meeting, 'kind' | 'kindLabel'> }) {
  return <Tag color={m.kind === 'thematic' ? 'gold' : 'geekblue'}>{m.kindLabel}</Tag>;
}

/** «08:00 – 10:00, 05/03/2026» style: the day once, then the hours. */
export function timeSpan(m: Pick<Meeting, 'startsAt' | 'endsAt'>): string {
  const start = formatDateTimeVi(m.startsAt);
  if (!m.endsAt) return start;
  const end = formatDateTimeVi(m.endsAt);
  return end.slice(0, 10) === start.slice(0, 10) ? `${start} – ${end.slice(11)}` : `${start} – ${end}`;
}

export function Warnings({ m }: { m: Pick<Meeting, 'warnings'> }) {
  if (m.warnings.length === 0) return null;
  return (
    <div className="mt-warnings" data-testid="meeting-warnings">
      {m.warnings.map((w) => (
        <Alert key={w.code} type="warning" showIcon title={w.message} data-testid={`warning-${w.code}`} />
      ))}
    </div>
  );
}

const THIS_YEAR = new Date().getFullYear();

export function YearSelect({ value, onChange }: { value: number; onChange: (y: number) => void }) {
  const years = Array.from({ length: 8 }, (_, i) => THIS_YEAR + 1 - i);
  return (
    <Select
      value={value}
      onChange={onChange}
      options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
      style={{ width: 120 }}
      aria-label="Năm"
    />
  );
}

export { THIS_YEAR };
