// The grassroots fund book: the balance, every entry (a corrected one stays, struck through, with
// the entry that corrects it), a form for a new entry, a correction on any line, and the quarterly
// report in Word.
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Popover, Select, Space, Table, Tag } from 'antd';
import { FUND_RECEIPT_LABELS } from '../../../../domain/finance/schemas.ts';
import { FUND_CATEGORY_LABELS } from '../../../../domain/rules/finance.ts';
import { downloadQuarter, type FundEntry, money, useAddEntry, useCorrectEntry, useFundBook } from './api.ts';

const dateVi = (iso: string) => iso.split('-').reverse().join('/');
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

interface EntryForm {
  kind: string;
  amount: number;
  description: string;
  entryDate: string;
}

const KINDS = [
  ...Object.entries(FUND_RECEIPT_LABELS).map(([k, v]) => ({ value: `receipt:${k}`, label: `Thu — ${v}` })),
  ...Object.entries(FUND_CATEGORY_LABELS).map(([k, v]) => ({ value: `spending:${k}`, label: `Chi — ${v}` })),
];

function Correct({ entry }: { entry: FundEntry }) {
  const { message } = App.useApp();
  const correct = useCorrectEntry();
  return (
    <Form
      layout="vertical"
      initialValues={{ amount: entry.amount, entryDate: today(), description: '' }}
      onFinish={(v: { amount: number; entryDate: string; description: string }) =>
        correct
          .mutateAsync({ id: entry.id, body: v })
          .then(() => message.success('Đã ghi bút toán sửa.'))
          .catch((e: Error) => message.error(e.message))
      }
    >
      <Form.Item name="amount" label="Số tiền đúng" rules={[{ required: true }]}>
        <InputNumber min={0} step={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="entryDate" label="Ngày sửa" rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item
        name="description"
        label="Lý do sửa"
        rules={[{ required: true, message: 'Hãy ghi lý do sửa' }]}
      >
        <Input />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={correct.isPending}>
        Ghi bút toán sửa
      </Button>
    </Form>
  );
}

export function FundPanel({ orgId, canWrite }: { orgId: number; canWrite: boolean }) {
  const { message } = App.useApp();
  const book = useFundBook(orgId);
  const add = useAddEntry();
  const [form] = Form.useForm<EntryForm>();
  const now = today();
  const year = Number(now.slice(0, 4));
  const quarter = Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1;
  if (book.error) return <Alert type="error" showIcon message={book.error.message} />;
  const b = book.data;
  return (
    <div>
      <div className="finance-totals">
        <div className="finance-total">
          Tổng thu<strong>{money(b?.receipts)}</strong>
        </div>
        <div className="finance-total">
          Tổng chi<strong>{money(b?.spending)}</strong>
        </div>
        <div className="finance-total">
          Số dư<strong>{money(b?.closing)}</strong>
        </div>
      </div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => downloadQuarter(orgId, year, quarter).catch((e: Error) => message.error(e.message))}
        >
          Báo cáo quý {quarter}/{year} (Word)
        </Button>
      </Space>
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ entryDate: now }}
          onFinish={(v) => {
            const [direction, category] = v.kind.split(':') as ['receipt' | 'spending', string];
            add
              .mutateAsync({
                orgId,
                direction,
                category,
                amount: v.amount,
                description: v.description,
                entryDate: v.entryDate,
              })
              .then(() => {
                void message.success('Đã ghi vào sổ quỹ.');
                form.resetFields(['amount', 'description']);
              })
              .catch((e: Error) => message.error(e.message));
          }}
        >
          <Form.Item name="kind" rules={[{ required: true, message: 'Chọn nội dung' }]}>
            <Select
              placeholder="Nội dung thu, chi"
              options={KINDS}
              style={{ minWidth: 240 }}
              aria-label="Nội dung"
            />
          </Form.Item>
          <Form.Item name="amount" rules={[{ required: true, message: 'Nhập số tiền' }]}>
            <InputNumber
              min={1}
              step={1000}
              placeholder="Số tiền (đồng)"
              style={{ width: 160 }}
              aria-label="Số tiền"
            />
          </Form.Item>
          <Form.Item name="description" rules={[{ required: true, message: 'Nhập diễn giải' }]}>
            <Input placeholder="Diễn giải" aria-label="Diễn giải" />
          </Form.Item>
          <Form.Item name="entryDate" rules={[{ required: true }]}>
            <Input type="date" aria-label="Ngày ghi sổ" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            Ghi sổ
          </Button>
        </Form>
      )}
      <Table
        size="small"
        rowKey="id"
        loading={book.isLoading}
        dataSource={b?.entries ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        columns={[
          { title: 'Số', dataIndex: 'id', width: 60 },
          { title: 'Ngày', dataIndex: 'entryDate', render: dateVi },
          {
            title: 'Nội dung',
            dataIndex: 'categoryLabel',
            render: (v: string, e: FundEntry) => (
              <span>
                <Tag color={e.direction === 'receipt' ? 'green' : 'volcano'}>
                  {e.direction === 'receipt' ? 'Thu' : 'Chi'}
                </Tag>
                {v}
              </span>
            ),
          },
          {
            title: 'Diễn giải',
            dataIndex: 'description',
            render: (v: string, e: FundEntry) => (
              <span>
                {e.counts ? v : <s>{v}</s>}
                {e.correctsId !== null && <Tag style={{ marginLeft: 4 }}>sửa bút toán số {e.correctsId}</Tag>}
                {e.correctedById !== null && (
                  <Tag color="red" style={{ marginLeft: 4 }}>
                    đã sửa bằng số {e.correctedById}
                  </Tag>
                )}
              </span>
            ),
          },
          { title: 'Số tiền', dataIndex: 'amount', align: 'right', render: money },
          ...(canWrite
            ? [
                {
                  title: '',
                  key: 'fix',
                  render: (_: unknown, e: FundEntry) =>
                    e.counts ? (
                      <Popover
                        trigger="click"
                        content={<Correct entry={e} />}
                        title={`Sửa bút toán số ${e.id}`}
                      >
                        <Button size="small">Sửa</Button>
                      </Popover>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
