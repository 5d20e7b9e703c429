// The reporting calendar (who owes what, who is late, setting a unit's schedule) and the synthesis
// for the standing committee (a period, then the Word file).
import { Alert, App, Button, Card, DatePicker, Form, InputNumber, List, Radio, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { scheduleBody } from '../../../../domain/intel/schemas.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, checked, errorText, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { downloadSynthesis, useCalendar, useSetSchedule } from './api.ts';

const STATE_COLOR = { on_time: 'green', late_received: 'orange', late: 'red', pending: 'default' } as const;

interface ScheduleValues {
  orgId: number;
  frequency: 'weekly' | 'monthly';
  dueDay: number;
  startsOn: Dayjs | null;
}

function ScheduleForm() {
  const [form] = Form.useForm<ScheduleValues>();
  const set = useSetSchedule();
  const { message } = App.useApp();
  const submit = async (v: ScheduleValues) => {
    try {
      const body = checked(form, scheduleBody, {
        frequency: v.frequency,
        dueDay: v.dueDay,
        startsOn: isoOf(v.startsOn) ?? '',
      });
      const r = await set.mutateAsync({ orgId: v.orgId, body });
      void message.success(`Đã đặt lịch báo cáo ${r.frequencyLabel.toLowerCase()} cho ${r.orgName}.`);
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };
  return (
    <Card size="small" title="Đặt lịch báo cáo cho đơn vị cấp dưới" className="intel-form">
      <Form<ScheduleValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ frequency: 'weekly', dueDay: 1, startsOn: dayjs() }}
      >
        <Form.Item label="Đơn vị" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item label="Kỳ báo cáo" name="frequency">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'weekly', label: 'Hằng tuần' },
              { value: 'monthly', label: 'Hằng tháng' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Hạn nộp (tuần: 1 = thứ Hai tuần sau; tháng: ngày của tháng sau)" name="dueDay">
          <InputNumber min={1} max={28} />
        </Form.Item>
        <Form.Item label="Áp dụng từ ngày" name="startsOn">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={set.isPending}>
          Lưu lịch
        </Button>
      </Form>
    </Card>
  );
}

export function CalendarPanel({ orgId }: { orgId: number }) {
  const me = useMe();
  const cal = useCalendar(orgId);
  return (
    <div className="intel-page">
      {cal.data && cal.data.late > 0 && (
        <Alert type="warning" showIcon message={`${cal.data.late} đơn vị chậm nộp báo cáo định kỳ.`} />
      )}
      <List
        loading={cal.isLoading}
        dataSource={cal.data?.items ?? []}
        locale={{ emptyText: 'Chưa đặt lịch báo cáo cho đơn vị nào.' }}
        renderItem={(e) => (
          <List.Item data-testid="intel-calendar-row">
            <List.Item.Meta
              title={e.orgName}
              description={
                <span>
                  {e.frequencyLabel}, hạn {e.dueDayLabel}.{' '}
                  {e.last && (
                    <Tag color={STATE_COLOR[e.last.state]}>
                      Kỳ {formatDateVi(e.last.start)} – {formatDateVi(e.last.end)}: {e.last.stateLabel}
                      {e.last.daysLate > 0 ? ` ${e.last.daysLate} ngày` : ''}
                    </Tag>
                  )}
                  {e.latePeriods > 1 && <Tag color="red">{e.latePeriods} kỳ chưa nộp</Tag>}
                  Kỳ tới hạn {formatDateVi(e.next.dueOn)}.
                </span>
              }
            />
          </List.Item>
        )}
      />
      {roleCan(me.user.role, 'intel.manage') && <ScheduleForm />}
    </div>
  );
}

export function SynthesisPanel({ orgId }: { orgId: number }) {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    dayjs().subtract(1, 'month').startOf('month'),
    dayjs().subtract(1, 'month').endOf('month'),
  ]);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const go = async () => {
    setBusy(true);
    try {
      await downloadSynthesis(orgId, isoOf(range[0]) as string, isoOf(range[1]) as string);
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="Dự thảo báo cáo tổng hợp cho Ban Thường vụ (Word)" className="intel-form">
      <Space wrap>
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          allowClear={false}
        />
        <Button type="primary" onClick={go} loading={busy}>
          Tải tệp Word
        </Button>
      </Space>
      <div className="intel-muted" style={{ marginTop: 8 }}>
        Số vụ việc theo lĩnh vực và địa bàn, các vụ nghiêm trọng, các vụ việc, điểm nóng đang theo dõi.
      </div>
    </Card>
  );
}
