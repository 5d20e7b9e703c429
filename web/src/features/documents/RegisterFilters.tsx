// The filter bar of the registers: dates, type, status, unit.
import { Button, DatePicker, Select } from 'antd';
import { fold } from '../../../../domain/text.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type RegisterFilters, typeOptions, useDocTypes } from './api.ts';

export function RegisterFilterBar({
  value,
  onChange,
  statuses,
  dateLabel,
}: {
  value: RegisterFilters;
  onChange: (v: RegisterFilters) => void;
  statuses: { value: string; label: string }[];
  /** What the dates filter on, for the placeholders. */
  dateLabel?: string;
}) {
  const types = useDocTypes();
  const set = (patch: Partial<RegisterFilters>) => onChange({ ...value, ...patch });
  const dirty = Boolean(value.from || value.to || value.typeCode || value.status || value.orgId);
  return (
    <div className="filter-bar">
      <DatePicker
        format={DATE_FORMAT}
        placeholder={`Từ ngày${dateLabel ? ` ${dateLabel}` : ''}`}
        value={value.from ?? null}
        onChange={(d) => set({ from: d })}
        disabledDate={(d) => (value.to ? d.isAfter(value.to, 'day') : false)}
        aria-label="Từ ngày"
      />
      <DatePicker
        format={DATE_FORMAT}
        placeholder="Đến ngày"
        value={value.to ?? null}
        onChange={(d) => set({ to: d })}
        disabledDate={(d) => (value.from ? d.isBefore(value.from, 'day') : false)}
        aria-label="Đến ngày"
      />
      <Select
        allowClear
        placeholder="Mọi loại văn bản"
        value={value.typeCode}
        onChange={(v: string | undefined) => set({ typeCode: v })}
        options={typeOptions(types.data?.items)}
        loading={types.isLoading}
        showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
        style={{ width: 200 }}
        popupMatchSelectWidth={false}
        aria-label="Lọc theo loại văn bản"
      />
      <Select
        allowClear
        placeholder="Mọi trạng thái"
        value={value.status}
        onChange={(v: string | undefined) => set({ status: v })}
        options={statuses}
        style={{ width: 170 }}
        aria-label="Lọc theo trạng thái"
      />
      <OrgSelect
        allowClear
        placeholder="Mọi đơn vị"
        value={value.orgId}
        onChange={(v) => set({ orgId: typeof v === 'number' ? v : undefined })}
        style={{ width: 260 }}
        aria-label="Lọc theo đơn vị"
      />
      {dirty && (
        <Button type="link" onClick={() => onChange({ direction: value.direction })}>
          Bỏ lọc
        </Button>
      )}
    </div>
  );
}
