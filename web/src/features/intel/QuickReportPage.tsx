// The quick report (báo cáo nhanh), made for a phone: one or more items, each a category, a severity,
// what happened, where and when, how many people; sent at once to the leaders above. A periodic
// report uses the same form with its period.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { SEVERITY_LABELS } from '../../../../domain/intel/labels.ts';
import { createReportBody } from '../../../../domain/intel/schemas.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { applyApiError, checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { useCategories, useCreateReport } from './api.ts';

interface ItemValues {
  category?: string;
  severity?: number;
  summary?: string;
  occurredOn?: Dayjs | null;
  placeOrgId?: number;
  peopleCount?: number | null;
}
interface Values {
  orgId: number;
  kind: 'quick' | 'periodic';
  period?: [Dayjs, Dayjs] | null;
  items: ItemValues[];
}

export function QuickReportPage() {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const categories = useCategories();
  const create = useCreateReport();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);

  const submit = async (v: Values) => {
    try {
      const body = checked(form, createReportBody, {
        orgId: v.orgId,
        kind: v.kind,
        periodStart: v.kind === 'periodic' ? isoOf(v.period?.[0]) : undefined,
        periodEnd: v.kind === 'periodic' ? isoOf(v.period?.[1]) : undefined,
        items: (v.items ?? []).map((it) => ({
          category: it.category ?? '',
          severity: it.severity ?? 2,
          summary: it.summary ?? '',
          occurredOn: isoOf(it.occurredOn) ?? '',
          placeOrgId: it.placeOrgId,
          peopleCount: it.peopleCount ?? null,
        })),
      });
      const r = await create.mutateAsync(body);
      void message.success(
        r.kind === 'quick'
          ? `Đã gửi báo cáo nhanh; ${r.notified} lãnh đạo đã nhận thông báo.`
          : 'Đã gửi báo cáo định kỳ.',
      );
      void navigate(`/tinh-hinh/bao-cao/${r.id}`);
    } catch (err) {
      void message.error(applyApiError(form, err));
    }
  };

  return (
    <div className="intel-page">
      <Typography.Title level={3}>Gửi báo cáo tình hình</Typography.Title>
      <Card className="intel-form">
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            orgId: me.user.orgId,
            kind: 'quick',
            items: [{ severity: 2, occurredOn: dayjs() }],
          }}
        >
          <Form.Item label="Đơn vị báo cáo" name="orgId" rules={[{ required: true }]}>
            <OrgSelect />
          </Form.Item>
          <Form.Item label="Loại báo cáo" name="kind">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'quick', label: 'Báo cáo nhanh' },
                { value: 'periodic', label: 'Định kỳ' },
              ]}
            />
          </Form.Item>
          {kind === 'periodic' && (
            <Form.Item
              label="Kỳ báo cáo"
              name="period"
              rules={[{ required: true, message: 'Chọn kỳ báo cáo' }]}
            >
              <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          )}
          {kind === 'quick' && (
            <Alert
              type="info"
              showIcon
              message="Báo cáo nhanh được thông báo ngay cho lãnh đạo đơn vị và cấp trên."
              style={{ marginBottom: 12 }}
            />
          )}
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    title={`Vụ việc ${i + 1}`}
                    style={{ marginBottom: 12 }}
                    extra={
                      fields.length > 1 ? (
                        <MinusCircleOutlined aria-label="Bỏ vụ việc" onClick={() => remove(f.name)} />
                      ) : null
                    }
                  >
                    <Form.Item
                      label="Lĩnh vực"
                      name={[f.name, 'category']}
                      rules={[{ required: true, message: 'Chọn lĩnh vực' }]}
                    >
                      <Select
                        aria-label="Lĩnh vực"
                        loading={categories.isLoading}
                        options={(categories.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
                      />
                    </Form.Item>
                    <Form.Item label="Mức độ" name={[f.name, 'severity']}>
                      <Select
                        aria-label="Mức độ"
                        options={[1, 2, 3, 4].map((s) => ({
                          value: s,
                          label: `${s} — ${SEVERITY_LABELS[s]}`,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      label="Nội dung"
                      name={[f.name, 'summary']}
                      rules={[{ required: true, message: 'Nhập nội dung' }]}
                    >
                      <Input.TextArea aria-label="Nội dung" rows={3} maxLength={2000} />
                    </Form.Item>
                    <Form.Item label="Ngày xảy ra" name={[f.name, 'occurredOn']} rules={[{ required: true }]}>
                      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item label="Địa bàn (để trống: đơn vị báo cáo)" name={[f.name, 'placeOrgId']}>
                      <OrgSelect allowClear />
                    </Form.Item>
                    <Form.Item label="Số người liên quan" name={[f.name, 'peopleCount']}>
                      <InputNumber min={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Card>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ severity: 2, occurredOn: dayjs() })}
                  block
                >
                  Thêm vụ việc
                </Button>
              </>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" block loading={create.isPending} style={{ marginTop: 16 }}>
            Gửi báo cáo
          </Button>
        </Form>
      </Card>
    </div>
  );
}
