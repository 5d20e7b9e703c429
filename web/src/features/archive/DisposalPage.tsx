// «Tiêu hủy»: the files whose retention has ended (select them to propose a destruction list) and
// the lists with their state: waiting for the council, for approval, approved, destroyed.
import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  type ArchiveFile,
  type DisposalList,
  useDisposalLists,
  useDueFiles,
  useProposeDisposal,
} from './api.ts';
import { HoldTag, ListStatusTag, SecrecyTag } from './labels.tsx';

export function DisposalPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [orgId, setOrgId] = useState(me.user.orgId);
  const [selected, setSelected] = useState<number[]>([]);
  const [proposing, setProposing] = useState(false);
  const [form] = Form.useForm<{ title: string; council?: string }>();
  const due = useDueFiles(orgId);
  const lists = useDisposalLists();
  const propose = useProposeDisposal();
  const canPropose = roleCan(me.user.role, 'archive.propose_disposal');

  const dueColumns: ColumnsType<ArchiveFile> = [
    { title: 'Năm', dataIndex: 'year', width: 70 },
    {
      title: 'Mã',
      dataIndex: 'fileCode',
      width: 90,
      render: (c: string) => <span className="ar-code">{c}</span>,
    },
    {
      title: 'Tiêu đề hồ sơ',
      dataIndex: 'title',
      render: (t: string, f) => (
        <div>
          <Link to={`/luu-tru/ho-so/${f.id}`}>{t}</Link> <SecrecyTag level={f.secrecy} />
          {f.onHold && <HoldTag />}
        </div>
      ),
    },
    { title: 'Thời hạn', dataIndex: 'retentionLabel', width: 90 },
    { title: 'Hết hạn từ', dataIndex: 'retentionEndsOn', width: 110, render: (d: string) => formatDateVi(d) },
    { title: 'Văn bản', dataIndex: 'documents', width: 80, align: 'right' },
  ];
  const listColumns: ColumnsType<DisposalList> = [
    { title: 'Số', dataIndex: 'id', width: 60 },
    {
      title: 'Danh sách',
      dataIndex: 'title',
      render: (t: string, l) => <Link to={`/luu-tru/tieu-huy/${l.id}`}>{t}</Link>,
    },
    { title: 'Đơn vị', dataIndex: 'orgName', width: 200 },
    { title: 'Số hồ sơ', dataIndex: 'items', width: 90, align: 'right' },
    {
      title: 'Lập',
      key: 'by',
      width: 190,
      render: (_: unknown, l) => `${l.proposedBy ?? ''}, ${formatDateTimeVi(l.proposedAt)}`,
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 190,
      render: (s: string, l) => <ListStatusTag status={s} label={l.statusLabel} />,
    },
  ];

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tài liệu hết thời hạn bảo quản</Typography.Title>
      </div>
      <div className="filter-bar">
        <OrgSelect
          value={orgId}
          onChange={(v) => typeof v === 'number' && setOrgId(v)}
          style={{ width: 300 }}
          aria-label="Đơn vị"
        />
        {canPropose && (
          <Button
            type="primary"
            danger
            icon={<DeleteOutlined />}
            disabled={selected.length === 0}
            onClick={() => setProposing(true)}
            data-testid="propose-disposal"
          >
            Lập danh sách đề nghị hủy ({selected.length})
          </Button>
        )}
      </div>
      {due.isError && <Alert type="error" showIcon title={due.error.message} />}
      <Card
        size="small"
        className="ar-card"
        title={`Hồ sơ đã hết thời hạn bảo quản (tính đến ${formatDateVi(due.data?.on)})`}
      >
        <Table<ArchiveFile>
          rowKey="id"
          size="small"
          columns={dueColumns}
          dataSource={due.data?.items ?? []}
          loading={due.isLoading}
          rowSelection={
            canPropose
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(Number)),
                  getCheckboxProps: (f) => ({ disabled: f.onHold || f.orgId !== orgId }),
                }
              : undefined
          }
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: 'Không có hồ sơ nào hết thời hạn bảo quản' }}
        />
      </Card>
      <Card size="small" title="Các danh sách tiêu hủy (lưu vĩnh viễn)">
        <Table<DisposalList>
          rowKey="id"
          size="small"
          columns={listColumns}
          dataSource={lists.data?.items ?? []}
          loading={lists.isLoading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: 'Chưa có danh sách nào' }}
        />
      </Card>
      <FormModal<{ title: string; council?: string }, DisposalList>
        open={proposing}
        onClose={() => setProposing(false)}
        form={form}
        title="Lập danh sách tài liệu hết giá trị đề nghị hủy"
        okText="Lập danh sách"
        successMessage="Đã lập danh sách; chờ Hội đồng xác định giá trị tài liệu xem xét."
        submit={(v) =>
          propose.mutateAsync({
            orgId,
            title: v.title,
            council: v.council ?? '',
            fileIds: selected,
          })
        }
        onSuccess={(l) => {
          setSelected([]);
          void navigate(`/luu-tru/tieu-huy/${l.id}`);
        }}
      >
        <p>{selected.length} hồ sơ được chọn.</p>
        <Form.Item name="title" label="Tên danh sách" rules={[{ required: true, message: 'Bắt buộc' }]}>
          <Input placeholder="Danh mục tài liệu hết giá trị năm …" />
        </Form.Item>
        <Form.Item name="council" label="Hội đồng xác định giá trị tài liệu">
          <Input placeholder="Quyết định thành lập, thành phần" />
        </Form.Item>
      </FormModal>
    </div>
  );
}
