// The statistics of studying by unit: for a unit, its own members and each unit below it — expected,
// present, made up, not yet studied, reflections submitted, marked and passed.
import { Alert, DatePicker, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type StudyStats, useStudyStats } from './api.ts';

type Row = StudyStats['rows'][number];

export function StatsPage() {
  const me = useMe();
  const [orgId, setOrgId] = useState(me.user.orgId);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [resolution, setResolution] = useState('');
  const text = useDebounced(resolution.trim());
  const stats = useStudyStats({
    orgId,
    from: isoOf(range?.[0]),
    to: isoOf(range?.[1]),
    resolution: text || undefined,
  });
  const n = (k: keyof Row) => ({ title: '', dataIndex: k, width: 90, align: 'right' as const });
  const columns: ColumnsType<Row> = [
    {
      title: 'Đơn vị',
      dataIndex: 'orgName',
      render: (name: string, r) => (r.direct ? `${name} (đảng viên trực tiếp)` : name),
    },
    { ...n('sessions'), title: 'Buổi' },
    { ...n('expected'), title: 'Dự kiến' },
    { ...n('present'), title: 'Có mặt' },
    { ...n('madeUp'), title: 'Học bù' },
    { ...n('notStudied'), title: 'Chưa học' },
    { ...n('reflections'), title: 'Thu hoạch' },
    { ...n('marked'), title: 'Đã chấm' },
    { ...n('passed'), title: 'Đạt' },
  ];
  const t = stats.data?.total;
  return (
    <div data-testid="study-stats">
      <Typography.Title level={3}>Thống kê học tập nghị quyết</Typography.Title>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && setOrgId(v)}
          style={{ width: 280 }}
          aria-label="Đơn vị"
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          placeholder={['Từ ngày', 'Đến ngày']}
          value={range}
          onChange={(v) => setRange(v)}
        />
        <Input
          allowClear
          placeholder="Số ký hiệu, ví dụ 57-NQ/TW"
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
          style={{ width: 220 }}
          aria-label="Văn bản"
        />
      </div>
      {stats.isError && (
        <Alert type="error" showIcon title={stats.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<Row>
        rowKey="orgId"
        size="middle"
        columns={columns}
        dataSource={stats.data?.rows ?? []}
        loading={stats.isFetching}
        scroll={{ x: 900 }}
        pagination={false}
        locale={{ emptyText: 'Chưa có số liệu' }}
        summary={() =>
          t ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>Tổng cộng</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} />
              {(
                ['expected', 'present', 'madeUp', 'notStudied', 'reflections', 'marked', 'passed'] as const
              ).map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 2} align="right">
                  <strong>{t[k]}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </div>
  );
}
