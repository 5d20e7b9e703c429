// «Bảng thời hạn bảo quản»: the model schedule (Hướng dẫn 35-HD/VPTW) shipped as data; the root
// office edits it. A changed period applies to files planned afterwards.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Checkbox, Form, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { roleCan } from '../../../../domain/roles.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { type ScheduleRow, useSaveScheduleRow, useScheduleRows } from './api.ts';

interface Values {
  rowCode: string;
  group: string;
  title: string;
  retention: number | 'permanent';
  note?: string;
  active: boolean;
}

export function SchedulePage() {
  const me = useMe();
  const [editing, setEditing] = useState<ScheduleRow | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const rows = useScheduleRows();
  const save = useSaveScheduleRow();
  const canEdit = roleCan(me.user.role, 'archive.manage');
  const groups = [...new Set((rows.data?.items ?? []).map((r) => r.group))];
  const columns: ColumnsType<ScheduleRow> = [
    {
      title: 'Mã',
      dataIndex: 'rowCode',
      width: 70,
      render: (c: string) => <span className="ar-code">{c}</span>,
    },
    { title: 'Nhóm', dataIndex: 'group', width: 220 },
    {
      title: 'Tên loại hồ sơ, tài liệu',
      dataIndex: 'title',
      render: (t: string, r) => (
        <div>
          {t} {!r.active && <Tag>Ngừng dùng</Tag>}
          {r.note && <div className="ar-muted">{r.note}</div>}
        </div>
      ),
    },
    {
      title: 'Thời hạn bảo quản',
      dataIndex: 'retentionLabel',
      width: 150,
      render: (l: string, r) => <Tag color={r.retentionYears === null ? 'geekblue' : 'default'}>{l}</Tag>,
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'edit',
            width: 60,
            render: (_: unknown, r: ScheduleRow) => (
              <Button size="small" icon={<EditOutlined />} aria-label="Sửa" onClick={() => setEditing(r)} />
            ),
          },
        ]
      : []),
  ];
  const current = editing && editing !== 'new' ? editing : null;
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Bảng thời hạn bảo quản tài liệu</Typography.Title>
        {canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            Thêm dòng
          </Button>
        )}
      </div>
      <Alert
        type="warning"
        showIcon
        className="ar-card"
        title="Bảng mẫu soạn theo Hướng dẫn 35-HD/VPTW: văn phòng cần đối chiếu với văn bản đang có hiệu lực và bảng thời hạn đã được phê duyệt của cơ quan trước khi dùng."
      />
      <Table<ScheduleRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows.data?.items ?? []}
        loading={rows.isLoading}
        pagination={false}
      />
      <FormModal<Values, ScheduleRow>
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        title={current ? `Sửa dòng ${current.rowCode}` : 'Thêm dòng vào bảng thời hạn bảo quản'}
        okText="Lưu"
        successMessage="Đã lưu bảng thời hạn bảo quản."
        initialValues={
          current
            ? { ...current, note: current.note ?? '', retention: current.retentionYears ?? 'permanent' }
            : { active: true, retention: 10 }
        }
        submit={({ retention, ...v }) =>
          save.mutateAsync({
            id: current?.id,
            body: { ...v, retentionYears: retention === 'permanent' ? null : retention, note: v.note ?? '' },
          })
        }
      >
        <div style={{ display: 'grid', gridTemplateColumns: '120px 1fr', gap: '0 16px' }}>
          <Form.Item name="rowCode" label="Mã dòng" rules={[{ required: true, message: 'Bắt buộc' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="group" label="Nhóm tài liệu" rules={[{ required: true, message: 'Bắt buộc' }]}>
            <AutoComplete options={groups.map((g) => ({ value: g }))} />
          </Form.Item>
        </div>
        <Form.Item
          name="title"
          label="Tên loại hồ sơ, tài liệu"
          rules={[{ required: true, message: 'Bắt buộc' }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="retention" label="Thời hạn bảo quản">
          <Select
            options={[
              { value: 'permanent', label: 'Vĩnh viễn' },
              ...[5, 10, 15, 20, 30, 50, 70].map((y) => ({ value: y, label: `${y} năm` })),
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked">
          <Checkbox>Đang dùng</Checkbox>
        </Form.Item>
      </FormModal>
    </div>
  );
}
