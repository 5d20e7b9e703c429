// Adding or changing an event of the weekly schedule. The answer says whether someone expected is
// already expected elsewhere at that time.
import { App, DatePicker, Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { scheduleEventBody } from '../../../../domain/programs/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type SavedEvent, type ScheduleEvent, useAssignees, useSaveEvent } from './api.ts';
import { PersonSelect } from './TaskFormModal.tsx';

interface Values {
  date?: Dayjs | null;
  start?: Dayjs | null;
  end?: Dayjs | null;
  title: string;
  place?: string;
  chairId?: number;
  chairName?: string;
  participantIds?: number[];
  participants?: string;
  preparingOrgId?: number;
  note?: string;
}

function PeopleSelect({
  orgId,
  value,
  onChange,
  known,
}: {
  orgId: number;
  value?: number[];
  onChange?: (v: number[]) => void;
  known: { id: number; name: string }[];
}) {
  const [q, setQ] = useState('');
  const people = useAssignees(orgId, useDebounced(q.trim()));
  const options = new Map(known.map((k) => [k.id, k.name]));
  for (const p of people.data?.items ?? []) options.set(p.id, `${p.fullName} — ${p.orgName}`);
  return (
    <Select<number[]>
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={[...options].map(([id, label]) => ({ value: id, label }))}
      placeholder="Tìm theo tên"
      notFoundContent="Không có người phù hợp"
    />
  );
}

const time = (hhmm: string | null | undefined) => (hhmm ? dayjs(`2000-01-01T${hhmm}`) : null);

export function EventModal({
  orgId,
  event,
  defaultDate,
  onClose,
}: {
  orgId: number;
  event: ScheduleEvent | null;
  defaultDate: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveEvent(event?.id ?? null);
  const { message } = App.useApp();
  const known = event
    ? event.participantIds.map((id, i) => ({ id, name: event.participantNames[i] ?? '' }))
    : [];
  return (
    <FormModal<Values, SavedEvent>
      open
      onClose={onClose}
      form={form}
      width={680}
      title={event ? 'Sửa lịch' : 'Thêm lịch công tác'}
      okText={event ? 'Lưu' : 'Thêm'}
      successMessage={event ? 'Đã lưu lịch.' : 'Đã thêm lịch.'}
      initialValues={
        event
          ? {
              date: dayjs(event.date),
              start: time(event.startTime),
              end: time(event.endTime),
              title: event.title,
              place: event.place ?? '',
              chairId: event.chairId ?? undefined,
              chairName: event.chairId ? '' : (event.chairName ?? ''),
              participantIds: event.participantIds.filter((id) => id !== event.chairId),
              participants: event.participants ?? '',
              preparingOrgId: event.preparingOrgId ?? undefined,
              note: event.note ?? '',
            }
          : { date: dayjs(defaultDate) }
      }
      submit={(v) => {
        const body = checked(form, scheduleEventBody, {
          orgId: event?.orgId ?? orgId,
          date: isoOf(v.date),
          startTime: v.start?.format('HH:mm'),
          endTime: v.end?.format('HH:mm'),
          title: v.title,
          place: v.place || undefined,
          chairId: v.chairId,
          chairName: v.chairName || undefined,
          participantIds: v.participantIds,
          participants: v.participants || undefined,
          preparingOrgId: v.preparingOrgId,
          note: v.note || undefined,
        });
        return save.mutateAsync(body);
      }}
      onSuccess={(r) => {
        if (r.conflict) void message.warning('Lưu ý: có người dự bị trùng lịch vào thời gian này.');
      }}
    >
      <div className="pg-form-grid">
        <Form.Item label="Ngày" name="date" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Giờ bắt đầu" name="start" rules={[{ required: true, message: 'Chọn giờ' }]}>
          <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Giờ kết thúc" name="end">
          <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item
        label="Nội dung"
        name="title"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
      </Form.Item>
      <Form.Item label="Địa điểm" name="place">
        <Input maxLength={300} />
      </Form.Item>
      <div className="pg-form-grid pg-form-grid-2">
        <Form.Item label="Chủ trì" name="chairId">
          <PersonSelect orgId={orgId} placeholder="Chọn người chủ trì" />
        </Form.Item>
        <Form.Item label="Hoặc ghi chức danh chủ trì" name="chairName">
          <Input maxLength={200} placeholder="Ví dụ: Thường trực Thành ủy" />
        </Form.Item>
      </div>
      <Form.Item label="Thành phần (người cụ thể, để cảnh báo trùng lịch)" name="participantIds">
        <PeopleSelect orgId={orgId} known={known} />
      </Form.Item>
      <Form.Item label="Thành phần khác" name="participants">
        <Input.TextArea
          autoSize={{ minRows: 1 }}
          maxLength={2000}
          placeholder="Ví dụ: Các đồng chí Ủy viên Ban Thường vụ"
        />
      </Form.Item>
      <div className="pg-form-grid pg-form-grid-2">
        <Form.Item label="Đơn vị chuẩn bị" name="preparingOrgId">
          <OrgSelect allowClear placeholder="Không có" />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note">
          <Input maxLength={2000} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
