// The filters of «Nhật ký»: days (Vietnam calendar), action, record kind, who did it.
import { Button, DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { fold } from '../../../../domain/text.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { ACTION_FILTER_OPTIONS, ENTITY_LABELS } from './actions.ts';
import { useAllUsers } from './api.ts';

export interface AuditFilterValues {
  from: Dayjs | null;
  to: Dayjs | null;
  action?: string | undefined;
  entity?: string | undefined;
  actorId?: number | undefined;
}

export const NO_FILTERS: AuditFilterValues = { from: null, to: null };

export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange: (v: AuditFilterValues) => void;
}) {
  // People keep the server's order (by given name).
  const users = useAllUsers();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const dirty = Boolean(value.from || value.to || value.action || value.entity || value.actorId);

  return (
    <div className="filter-bar">
      <DatePicker
        format={DATE_FORMAT}
        placeholder="Từ ngày"
        value={value.from}
        onChange={(d) => set({ from: d })}
        disabledDate={(d) => (value.to ? d.isAfter(value.to, 'day') : false)}
        aria-label="Từ ngày"
      />
      <DatePicker
        format={DATE_FORMAT}
        placeholder="Đến ngày"
        value={value.to}
        onChange={(d) => set({ to: d })}
        disabledDate={(d) => (value.from ? d.isBefore(value.from, 'day') : false)}
        aria-label="Đến ngày"
      />
      <Select
        allowClear
        placeholder="Mọi hành động"
        value={value.action}
        onChange={(v: string | undefined) => set({ action: v })}
        options={ACTION_FILTER_OPTIONS}
        style={{ width: 260 }}
        popupMatchSelectWidth={false}
        showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
        aria-label="Lọc theo hành động"
      />
      <Select
        allowClear
        placeholder="Mọi loại bản ghi"
        value={value.entity}
        onChange={(v: string | undefined) => set({ entity: v })}
        options={Object.entries(ENTITY_LABELS).map(([k, label]) => ({ value: k, label }))}
        style={{ width: 170 }}
        aria-label="Lọc theo loại bản ghi"
      />
      <Select
        allowClear
        placeholder="Mọi người thực hiện"
        value={value.actorId}
        onChange={(v: number | undefined) => set({ actorId: v })}
        loading={users.isLoading}
        options={(users.data?.items ?? []).map((u) => ({
          value: u.id,
          label: `${u.fullName} (${u.username})`,
        }))}
        style={{ width: 260 }}
        showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
        aria-label="Lọc theo người thực hiện"
      />
      {dirty && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          Bỏ lọc
        </Button>
      )}
    </div>
  );
}
