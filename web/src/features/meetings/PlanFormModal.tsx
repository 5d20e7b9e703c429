// The plan of a meeting (new or changed): the unit, the kind (regular, thematic, or both held
// together), the title, the day and hours, the place or the video link, the chair and the secretary
// (members of the unit, by given name), and the agenda — with the unfinished tasks of the unit's
// previous resolution, which a click puts on the agenda.
import { Alert, Button, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../../../domain/meetings/labels.ts';
import { createMeetingBody, updateMeetingBody } from '../../../../domain/meetings/schemas.ts';
import { DATE_FORMAT, formatDateVi, sortByName } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  type CarryOver,
  type MeetingDetail,
  useCarryOver,
  useCreateMeeting,
  useUnitMembers,
  useUpdateMeeting,
} from './api.ts';

interface Values {
  orgId: number;
  kind: MeetingKind;
  combined: boolean;
  title: string;
  topic?: string;
  day: Dayjs | null;
  from: string;
  to?: string;
  place?: string;
  videoLink?: string;
  chairMemberId?: number | null;
  secretaryMemberId?: number | null;
  agenda?: string;
}

/** A time of day typed in the form ("HH:mm") on the picked day, in Vietnam's time. */
function at(day: Dayjs | null, time: string | undefined): string | undefined {
  const d = isoOf(day);
  return d && time ? `${d}T${time}` : undefined;
}

function hhmm(iso: string | null): string | undefined {
  return iso ? dayjs(iso).format('HH:mm') : undefined;
}

function CarryOverList({ c, onAdd }: { c: CarryOver; onAdd: () => void }) {
  return (
    <Alert
      type="info"
      showIcon
      className="mt-block"
      data-testid="carry-over"
      title={`Nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước (${c.fromSymbol ?? c.fromTitle}, ${formatDateVi(c.fromOn)})`}
      description={
        <div>
          <ul className="mt-list">
            {c.items.map((t) => (
              <li key={t.id}>
                {t.title} — {t.ownerName}, hạn {formatDateVi(t.dueOn)}
              </li>
            ))}
          </ul>
          <Button size="small" onClick={onAdd} data-testid="carry-over-add">
            Đưa vào nội dung sinh hoạt
          </Button>
        </div>
      }
    />
  );
}

export function carryOverLines(c: CarryOver): string {
  return [
    'Kiểm điểm các nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước:',
    ...c.items.map((t) => `- ${t.title} (${t.ownerName}, hạn ${formatDateVi(t.dueOn)})`),
  ].join('\n');
}

