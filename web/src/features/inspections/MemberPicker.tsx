// Form control (value/onChange): one party member, found by name among the records the account may read.
import { Select } from 'antd';
import { useState } from 'react';
import { useMemberSearch } from './api.ts';

export function MemberPicker({
  value,
  onChange,
  label,
}: {
  value?: number;
  onChange?: (id: number) => void;
  label: string;
}) {
  const [q, setQ] = useState('');
  const found = useMemberSearch(q);
  return (
    <Select<number>
      aria-label={label}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder="Gõ ít nhất 2 chữ của họ tên"
      loading={found.isFetching}
      notFoundContent={q.trim().length < 2 ? null : 'Không tìm thấy'}
      options={(found.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.fullName} — ${m.orgName}` }))}
    />
  );
}
