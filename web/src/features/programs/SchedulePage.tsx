// Lịch công tác tuần of the standing committee and of each unit: one row per event, grouped by day,
// people expected at two overlapping events flagged, printable as Word.
import {
  DeleteOutlined,
  EditOutlined,
  FileWordOutlined,
  LeftOutlined,
  PlusOutlined,
  RightOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateVi, todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type ScheduleEvent, scheduleDocxUrl, useDeleteEvent, useScheduleWeek } from './api.ts';
import { EventModal } from './EventModal.tsx';

export function SchedulePage() {
  const me = useMe();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : me.user.orgId;
  const week = params.get('week') ?? todayVn();
  const [editing, setEditing] = useState<ScheduleEvent | 'new' | null>(null);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const data = useScheduleWeek(orgId, week);
  const deleteEvent = useDeleteEvent();
  const remove = (id: number) =>
    deleteEvent.mutate(id, {
      onSuccess: () => void message.success('Đã xóa lịch.'),
      onError: (err) => void message.error(errorText(err)),
    });
  const w = data.data;
  const shift = (days: number) =>
    set(
      'week',
      dayjs(w?.weekStart ?? week)
        .add(days, 'day')
        .format('YYYY-MM-DD'),
    );
  const firstOfDay = new Set<number>();
  for (const d of w?.days ?? []) {
    const first = w?.events.find((e) => e.date === d.date);
    if (first) firstOfDay.add(first.id);
  }

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Lịch công tác tuần</Typography.Title>
        <Space wrap>
          {w?.can.manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="event-create"
            >
              Thêm lịch
            </Button>
          )}
          <Button icon={<FileWordOutlined />} href={scheduleDocxUrl(orgId, week)}>
            In lịch (Word)
          </Button>
        </Space>
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && set('orgId', String(v))}
          style={{ width: 300 }}
          aria-label="Đơn vị"
        />
        <Space.Compact>
          <Button icon={<LeftOutlined />} onClick={() => shift(-7)} aria-label="Tuần trước" />
          <DatePicker
            picker="week"
            value={dayjs(w?.weekStart ?? week)}
            onChange={(d) => d && set('week', d.format('YYYY-MM-DD'))}
            format={() => (w ? `${formatDateVi(w.weekStart)} – ${formatDateVi(w.weekEnd)}` : '')}
            allowClear={false}
            style={{ width: 230 }}
            aria-label="Tuần"
          />
          <Button icon={<RightOutlined />} onClick={() => shift(7)} aria-label="Tuần sau" />
        </Space.Compact>
      </div>
      {data.isError && <Alert type="error" showIcon title={data.error.message} />}
      {w && w.conflicts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Trùng lịch"
          description={w.conflicts.map((c) => {
            const [a, b] = c.eventIds.map(
              (id) => w.events.find((e) => e.id === id)?.title ?? 'một lịch khác',
            );
            return (
              <div key={`${c.userId}-${c.eventIds.join('-')}`}>
                Đồng chí {c.fullName}: «{a}» và «{b}».
              </div>
            );
          })}
          data-testid="schedule-conflicts"
        />
      )}
      <Table<ScheduleEvent>
        rowKey="id"
        size="middle"
        loading={data.isFetching}
        dataSource={w?.events ?? []}
        pagination={false}
        bordered
        scroll={{ x: 1150 }}
        locale={{ emptyText: 'Tuần này chưa có lịch' }}
        columns={[
          {
            title: 'Thứ, ngày',
            key: 'day',
            width: 110,
            onCell: (e) => ({
              rowSpan: firstOfDay.has(e.id) ? (w?.events.filter((x) => x.date === e.date).length ?? 1) : 0,
            }),
            render: (_: unknown, e) => (
              <div>
                <strong>{e.weekday}</strong>
                <div>{formatDateVi(e.date)}</div>
              </div>
            ),
          },
          {
            title: 'Thời gian',
            key: 'time',
            width: 110,
            render: (_: unknown, e) => (e.endTime ? `${e.startTime} – ${e.endTime}` : e.startTime),
          },
          {
            title: 'Nội dung',
            dataIndex: 'title',
            width: 320,
            render: (title: string, e) => (
              <div>
                {title} {e.conflict && <Tag color="red">Trùng lịch</Tag>}
                {e.note && <div className="pg-muted">{e.note}</div>}
              </div>
            ),
          },
          { title: 'Chủ trì', dataIndex: 'chairName', width: 150 },
          {
            title: 'Thành phần',
            key: 'who',
            width: 200,
            render: (_: unknown, e) =>
              [e.participantNames.join(', '), e.participants].filter(Boolean).join('; '),
          },
          { title: 'Địa điểm', dataIndex: 'place', width: 150 },
          { title: 'Đơn vị chuẩn bị', dataIndex: 'preparingOrgName', width: 150 },
          ...(w?.can.manage
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, e: ScheduleEvent) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(e)}
                        aria-label="Sửa"
                      />
                      <Popconfirm
                        title="Xóa lịch này?"
                        okText="Xóa"
                        cancelText="Hủy"
                        onConfirm={() => remove(e.id)}
                      >
                        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label="Xóa" />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <EventModal
          orgId={orgId}
          event={editing === 'new' ? null : editing}
          defaultDate={w?.weekStart ?? week}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