export function PlanFormModal({
  open,
  onClose,
  defaultOrgId,
  meeting,
}: {
  open: boolean;
  onClose: () => void;
  defaultOrgId?: number;
  /** The meeting to change; a new one when absent. */
  meeting?: MeetingDetail;
}) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? 0);
  const orgId = Form.useWatch('orgId', form) ?? meeting?.orgId;
  const kind = Form.useWatch('kind', form);
  const combined = Form.useWatch('combined', form);
  const day = Form.useWatch('day', form);
  const members = useUnitMembers(orgId);
  const carry = useCarryOver(meeting ? undefined : orgId, isoOf(day));
  const options = sortByName(members.data ?? [], (m) => m.fullName).map((m) => ({
    value: m.id,
    label: m.fullName,
  }));

  const submit = async (v: Values) => {
    const plan = {
      kind: v.kind,
      combined: v.combined,
      title: v.title,
      topic: v.topic || null,
      startsAt: at(v.day, v.from),
      endsAt: at(v.day, v.to) ?? null,
      place: v.place || null,
      videoLink: v.videoLink || null,
      chairMemberId: v.chairMemberId ?? null,
      secretaryMemberId: v.secretaryMemberId ?? null,
      agenda: v.agenda || null,
    };
    if (meeting) {
      return update.mutateAsync(checked(form, updateMeetingBody, plan));
    }
    const body = { ...plan, orgId: v.orgId };
    return create.mutateAsync(checked(form, createMeetingBody, body));
  };

  const initial: Partial<Values> = meeting
    ? {
        orgId: meeting.orgId,
        kind: meeting.kind,
        combined: meeting.combined,
        title: meeting.title,
        topic: meeting.topic ?? undefined,
        day: dayjs(meeting.startsAt),
        from: hhmm(meeting.startsAt),
        to: hhmm(meeting.endsAt),
        place: meeting.place ?? undefined,
        videoLink: meeting.videoLink ?? undefined,
        chairMemberId: meeting.chairMemberId,
        secretaryMemberId: meeting.secretaryMemberId,
        agenda: meeting.agenda ?? undefined,
      }
    : { orgId: defaultOrgId, kind: 'regular', combined: false, from: '08:00', to: '10:00' };

  return (
    <FormModal<Values, MeetingDetail>
      open={open}
      title={meeting ? 'Sửa kế hoạch sinh hoạt' : 'Lên kế hoạch sinh hoạt chi bộ'}
      okText={meeting ? 'Lưu' : 'Lên kế hoạch'}
      form={form}
      submit={submit}
      initialValues={initial}
      width={680}
      successMessage={meeting ? 'Đã lưu kế hoạch.' : 'Đã lên kế hoạch sinh hoạt.'}
      onSuccess={(m) => {
        if (!meeting) void navigate(`/sinh-hoat/${m.id}`);
      }}
      onClose={onClose}
    >
      {!meeting && (
        <Form.Item name="orgId" label="Chi bộ" rules={[{ required: true, message: 'Chọn chi bộ' }]}>
          <OrgSelect aria-label="Chi bộ" />
        </Form.Item>
      )}
      <Form.Item name="kind" label="Loại sinh hoạt" rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item name="combined" valuePropName="checked">
        <Checkbox>Thường kỳ kết hợp chuyên đề (thời lượng dài hơn)</Checkbox>
      </Form.Item>
      <Form.Item name="title" label="Tên cuộc sinh hoạt" rules={[{ required: true, message: 'Nhập tên' }]}>
        <Input maxLength={300} placeholder="Sinh hoạt chi bộ thường kỳ tháng …" />
      </Form.Item>
      {(kind === 'thematic' || combined) && (
        <Form.Item name="topic" label="Chuyên đề">
          <Input maxLength={300} />
        </Form.Item>
      )}
      <div className="mt-three">
        <Form.Item name="day" label="Ngày họp" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} aria-label="Ngày họp" />
        </Form.Item>
        <Form.Item name="from" label="Giờ bắt đầu" rules={[{ required: true, message: 'Nhập giờ' }]}>
          <Input type="time" aria-label="Giờ bắt đầu" />
        </Form.Item>
        <Form.Item name="to" label="Giờ kết thúc">
          <Input type="time" aria-label="Giờ kết thúc" />
        </Form.Item>
      </div>
      <div className="mt-two">
        <Form.Item name="place" label="Địa điểm">
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="videoLink" label="Đường dẫn họp trực tuyến">
          <Input maxLength={500} placeholder="https://…" />
        </Form.Item>
      </div>
      <div className="mt-two">
        <Form.Item name="chairMemberId" label="Người chủ trì">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={options}
            aria-label="Người chủ trì"
          />
        </Form.Item>
        <Form.Item name="secretaryMemberId" label="Thư ký">
          <Select allowClear showSearch optionFilterProp="label" options={options} aria-label="Thư ký" />
        </Form.Item>
      </div>
      {carry.data?.carryOver && carry.data.carryOver.items.length > 0 && (
        <CarryOverList
          c={carry.data.carryOver}
          onAdd={() => {
            const lines = carryOverLines(carry.data.carryOver as CarryOver);
            const agenda = form.getFieldValue('agenda') as string | undefined;
            form.setFieldValue('agenda', agenda ? `${agenda}\n${lines}` : lines);
          }}
        />
      )}
      <Form.Item name="agenda" label="Nội dung sinh hoạt">
        <Input.TextArea rows={5} maxLength={10_000} placeholder="Mỗi nội dung một dòng" />
      </Form.Item>
    </FormModal>
  );
}
