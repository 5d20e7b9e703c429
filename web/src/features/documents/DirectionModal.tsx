// «Ý kiến chỉ đạo»: a leader's direction on an incoming document, assigning a lead unit, units that
// coordinate, a person and a deadline. With a lead unit and a deadline it becomes a tracked task.
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { directionBody } from '../../../../domain/schemas/documents.ts';
import { fold } from '../../../../domain/text.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf, zodRules } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type DocumentDirected, useAddDirection, usePeople } from './api.ts';

const rules = zodRules(directionBody);

interface Values {
  text: string;
  leadOrgId?: number;
  coordinatingOrgIds?: number[];
  assigneeId?: number;
  deadline?: Dayjs | null;
}

export function DirectionModal({
  documentId,
  open,
  onClose,
}: {
  documentId: number;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const people = usePeople();
  const direct = useAddDirection(documentId);
  return (
    <FormModal<Values, DocumentDirected>
      open={open}
      onClose={onClose}
      form={form}
      width={680}
      title="Ý kiến chỉ đạo"
      okText="Giao xử lý"
      successMessage={(r) =>
        r.taskId ? 'Đã giao xử lý; nhiệm vụ được theo dõi trong phần nhiệm vụ.' : 'Đã ghi ý kiến chỉ đạo.'
      }
      submit={(v) =>
        direct.mutateAsync(
          checked(form, directionBody, {
            text: v.text,
            leadOrgId: v.leadOrgId ?? undefined,
            coordinatingOrgIds: v.coordinatingOrgIds?.length ? v.coordinatingOrgIds : undefined,
            assigneeId: v.assigneeId ?? undefined,
            deadline: isoOf(v.deadline),
          }),
        )
      }
    >
      <Form.Item
        label="Nội dung chỉ đạo"
        name="text"
        rules={[{ required: true, whitespace: true, message: 'Nhập nội dung chỉ đạo' }, ...rules.text]}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={4000}
          placeholder="Ví dụ: Giao Ban Tổ chức chủ trì, tham mưu báo cáo trước ngày…"
        />
      </Form.Item>
      <Form.Item label="Đơn vị chủ trì" name="leadOrgId">
        <OrgSelect allowClear placeholder="Chọn đơn vị chủ trì" data-testid="direction-lead" />
      </Form.Item>
      <Form.Item
        label="Đơn vị phối hợp"
        name="coordinatingOrgIds"
        dependencies={['leadOrgId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_r, v: number[] | undefined) => {
              if (v?.length && !getFieldValue('leadOrgId'))
                throw new Error('Có đơn vị phối hợp thì phải có đơn vị chủ trì');
            },
          }),
        ]}
      >
        <OrgSelect multiple allowClear placeholder="Chọn các đơn vị phối hợp" />
      </Form.Item>
      <div className="doc-form-grid">
        <Form.Item label="Người xử lý" name="assigneeId">
          <Select
            allowClear
            placeholder={people.allowed ? 'Chọn người xử lý' : 'Không xem được danh sách'}
            disabled={!people.allowed}
            loading={people.isLoading}
            options={(people.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.fullName} — ${u.orgName}`,
            }))}
            showSearch={{ filterOption: (input, o) => fold(String(o?.label ?? '')).includes(fold(input)) }}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item label="Hạn xử lý" name="deadline">
          <DatePicker
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            placeholder="DD/MM/YYYY"
            data-testid="direction-deadline"
          />
        </Form.Item>
      </div>
    </FormModal>
  );
}
