// Exemptions and reductions of party fees (Quy định 01-QĐ/TW, 2026): the unit's list, and a form to
// record one for a member with its level, months and reason; the server checks the levels and the
// longest period against the rule in force.
import { Alert, App, Button, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { RELIEF_REASON_LABELS } from '../../../../domain/members/fee-relief.ts';
import {
  type FeeRelief,
  monthVi,
  type ReliefBody,
  useMemberSearch,
  useRecordRelief,
  useReliefs,
} from './api.ts';

const LEVELS = [
  { value: 30, label: 'Giảm 30%' },
  { value: 50, label: 'Giảm 50%' },
  { value: 70, label: 'Giảm 70%' },
  { value: 100, label: 'Miễn đảng phí' },
];

export function ReliefsPanel({ orgId }: { orgId: number }) {
  const { message } = App.useApp();
  const list = useReliefs(orgId);
  const record = useRecordRelief();
  const [q, setQ] = useState('');
  const members = useMemberSearch(orgId, q);
  const [form] = Form.useForm<ReliefBody>();
  if (list.error) return <Alert type="error" showIcon message={list.error.message} />;
  return (
    <div>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 12, rowGap: 8 }}
        onFinish={(v) =>
          record
            .mutateAsync({ ...v, note: v.note || undefined })
            .then(() => {
              void message.success('Đã ghi miễn, giảm đảng phí.');
              form.resetFields();
            })
            .catch((e: Error) => message.error(e.message))
        }
      >
        <Form.Item name="memberId" rules={[{ required: true, message: 'Chọn đảng viên' }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            placeholder="Đảng viên"
            aria-label="Đảng viên được miễn, giảm"
            style={{ minWidth: 220 }}
            options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.fullName }))}
          />
        </Form.Item>
        <Form.Item name="percent" rules={[{ required: true, message: 'Chọn mức' }]}>
          <Select placeholder="Mức" options={LEVELS} style={{ width: 150 }} aria-label="Mức miễn, giảm" />
        </Form.Item>
        <Form.Item name="from" rules={[{ required: true, message: 'Từ tháng' }]}>
          <Input type="month" aria-label="Miễn, giảm từ tháng" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="to" rules={[{ required: true, message: 'Đến tháng' }]}>
          <Input type="month" aria-label="Miễn, giảm đến tháng" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reason" rules={[{ required: true, message: 'Chọn lý do' }]}>
          <Select
            placeholder="Lý do"
            aria-label="Lý do"
            style={{ minWidth: 200 }}
            options={Object.entries(RELIEF_REASON_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="note">
          <Input placeholder="Ghi chú" aria-label="Ghi chú" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          Ghi
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        scroll={{ x: 600 }}
        columns={[
          { title: 'Đảng viên', dataIndex: 'fullName' },
          { title: 'Chi bộ', dataIndex: 'orgName' },
          { title: 'Mức', dataIndex: 'label' },
          {
            title: 'Thời gian',
            key: 'period',
            render: (_: unknown, r: FeeRelief) => `${monthVi(r.from)} – ${monthVi(r.to)}`,
          },
          { title: 'Lý do', dataIndex: 'reasonLabel' },
          { title: 'Ghi chú', dataIndex: 'note' },
        ]}
      />
    </div>
  );
}
