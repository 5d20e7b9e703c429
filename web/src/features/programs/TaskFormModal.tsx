// Giving a task: lead unit and person, coordinating units, deadline, where it comes from (a directive
// such as 34-CT/TU, a meeting conclusion, or ad hoc).
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { createTaskBody } from '../../../../domain/programs/schemas.ts';
import { TASK_SOURCE_KINDS, TASK_SOURCE_LABELS, type TaskSourceKind } from '../../../../domain/tasks.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useDebounced } from '../useDebounced.ts';
import { type Task, useAssignees, useCreateTask } from './api.ts';
import { ScopedOrgSelect } from './ScopedOrgSelect.tsx';

interface Values {
  title: string;
  description?: string;
  orgId?: number;
  assigneeId?: number;
  coordinatingOrgIds?: number[];
  startsOn?: Dayjs | null;
  dueOn?: Dayjs | null;
  kind: TaskSourceKind;
  ref?: string;
}

/** People of a unit (and its units below), searched by name, for assigning. */
export function PersonSelect({
  orgId,
  value,
  onChange,
  placeholder,
}: {
  orgId: number | undefined;
  value?: number | null;
  onChange?: (v: number | undefined) => void;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const people = useAssignees(orgId, useDebounced(q.trim()));
  return (
    <Select<number>
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      disabled={!orgId}
      loading={people.isFetching}
      placeholder={orgId ? (placeholder ?? 'Chọn người (không bắt buộc)') : 'Chọn đơn vị chủ trì trước'}
      options={(people.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.fullName} — ${p.orgName}`,
      }))}
      notFoundContent="Không có người phù hợp"
    />
  );
}

export function CreateTaskModal({
  open,
  onClose,
  defaults,
}: {
  open: boolean;
  onClose: () => void;
  defaults?: { orgId?: number | undefined; ref?: string | undefined };
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateTask();
  const navigate = useNavigate();
  const orgId = Form.useWatch('orgId', form);
  return (
    <FormModal<Values, Task>
      open={open}
      onClose={onClose}
      form={form}
      width={640}
      title="Giao nhiệm vụ"
      okText="Giao"
      successMessage={(t) => `Đã giao «${t.title}» cho ${t.orgName}.`}
      initialValues={{
        kind: defaults?.ref ? 'document' : 'adhoc',
        ref: defaults?.ref,
        orgId: defaults?.orgId,
      }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createTaskBody, {
            title: v.title,
            description: v.description || undefined,
            orgId: v.orgId,
            assigneeId: v.assigneeId,
            coordinatingOrgIds: v.coordinatingOrgIds,
            startsOn: isoOf(v.startsOn),
            dueOn: isoOf(v.dueOn),
            source: { kind: v.kind, ref: v.ref?.trim() || undefined },
          }),
        )
      }
      onSuccess={(t) => void navigate(`/chuong-trinh/nhiem-vu/${t.id}`)}
    >
      <Form.Item
        label="Nhiệm vụ"
        name="title"
        rules={[{ required: true, whitespace: true, message: 'Nhập nhiệm vụ' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} autoFocus />
      </Form.Item>
      <Form.Item label="Yêu cầu cụ thể" name="description">
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={5000} />
      </Form.Item>
      <div className="pg-form-grid pg-form-grid-2">
        <Form.Item
          label="Đơn vị chủ trì"
          name="orgId"
          rules={[{ required: true, message: 'Chọn đơn vị chủ trì' }]}
        >
          <ScopedOrgSelect />
        </Form.Item>
        <Form.Item label="Người thực hiện" name="assigneeId">
          <PersonSelect orgId={orgId} />
        </Form.Item>
      </div>
      <Form.Item label="Đơn vị phối hợp" name="coordinatingOrgIds">
        <OrgSelect multiple allowClear placeholder="Không có" />
      </Form.Item>
      <div className="pg-form-grid pg-form-grid-2">
        <Form.Item label="Ngày giao" name="startsOn">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Thời hạn" name="dueOn" rules={[{ required: true, message: 'Chọn thời hạn' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <div className="pg-form-grid pg-form-grid-2">
        <Form.Item label="Nguồn" name="kind">
          <Select
            options={TASK_SOURCE_KINDS.filter((k) => k !== 'program_item').map((k) => ({
              value: k,
              label: TASK_SOURCE_LABELS[k],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="Số ký hiệu văn bản chỉ đạo"
          name="ref"
          extra="Ví dụ 34-CT/TU: để theo dõi theo văn bản."
        >
          <Input maxLength={100} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
