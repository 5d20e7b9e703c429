// A new version of a rule: its value in the form the catalogue gives (a number, named numbers, or the
// quality sheet's criteria and grades), the regulation it comes from, and the day it takes effect.
// The value is checked with the rule's own schema before it is sent (the server checks it again).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { isRuleKey, RULES, ruleVersionBody } from '../../../../domain/rules/catalog.ts';
import { z } from '../../../../domain/validation.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { type Rule, useAddRuleVersion } from './api.ts';

interface Values {
  value: unknown;
  source: string;
  effectiveFrom: Dayjs | null;
  note?: string;
}

function CriteriaFields() {
  const list = (name: 'criteria' | 'grades', points: 'maxPoints' | 'minPoints', title: string) => (
    <Form.List name={['value', name]}>
      {(fields, { add, remove }) => (
        <div className="ru-block">
          <div className="ru-sub">{title}</div>
          {fields.map((f) => (
            <div key={f.key} className="ru-row">
              <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: 'Mã' }]}>
                <Input placeholder="Mã (không dấu)" aria-label="Mã" />
              </Form.Item>
              <Form.Item name={[f.name, 'label']} rules={[{ required: true, message: 'Tên' }]}>
                <Input placeholder="Tên" aria-label="Tên" />
              </Form.Item>
              <Form.Item name={[f.name, points]} rules={[{ required: true, message: 'Điểm' }]}>
                <InputNumber
                  min={0}
                  placeholder={points === 'maxPoints' ? 'Tối đa' : 'Từ'}
                  aria-label="Điểm"
                />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label="Bỏ dòng" onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
            Thêm dòng
          </Button>
        </div>
      )}
    </Form.List>
  );
  return (
    <>
      {list('criteria', 'maxPoints', 'Tiêu chí (điểm tối đa)')}
      {list('grades', 'minPoints', 'Xếp loại (điểm tối thiểu)')}
    </>
  );
}

function ValueFields({ rule }: { rule: Rule }) {
  const f = rule.form;
  if (f.kind === 'number') {
    return (
      <Form.Item
        name="value"
        label={`${f.label} (${f.unit})`}
        rules={[{ required: true, message: 'Nhập giá trị' }]}
      >
        <InputNumber min={f.min} max={f.max} style={{ width: 160 }} aria-label={f.label} />
      </Form.Item>
    );
  }
  if (f.kind === 'fields') {
    return (
      <>
        {f.fields.map((x) => (
          <Form.Item
            key={x.name}
            name={['value', x.name]}
            label={`${x.label} (${x.unit})`}
            rules={[{ required: true, message: 'Nhập giá trị' }]}
          >
            <InputNumber min={x.min} max={x.max} style={{ width: 160 }} aria-label={x.label} />
          </Form.Item>
        ))}
      </>
    );
  }
  return <CriteriaFields />;
}

export function RuleVersionModal({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddRuleVersion(rule?.key ?? '');
  const schema =
    rule && isRuleKey(rule.key)
      ? ruleVersionBody.extend({ value: RULES[rule.key].schema as z.ZodType })
      : ruleVersionBody.extend({ value: z.unknown() });
  const submit = (v: Values): Promise<Rule> => {
    const body = checked(form, schema, {
      value: v.value,
      source: v.source,
      effectiveFrom: isoOf(v.effectiveFrom) ?? '',
      note: v.note || undefined,
    });
    return add.mutateAsync(body);
  };
  return (
    <FormModal<Values, Rule>
      open={rule !== null}
      title={rule ? `Phiên bản mới: ${rule.label}` : ''}
      okText="Thêm phiên bản"
      form={form}
      submit={submit}
      width={720}
      initialValues={{
        value: rule?.inForce?.value ?? rule?.defaultValue,
        source: rule?.inForce?.source ?? '',
      }}
      successMessage="Đã thêm phiên bản quy định."
      onClose={onClose}
    >
      {rule && <ValueFields rule={rule} />}
      <Form.Item
        name="source"
        label="Căn cứ (văn bản, điều khoản)"
        rules={[{ required: true, message: 'Nhập căn cứ' }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="effectiveFrom"
        label="Có hiệu lực từ ngày"
        rules={[{ required: true, message: 'Chọn ngày' }]}
      >
        <DatePicker format={DATE_FORMAT} aria-label="Có hiệu lực từ ngày" />
      </Form.Item>
      <Form.Item name="note" label="Ghi chú">
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
