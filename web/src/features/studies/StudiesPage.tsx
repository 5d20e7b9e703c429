// The study sessions of the user's units (and of the units below, and those it is invited to), newest
// first: the text studied, when and how, and how many have studied. Staff create sessions here.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Input, Progress, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type StudySession, useStudies } from './api.ts';
import { CreateStudyModal } from './StudyFormModal.tsx';

/** Studied (present or made up) out of expected, as a share for the bar. */
export function studiedShare(s: StudySession): number {
  const { expected, notStudied } = s.counts;
  return expected === 0 ? 0 : Math.round(((expected - notStudied) / expected) * 100);
}

export function StudiesPage() {
  const me = useMe();
  const canManage = roleCan(me.user.role, 'study.manage');
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<number | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [creating, setCreating] = useState(false);
  const query = useDebounced(q.trim());
  const list = useStudies({ q: query, orgId, from: isoOf(range?.[0]), to: isoOf(range?.[1]) });

  const columns: ColumnsType<StudySession> = [
    {
      title: 'Buổi học tập',
      dataIndex: 'title',
      width: 360,
      render: (title: string, s) => (
        <div>
          <Link to={`/hoc-tap/${s.id}`} data-testid={`study-link-${s.id}`}>
            {title}
          </Link>
          <div className="st-muted">{s.resolution.title}</div>
        </div>
      ),
    },
    { title: 'Đơn vị', dataIndex: 'orgName', width: 220 },
    {
      title: 'Thời gian',
      key: 'when',
      width: 170,
      render: (_: unknown, s) => (
        <div>
          {formatDateTimeVi(s.startsAt)}
          <div>
            <Tag color={s.mode === 'video' ? 'blue' : 'default'}>
              {s.mode === 'video' ? 'Trực tuyến' : 'Trực tiếp'}
            </Tag>
            {s.makeups > 0 && <Tag color="gold">{s.makeups} buổi học bù</Tag>}
          </div>
        </div>
      ),
    },
    {
      title: 'Đã học',
      key: 'studied',
      width: 190,
      render: (_: unknown, s) => (
        <div>
          <Progress percent={studiedShare(s)} size="small" />
          <div className="st-muted">
            {s.counts.expected - s.counts.notStudied}/{s.counts.expected} đảng viên; thu hoạch{' '}
            {s.counts.reflections}
          </div>
        </div>
      ),
    },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Học tập, quán triệt nghị quyết</Typography.Title>
        {canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="study-create"
          >
            Tạo buổi học tập
          </Button>
        )}
      </div>
      <div className="filter-bar">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, số ký hiệu văn bản"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label="Tìm buổi học tập"
          style={{ width: 260 }}
        />
        <OrgSelect
          allowClear
          placeholder="Mọi đơn vị"
          value={orgId}
          onChange={(v) => setOrgId(typeof v === 'number' ? v : undefined)}
          style={{ width: 260 }}
          aria-label="Lọc theo đơn vị"
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          placeholder={['Từ ngày', 'Đến ngày']}
          value={range}
          onChange={(v) => setRange(v)}
          aria-label="Lọc theo thời gian"
        />
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />
      )}
      <Table<StudySession>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 940 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `${n} buổi học tập` }}
        locale={{ emptyText: 'Chưa có buổi học tập nào' }}
      />
      {canManage && <CreateStudyModal open={creating} onClose={() => setCreating(false)} />}
    </div>
  );
}
