// A new version of the unit's working regulation (admins, leaders): its title, number and date, the
// day it takes effect, and its rules — who signs each type of document, who must be consulted and in
// how many working days, the quorum and majority of a body. It starts as a copy of the version in force.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { DOCUMENT_TYPES } from '../../../../domain/documents.ts';
import { ROLE_LABELS, ROLES } from '../../../../domain/roles.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useAddWorkRegulation, type WorkRegulation, type WorkRegulationItem } from './api.ts';

const TYPE_OPTIONS = [
  { value: '', label: 'Các loại văn bản khác' },
  ...DOCUMENT_TYPES.map((t) => ({ value: t.code, label: t.name })),
];
const KIND_OPTIONS = [
  { value: 'signing', label: 'Thẩm quyền ký' },
  { value: 'consultation', label: 'Lấy ý kiến' },
  { value: 'handling', label: 'Thời hạn xử lý văn bản được giao' },
  { value: 'quorum', label: 'Họp: có mặt, biểu quyết' },
];

type ItemForm = Record<string, unknown> & { kind: WorkRegulationItem['kind']; docType?: string };
interface Values {
  title: string;
  source: string;
  effectiveFrom: Dayjs;
  items: ItemForm[];
}

const toForm = (i: WorkRegulationItem): ItemForm => ({
  ...i,
  docType: 'docType' in i ? (i.docType ?? '') : '',
});
const fromForm = (i: ItemForm): WorkRegulationItem => {
  const { docType, ...rest } = i;
  if (i.kind === 'quorum')
    return { ...rest, majorityStrict: Boolean(i.majorityStrict) } as WorkRegulationItem;
  if (i.kind === 'signing')
    return { ...rest, docType: docType || null, viaOffice: Boolean(i.viaOffice) } as WorkRegulationItem;
  return { ...rest, docType: docType || null } as WorkRegulationItem;
};

function ItemFields({ name, kind }: { name: number; kind: string }) {
  const req = [{ required: true, message: 'Bắt buộc' }];
  return (
    <>
      <Form.Item name={[name, 'article']} label="Điều, khoản" rules={req}>
        <Input maxLength={100} data-testid={`reg-article-${name}`} />
      </Form.Item>
      {kind !== 'quorum' && (
        <Form.Item name={[name, 'docType']} label="Loại văn bản">
          <Select options={TYPE_OPTIONS} />
        </Form.Item>
      )}
      {kind === 'signing' && (
        <>
          <Form.Item name={[name, 'mode']} label="Hình thức ký" rules={req}>
            <Select
              options={[
                { value: 'TM', label: 'T/M' },
                { value: 'KT', label: 'K/T' },
              ]}
            />
          </Form.Item>
          <Form.Item name={[name, 'signerRoles']} label="Người được ký" rules={req}>
            <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
          </Form.Item>
          <Form.Item name={[name, 'viaOffice']} valuePropName="checked">
            <Checkbox>Qua Văn phòng thẩm định</Checkbox>
          </Form.Item>
        </>
      )}
      {kind === 'consultation' && (
        <Form.Item name={[name, 'consultee']} label="Nơi phải lấy ý kiến" rules={req}>
          <Input maxLength={200} data-testid={`reg-consultee-${name}`} />
        </Form.Item>
      )}
      {kind !== 'quorum' ? (
        <Form.Item name={[name, 'days']} label="Số ngày làm việc" rules={req}>
          <InputNumber min={0} max={60} data-testid={`reg-days-${name}`} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name={[name, 'body']} label="Cơ quan họp" rules={req}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name={[name, 'quorum', 'num']} label="Có mặt (tử số)" rules={req}>
              <InputNumber min={1} max={99} />
            </Form.Item>
            <Form.Item name={[name, 'quorum', 'den']} label="(mẫu số)" rules={req}>
              <InputNumber min={1} max={100} />
            </Form.Item>
            <Form.Item name={[name, 'majority', 'num']} label="Biểu quyết (tử số)" rules={req}>
              <InputNumber min={1} max={99} />
            </Form.Item>
            <Form.Item name={[name, 'majority', 'den']} label="(mẫu số)" rules={req}>
              <InputNumber min={1} max={100} />
            </Form.Item>
          </Space>
          <Form.Item name={[name, 'majorityStrict']} valuePropName="checked">
            <Checkbox>Phải quá tỷ lệ (không tính bằng)</Checkbox>
          </Form.Item>
        </>
      )}
    </>
  );
}

export function RegulationForm({
  orgId,
  current,
  onDone,
}: {
  orgId: number;
  current: WorkRegulation | null;
  onDone: () => void;
}) {
  const add = useAddWorkRegulation();
  const [form] = Form.useForm<Values>();
  return (
    <Card size="small" title="Phiên bản quy chế mới" className="ru-block">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          title: current?.title ?? 'Quy chế làm việc',
          source: '',
          items: current?.items.map(toForm) ?? [
            { kind: 'consultation', article: '', docType: '', consultee: '', days: 5 } as ItemForm,
          ],
        }}
        onFinish={(v) =>
          add.mutate(
            {
              orgId,
              title: v.title,
              source: v.source,
              effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
              items: v.items.map(fromForm),
            },
            { onSuccess: onDone },
          )
        }
      >
        <Form.Item name="title" label="Tên quy chế" rules={[{ required: true, message: 'Bắt buộc' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="source" label="Số, ngày ban hành" rules={[{ required: true, message: 'Bắt buộc' }]}>
          <Input maxLength={500} data-testid="reg-source" />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label="Ngày hiệu lực"
          rules={[{ required: true, message: 'Chọn ngày' }]}
        >
          <DatePicker format={DATE_FORMAT} data-testid="reg-from" />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add: addItem, remove }) => (
            <>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  className="ru-block"
                  extra={<MinusCircleOutlined aria-label="Bỏ quy định" onClick={() => remove(f.name)} />}
                  title={
                    <Form.Item name={[f.name, 'kind']} noStyle>
                      <Select options={KIND_OPTIONS} style={{ minWidth: 180 }} />
                    </Form.Item>
                  }
                >
                  <Form.Item noStyle shouldUpdate>
                    {() => <ItemFields name={f.name} kind={form.getFieldValue(['items', f.name, 'kind'])} />}
                  </Form.Item>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  addItem({
                    kind: 'signing',
                    article: '',
                    docType: '',
                    mode: 'TM',
                    signerRoles: ['leader'],
                    viaOffice: true,
                    days: 2,
                  })
                }
              >
                Thêm quy định
              </Button>
            </>
          )}
        </Form.List>
        {add.isError && <Alert type="error" showIcon title={add.error.message} className="ru-block" />}
        <div className="ru-block">
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="reg-save">
            Lưu phiên bản
          </Button>
        </div>
      </Form>
    </Card>
  );
}
