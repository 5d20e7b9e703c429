// Dialogs of a programme: create one, edit its heading (with the reason of the revision once it is
// approved).
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { PROGRAM_KIND_LABELS, PROGRAM_KINDS, type ProgramKind } from '../../../../domain/programs/labels.ts';
import { createProgramBody, updateProgramBody } from '../../../../domain/programs/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, dayOf, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type Program, type ProgramDetail, useCreateProgram, useUpdateProgram } from './api.ts';

interface Values {
  orgId: number;
  kind: ProgramKind;
  title: string;
  theme?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
  reason?: string;
  /** Kind `action`: the resolution or directive it carries out. */
  resolution?: { ref?: string; title?: string };
}

function PeriodField() {
  return (
    <Form.Item
      label="Thời gian thực hiện"
      name="period"
      rules={[{ required: true, message: 'Chọn thời gian' }]}
    >
      <DatePicker.RangePicker
        format={DATE_FORMAT}
        placeholder={['Từ ngày', 'Đến ngày']}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

export function CreateProgramModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateProgram();
  const navigate = useNavigate();
  const kind = Form.useWatch('kind', form);
  return (
    <FormModal<Values, Program>
      open={open}
      onClose={onClose}
      form={form}
      title="Tạo chương trình công tác"
      okText="Tạo"
      successMessage={(p) => `Đã tạo «${p.title}».`}
      initialValues={{ orgId: me.user.orgId, kind: 'year' }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createProgramBody, {
            orgId: v.orgId,
            kind: v.kind,
            title: v.title,
            theme: v.theme || undefined,
            startsOn: isoOf(v.period?.[0]),
            endsOn: isoOf(v.period?.[1]),
            resolution:
              v.kind === 'action' ? { ref: v.resolution?.ref, title: v.resolution?.title } : undefined,
          }),
        )
      }
      onSuccess={(p) => void navigate(`/chuong-trinh/${p.id}`)}
    >
      <Form.Item label="Đơn vị" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
        <OrgSelect />
      </Form.Item>
      <Form.Item label="Loại chương trình" name="kind" rules={[{ required: true, message: 'Chọn loại' }]}>
        <Select options={PROGRAM_KINDS.map((k) => ({ value: k, label: PROGRAM_KIND_LABELS[k] }))} />
      </Form.Item>
      {kind === 'action' && (
        <>
          <Form.Item
            label="Nghị quyết, chỉ thị được thực hiện"
            name={['resolution', 'ref']}
            rules={[{ required: true, message: 'Nhập số ký hiệu' }]}
          >
            <Input maxLength={200} placeholder="Ví dụ: Nghị quyết số 57-NQ/TW" />
          </Form.Item>
          <Form.Item
            label="Trích yếu"
            name={['resolution', 'title']}
            rules={[{ required: true, message: 'Nhập trích yếu' }]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        </>
      )}
      <Form.Item
        label="Tên chương trình"
        name="title"
        rules={[{ required: true, message: 'Nhập tên chương trình' }]}
      >
        <Input
          maxLength={500}
          placeholder="Ví dụ: Chương trình công tác năm 2026 của Ban Thường vụ Thành ủy"
        />
      </Form.Item>
      <Form.Item label="Chủ đề" name="theme">
        <Input maxLength={500} placeholder="Ví dụ: Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển" />
      </Form.Item>
      <PeriodField />
    </FormModal>
  );
}

export function EditProgramModal({
  program,
  open,
  onClose,
}: {
  program: ProgramDetail;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateProgram(program.id);
  const approved = program.status === 'approved';
  return (
    <FormModal<Values, Program>
      open={open}
      onClose={onClose}
      form={form}
      title="Sửa thông tin chương trình"
      okText="Lưu"
      successMessage="Đã lưu."
      initialValues={{
        title: program.title,
        theme: program.theme ?? '',
        period: [dayOf(program.startsOn) ?? null, dayOf(program.endsOn) ?? null],
      }}
      submit={(v) =>
        update.mutateAsync(
          checked(form, updateProgramBody, {
            title: v.title,
            theme: v.theme ?? null,
            startsOn: isoOf(v.period?.[0]),
            endsOn: isoOf(v.period?.[1]),
            reason: v.reason || undefined,
          }),
        )
      }
    >
      <Form.Item
        label="Tên chương trình"
        name="title"
        rules={[{ required: true, message: 'Nhập tên chương trình' }]}
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item label="Chủ đề" name="theme">
        <Input maxLength={500} />
      </Form.Item>
      <PeriodField />
      {approved && <ReasonField />}
    </FormModal>
  );
}

/** The reason of a change to an approved programme (it becomes a recorded revision). */
export function ReasonField({ label = 'Lý do điều chỉnh' }: { label?: string }) {
  return (
    <Form.Item
      label={label}
      name="reason"
      rules={[
        { required: true, whitespace: true, message: 'Chương trình đã phê duyệt: hãy ghi lý do điều chỉnh' },
      ]}
      extra="Chương trình đã phê duyệt chỉ thay đổi qua một lần điều chỉnh có ghi lý do."
    >
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  );
}
