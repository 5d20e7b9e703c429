// The working-day calendar (Lịch làm việc): a year's public holidays, Tết from the lunar calendar, the
// days made up for a holiday on a weekend, and the days an administrator enters (a day off the
// government adds or swaps, a Saturday worked in exchange); and a due-date counter in working days.
import { DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi, todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import {
  type CalendarDay,
  useAddCalendarDay,
  useDueDate,
  useRemoveCalendarDay,
  useWorkCalendar,
} from './api.ts';
import './rules.css';

const KIND: Record<CalendarDay['kind'], { label: string; color: string }> = {
  holiday: { label: 'Nghỉ lễ, Tết', color: 'red' },
  compensation: { label: 'Nghỉ bù', color: 'orange' },
  off: { label: 'Nghỉ (đã nhập)', color: 'volcano' },
  work: { label: 'Làm bù (đã nhập)', color: 'green' },
};
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];

function DueCounter() {
  const [from, setFrom] = useState<string>(todayVn());
  const [days, setDays] = useState<number | null>(5);
  const due = useDueDate(from, days);
  return (
    <Card size="small" title="Tính hạn theo ngày làm việc" className="ru-block">
      <div className="ru-inline">
        <DatePicker
          format={DATE_FORMAT}
          allowClear={false}
          onChange={(d: Dayjs | null) => d && setFrom(d.format('YYYY-MM-DD'))}
          placeholder={formatDateVi(from)}
          data-testid="due-from"
        />
        <InputNumber
          min={0}
          max={366}
          value={days}
          onChange={(v) => setDays(v)}
          addonAfter="ngày làm việc"
          data-testid="due-days"
        />
      </div>
      {due.data && (
        <div className="ru-block" data-testid="due-result">
          Hạn: <strong>{formatDateVi(due.data.due)}</strong> ({weekday(due.data.due)})
          {due.data.skipped.length > 0 && (
            <div className="ru-muted">
              Không tính {due.data.skipped.length} ngày nghỉ:{' '}
              {due.data.skipped.map((s) => `${formatDateVi(s.date)} (${s.reason})`).join('; ')}
            </div>
          )}
          <div className="ru-muted">Căn cứ: {due.data.ruleSource}</div>
        </div>
      )}
      {due.isError && <Alert type="error" showIcon title={due.error.message} />}
    </Card>
  );
}

function AddDayForm() {
  const add = useAddCalendarDay();
  const [form] = Form.useForm();
  return (
    <Card size="small" title="Nhập ngày nghỉ bù, hoán đổi hoặc làm bù" className="ru-block">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'off' }}
        onFinish={(v: { date: Dayjs; kind: 'off' | 'work'; note: string }) =>
          add.mutate(
            { date: v.date.format('YYYY-MM-DD'), kind: v.kind, note: v.note },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Form.Item name="date" label="Ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="cal-date" />
        </Form.Item>
        <Form.Item name="kind" label="Loại">
          <Select
            options={[
              { value: 'off', label: 'Ngày nghỉ (nghỉ bù, hoán đổi)' },
              { value: 'work', label: 'Ngày làm bù' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="Ghi chú (căn cứ thông báo)"
          rules={[{ required: true, message: 'Nhập ghi chú' }]}
        >
          <Input maxLength={200} data-testid="cal-note" />
        </Form.Item>
        {add.isError && <Alert type="error" showIcon title={add.error.message} className="ru-block" />}
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="cal-add">
          Nhập
        </Button>
      </Form>
    </Card>
  );
}

export function CalendarPage() {
  const me = useMe();
  const canManage = roleCan(me.user.role, 'rules.manage');
  const [year, setYear] = useState(Number(todayVn().slice(0, 4)));
  const cal = useWorkCalendar(year);
  const remove = useRemoveCalendarDay();
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Lịch làm việc</Typography.Title>
        <InputNumber
          min={1900}
          max={2199}
          value={year}
          onChange={(v) => v && setYear(v)}
          data-testid="cal-year"
        />
      </div>
      <DueCounter />
      {canManage && <AddDayForm />}
      {cal.isError && <Alert type="error" showIcon title={cal.error.message} />}
      {cal.isLoading && <Spin />}
      {cal.data && (
        <Card size="small" title={`Ngày nghỉ và ngày làm bù năm ${year}`}>
          <div className="ru-muted ru-block">
            Tết Nguyên đán {cal.data.rule.tetDays} ngày, từ {cal.data.rule.tetDaysBefore} ngày trước Mùng 1 ·
            Căn cứ: {cal.data.rule.source}
          </div>
          <ul className="ru-versions" data-testid="cal-days">
            {cal.data.days.map((d) => (
              <li key={`${d.date}-${d.kind}`} className="ru-inline">
                <strong>
                  {weekday(d.date)}, {formatDateVi(d.date)}
                </strong>
                <Tag color={KIND[d.kind].color}>{KIND[d.kind].label}</Tag>
                <span>{d.name}</span>
                {d.entered && canManage && (
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`Xóa ngày ${formatDateVi(d.date)}`}
                    onClick={() => remove.mutate(d.date)}
                  />
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
