// The base salary (lương cơ sở) with the date each amount took effect, and the cash-gift multiples
// per milestone; admins add a new amount when the Government changes it.
import { DatePicker, Form, InputNumber, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { baseSalaryBody } from '../../../../domain/members/schemas.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { money, useAddBaseSalary, useBaseSalaries } from './api.ts';

export function BaseSalaryModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ effectiveFrom?: Dayjs; amount?: number }>();
  const q = useBaseSalaries();
  const add = useAddBaseSalary();
  return (
    <FormModal
      open
      onClose={onClose}
      form={form}
      width={640}
      title="Lương cơ sở và tiền thưởng kèm Huy hiệu"
      okText="Thêm mức lương cơ sở"
      successMessage="Đã lưu mức lương cơ sở."
      submit={(v) =>
        add.mutateAsync(
          checked(form, baseSalaryBody, { effectiveFrom: isoOf(v.effectiveFrom), amount: v.amount }),
        )
      }
    >
      <Table
        size="small"
        rowKey="effectiveFrom"
        pagination={false}
        dataSource={q.data?.items ?? []}
        columns={[
          { title: 'Áp dụng từ', dataIndex: 'effectiveFrom', render: formatDateVi },
          { title: 'Mức lương cơ sở', dataIndex: 'amount', align: 'right', render: money },
          { title: 'Căn cứ', dataIndex: 'note', render: (v: string | null) => v ?? '' },
        ]}
      />
      <Typography.Paragraph style={{ marginTop: 12 }}>
        Hệ số tiền thưởng:{' '}
        {(q.data?.multiples ?? []).map((m) => (
          <Tag key={m.years} color={m.confirmed ? 'blue' : 'orange'}>
            {m.years} năm: {String(m.multiple).replace('.', ',')} lần{m.confirmed ? '' : ' (cần xác nhận)'}
          </Tag>
        ))}
      </Typography.Paragraph>
      <Form.Item
        label="Áp dụng từ ngày"
        name="effectiveFrom"
        rules={[{ required: true, message: 'Chọn ngày' }]}
      >
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item
        label="Mức lương cơ sở (đồng/tháng)"
        name="amount"
        rules={[{ required: true, message: 'Nhập mức lương' }]}
      >
        <InputNumber min={1} step={10000} style={{ width: 220 }} />
      </Form.Item>
    </FormModal>
  );
}
