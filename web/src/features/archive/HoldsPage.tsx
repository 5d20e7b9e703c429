// «Tạm giữ»: legal holds on files and records — who placed them and why; lifting one needs a reason.
import { Alert, Button, Form, Input, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { type Hold, useHolds, useLiftHold } from './api.ts';

export function HoldsPage() {
  const me = useMe();
  const [active, setActive] = useState(true);
  const [lifting, setLifting] = useState<Hold | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const holds = useHolds(active);
  const lift = useLiftHold();
  const canHold = roleCan(me.user.role, 'archive.hold');
  const columns: ColumnsType<Hold> = [
    {
      title: 'Hồ sơ / tài liệu',
      key: 'target',
      render: (_: unknown, h) => (
        <div>
          <Link to={`/luu-tru/ho-so/${h.fileId}`}>
            <span className="ar-code">{h.fileCode}</span> {h.fileTitle}
          </Link>
          {h.documentId && (
            <div>
              Văn bản: <Link to={`/van-ban/${h.documentId}`}>{h.symbol ?? h.summary}</Link>
            </div>
          )}
        </div>
      ),
    },
    { title: 'Lý do', dataIndex: 'reason' },
    {
      title: 'Người tạm giữ',
      key: 'placed',
      width: 200,
      render: (_: unknown, h) => `${h.placedBy ?? ''}, ${formatDateTimeVi(h.placedAt)}`,
    },
    {
      title: 'Gỡ',
      key: 'lift',
      width: 240,
      render: (_: unknown, h) =>
        h.liftedAt ? (
          <div>
            {h.liftedBy}, {formatDateTimeVi(h.liftedAt)}
            <div className="ar-muted">{h.liftReason}</div>
          </div>
        ) : canHold ? (
          <Button size="small" onClick={() => setLifting(h)} data-testid="hold-lift">
            Gỡ tạm giữ
          </Button>
        ) : (
          <span className="ar-muted">Đang có hiệu lực</span>
        ),
    },
  ];
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tạm giữ tài liệu</Typography.Title>
      </div>
      <p className="ar-muted">
        Hồ sơ hoặc tài liệu lưu trữ đang bị tạm giữ (phục vụ thanh tra, điều tra, giải quyết khiếu nại…) không
        thể bị tiêu hủy cho đến khi gỡ lệnh tạm giữ. Đặt lệnh tạm giữ từ trang của hồ sơ.
      </p>
      <div className="filter-bar">
        <Segmented
          value={active ? 'active' : 'all'}
          onChange={(v) => setActive(v === 'active')}
          options={[
            { value: 'active', label: 'Đang có hiệu lực' },
            { value: 'all', label: 'Tất cả' },
          ]}
        />
      </div>
      {holds.isError && <Alert type="error" showIcon title={holds.error.message} />}
      <Table<Hold>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={holds.data?.items ?? []}
        loading={holds.isLoading}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        locale={{ emptyText: 'Không có lệnh tạm giữ nào' }}
      />
      <FormModal
        open={lifting !== null}
        onClose={() => setLifting(null)}
        form={form}
        title={`Gỡ tạm giữ hồ sơ ${lifting?.fileCode ?? ''}`}
        okText="Gỡ tạm giữ"
        successMessage="Đã gỡ lệnh tạm giữ."
        submit={(v) => lift.mutateAsync({ id: lifting?.id as number, body: v })}
      >
        <Form.Item name="reason" label="Lý do gỡ" rules={[{ required: true, message: 'Ghi lý do' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
