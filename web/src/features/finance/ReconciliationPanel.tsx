// Reconciliation: what each unit directly below should have remitted, month by month, against what
// this level recorded as received; a figure is recorded (or replaced) on the line itself.
import { Alert, App, Button, InputNumber, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { money, monthVi, type Range, useReconciliation, useRecordReceipt } from './api.ts';

function todayVn() {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function ReconciliationPanel({ range, canRecord }: { range: Range; canRecord: boolean }) {
  const { message } = App.useApp();
  const q = useReconciliation(range);
  const record = useRecordReceipt();
  const [onlyDiff, setOnlyDiff] = useState(true);
  const [draft, setDraft] = useState<Record<string, number | null>>({});
  if (q.error) return <Alert type="error" showIcon message={q.error.message} />;
  const lines = (q.data?.lines ?? []).filter((l) => !onlyDiff || l.difference !== 0);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>
          Phải nộp lên: <strong>{money(q.data?.expected)}</strong> — đã nhận:{' '}
          <strong>{money(q.data?.received)}</strong>
        </span>
        <Tag color={q.data?.differences ? 'red' : 'green'}>{q.data?.differences ?? 0} dòng chênh lệch</Tag>
        <Switch checked={onlyDiff} onChange={setOnlyDiff} /> Chỉ dòng chênh lệch
      </Space>
      <Table
        size="small"
        rowKey={(l) => `${l.fromOrgId}-${l.month}`}
        loading={q.isLoading}
        dataSource={lines}
        pagination={{ pageSize: 24, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        columns={[
          { title: 'Đơn vị nộp', dataIndex: 'fromOrgName' },
          { title: 'Tháng', dataIndex: 'month', render: monthVi },
          { title: 'Phải nộp', dataIndex: 'expected', align: 'right', render: money },
          {
            title: 'Đã nhận',
            dataIndex: 'received',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : money(v)),
          },
          {
            title: 'Chênh lệch',
            dataIndex: 'difference',
            align: 'right',
            render: (v: number) => <span style={{ color: v === 0 ? undefined : '#c41d24' }}>{money(v)}</span>,
          },
          ...(canRecord
            ? [
                {
                  title: 'Ghi số đã nhận',
                  key: 'record',
                  render: (_: unknown, l: (typeof lines)[number]) => {
                    const key = `${l.fromOrgId}-${l.month}`;
                    return (
                      <Space.Compact>
                        <InputNumber
                          min={0}
                          step={1000}
                          value={draft[key] ?? null}
                          placeholder={String(l.expected)}
                          onChange={(v) => setDraft({ ...draft, [key]: v })}
                          aria-label={`Số đã nhận ${l.fromOrgName} ${monthVi(l.month)}`}
                        />
                        <Button
                          loading={record.isPending}
                          onClick={() =>
                            record
                              .mutateAsync({
                                orgId: range.orgId,
                                fromOrgId: l.fromOrgId,
                                month: l.month,
                                amount: draft[key] ?? l.expected,
                                receivedOn: todayVn(),
                              })
                              .then(() => message.success('Đã ghi số đã nhận.'))
                              .catch((e: Error) => message.error(e.message))
                          }
                        >
                          Ghi
                        </Button>
                      </Space.Compact>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
