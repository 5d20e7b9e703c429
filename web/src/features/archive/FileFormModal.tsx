// «Thêm hồ sơ» into a unit's file plan: code, title, heading, the person responsible, the retention
// (a row of the retention schedule or a period given by hand) and the secrecy; opened at once or
// left in the plan.
import { AutoComplete, Checkbox, Form, Input, Select } from 'antd';
import { createFileBody } from '../../../../domain/archive/schemas.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, zodRules } from '../forms.ts';
import { type ArchiveFile, useCreateFile, usePeople, useSchedule } from './api.ts';
import { SECRECY_OPTIONS } from './labels.tsx';

interface Values {
  fileCode: string;
  title: string;
  section?: string;
  scheduleId?: number;
  retention?: number | 'permanent';
  responsibleId?: number;
  secrecy: number;
  open: boolean;
}

const rules = zodRules(createFileBody);
const PERIODS = [5, 10, 20, 50, 70];

export function FileFormModal({
  open,
  onClose,
  orgId,
  year,
  sections,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  orgId: number;
  year: number;
  sections: string[];
  onCreated: (f: ArchiveFile) => void;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateFile();
  const schedule = useSchedule();
  const canPeople = roleCan(me.user.role, 'user.read');
  const people = usePeople(orgId, open && canPeople);
  const groups = [...new Set((schedule.data?.items ?? []).map((r) => r.group))];
  return (
    <FormModal<Values, ArchiveFile>
      open={open}
      onClose={onClose}
      form={form}
      width={720}
      title={`Thêm hồ sơ vào danh mục năm ${year}`}
      okText="Thêm hồ sơ"
      successMessage={(f) => `Đã thêm hồ sơ ${f.fileCode}.`}
      initialValues={{ secrecy: 0, open: roleCan(me.user.role, 'archive.file') }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createFileBody, {
            orgId,
            year,
            fileCode: v.fileCode,
            title: v.title,
            section: v.section ?? '',
            scheduleId: v.scheduleId,
            retentionYears:
              v.retention === undefined ? undefined : v.retention === 'permanent' ? null : v.retention,
            responsibleId: v.responsibleId,
            secrecy: v.secrecy,
            open: v.open,
          }),
        )
      }
      onSuccess={(f) => onCreated(f)}
    >
      <div style={{ display: 'grid', gridTemplateColumns: '160px 1fr', gap: '0 16px' }}>
        <Form.Item
          name="fileCode"
          label="Mã hồ sơ"
          rules={[{ required: true, message: 'Bắt buộc' }, ...rules.fileCode]}
        >
          <Input placeholder="01.02" autoFocus />
        </Form.Item>
        <Form.Item
          name="title"
          label="Tiêu đề hồ sơ"
          rules={[{ required: true, message: 'Bắt buộc' }, ...rules.title]}
        >
          <Input placeholder="Hồ sơ về …" />
        </Form.Item>
      </div>
      <Form.Item name="section" label="Đề mục" rules={rules.section}>
        <AutoComplete placeholder="Ví dụ: I. Tổng hợp" options={sections.map((s) => ({ value: s }))} />
      </Form.Item>
      <Form.Item
        name="scheduleId"
        label="Thời hạn bảo quản theo bảng"
        extra="Chọn dòng của bảng thời hạn bảo quản; nếu không có dòng phù hợp, ghi thời hạn ở ô bên dưới."
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Chọn loại tài liệu"
          loading={schedule.isLoading}
          options={groups.map((g) => ({
            label: g,
            options: (schedule.data?.items ?? [])
              .filter((r) => r.group === g)
              .map((r) => ({ value: r.id, label: `${r.rowCode} ${r.title} — ${r.retentionLabel}` })),
          }))}
        />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: '0 16px' }}>
        <Form.Item name="retention" label="Thời hạn khác">
          <Select
            allowClear
            placeholder="Theo bảng"
            options={[
              { value: 'permanent', label: 'Vĩnh viễn' },
              ...PERIODS.map((p) => ({ value: p, label: `${p} năm` })),
            ]}
          />
        </Form.Item>
        <Form.Item name="secrecy" label="Độ mật">
          <Select options={SECRECY_OPTIONS.filter((o) => o.value <= me.user.clearance)} />
        </Form.Item>
        <Form.Item name="responsibleId" label="Người lập hồ sơ">
          <Select
            allowClear
            disabled={!canPeople}
            loading={people.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(people.data?.items ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
          />
        </Form.Item>
      </div>
      {roleCan(me.user.role, 'archive.file') && (
        <Form.Item name="open" valuePropName="checked">
          <Checkbox>Mở hồ sơ ngay (không chỉ ghi vào danh mục)</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
