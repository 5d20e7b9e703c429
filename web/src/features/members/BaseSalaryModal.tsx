// The base salary (lương cơ sở) with the date each amount took effect, and the cash-gift multiples
// per milestone; admins add a new amount when the Government changes it.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, InputNumber, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { baseSalaryBody } from '../../../../domain/members/schemas.ts';
import { get, post } from '../../api/client.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { money } from './api.ts';

interface Salaries {
  items: { effectiveFrom: string; amount: number; note: string | null }[];
  multiples: { years: number; multiple: number; confirmed: boolean }[];
}

export function BaseSalaryModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ effectiveFrom?: Dayjs; amount?: number }>();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['members', 'base-salaries'],
    queryFn: () => get<Salaries>('/api/members/base-salaries'),
  });
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
        post(
          '/api/members/base-salaries',
          checked(form, baseSalaryBody, { effectiveFrom: isoOf(v.effectiveFrom), amount: v.amount }),
        )
      }
      onSuccess={() => void qc.invalidateQueries({ queryKey: ['members'] })}
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
