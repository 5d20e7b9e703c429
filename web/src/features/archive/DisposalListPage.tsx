// One destruction list: the council's review (per file: destroy, or keep longer with a new period),
// the approval by a leader (or a refusal), the destruction itself, and the minutes as Word.
import {
  CheckOutlined,
  CloseOutlined,
  DeleteOutlined,
  FileWordOutlined,
  FormOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Popconfirm,
  Select,
  Spin,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { errorText, isoOf } from '../forms.ts';
import {
  type DisposalListDetail,
  downloadDisposalMinutes,
  useApproveDisposal,
  useDestroyDisposal,
  useDisposalList,
  useRejectDisposal,
  useReviewDisposal,
} from './api.ts';
import { HoldTag, ListStatusTag } from './labels.tsx';

type Row = DisposalListDetail['files'][number];
interface ReviewValues {
  reviewedOn: Dayjs;
  council: string;
  note?: string;
  decisions: { fileId: number; decision: 'destroy' | 'keep'; keep?: number | 'permanent'; reason: string }[];
}

export function DisposalListPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'review' | 'approve' | 'reject' | null>(null);
  const [reviewForm] = Form.useForm<ReviewValues>();
  const [approveForm] = Form.useForm<{ decisionRef: string; note?: string }>();
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const list = useDisposalList(id);
  const review = useReviewDisposal(id);
  const approve = useApproveDisposal(id);
  const reject = useRejectDisposal(id);
  const destroy = useDestroyDisposal(id);
  const runDestroy = () =>
    destroy.mutate(undefined, {
      onSuccess: (r) =>
        void message.success(
          `Đã hủy ${r.filesDestroyed} hồ sơ, ${r.documentsDestroyed} văn bản; đã lập biên bản hủy.`,
        ),
      onError: (err) => void message.error(errorText(err)),
    });
  if (list.isLoading) return <Spin />;
  if (list.isError) return <Alert type="error" showIcon title={list.error.message} />;
  const l = list.data;
  if (!l) return <Spin />;
  const role = me.user.role;
  const canPropose = roleCan(role, 'archive.propose_disposal');
  const canApprove = roleCan(role, 'archive.approve_disposal');

  const columns: ColumnsType<Row> = [
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
          <Link to={`/luu-tru/ho-so/${f.fileId}`}>{t}</Link> {f.onHold && <HoldTag />}
        </div>
      ),
    },
    { title: 'Thời hạn', dataIndex: 'retentionLabel', width: 90 },
    { title: 'Văn bản', dataIndex: 'documents', width: 80, align: 'right' },
    {
      title: 'Ý kiến Hội đồng',
      key: 'decision',
      width: 260,
      render: (_: unknown, f) =>
        f.decision ? (
          <div data-testid="list-decision">
            <strong>
              {f.decision === 'keep' ? `Giữ lại ${f.keepLabel?.toLocaleLowerCase('vi')}` : 'Hủy'}
            </strong>
            {f.reason && <div className="ar-muted">{f.reason}</div>}
          </div>
        ) : (
          <span className="ar-muted">Chưa có</span>
        ),
    },
  ];

  return (
    <div>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>{l.title}</Typography.Title>
          <ListStatusTag status={l.status} label={l.statusLabel} />
        </div>
      </div>
      <div className="ar-actions">
        {canPropose && (l.status === 'proposed' || l.status === 'reviewed') && (
          <Button icon={<FormOutlined />} onClick={() => setDialog('review')} data-testid="list-review">
            Ghi ý kiến Hội đồng
          </Button>
        )}
        {canApprove && l.status === 'reviewed' && (
          <Button
            type="primary"
            icon={<CheckOutlined />}
            onClick={() => setDialog('approve')}
            data-testid="list-approve"
          >
            Phê duyệt
          </Button>
        )}
        {canApprove && (l.status === 'proposed' || l.status === 'reviewed') && (
          <Button icon={<CloseOutlined />} onClick={() => setDialog('reject')}>
            Không phê duyệt
          </Button>
        )}
        {canPropose && l.status === 'approved' && (
          <Popconfirm
            title="Hủy tài liệu theo danh sách?"
            description="Nội dung và tệp của các văn bản bị xóa vĩnh viễn; chỉ giữ thông tin mô tả và biên bản hủy."
            okText="Hủy tài liệu"
            okButtonProps={{ danger: true }}
            cancelText="Thôi"
            onConfirm={runDestroy}
          >
            <Button
              danger
              type="primary"
              icon={<DeleteOutlined />}
              loading={destroy.isPending}
              data-testid="list-destroy"
            >
              Hủy tài liệu
            </Button>
          </Popconfirm>
        )}
        {l.hasMinutes && (
          <Button
            icon={<FileWordOutlined />}
            onClick={() => downloadDisposalMinutes(id).catch((err: unknown) => message.error(errorText(err)))}
            data-testid="list-minutes"
          >
            Tải biên bản hủy (Word)
          </Button>
        )}
      </div>
      <Card size="small" className="ar-card">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="Đơn vị">{l.orgName}</Descriptions.Item>
          <Descriptions.Item label="Người lập">{`${l.proposedBy ?? ''}, ${formatDateTimeVi(l.proposedAt)}`}</Descriptions.Item>
          <Descriptions.Item label="Hội đồng">{l.council ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Ngày Hội đồng xem xét">
            {formatDateVi(l.reviewedOn) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Phê duyệt">
            {l.approvedBy ? `${l.decisionRef} — ${l.approvedBy}, ${formatDateTimeVi(l.approvedAt)}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Đã hủy">
            {l.executedAt
              ? `${l.filesDestroyed} hồ sơ, ${l.documentsDestroyed} văn bản — ${l.executedBy}, ${formatDateTimeVi(l.executedAt)}`
              : '—'}
          </Descriptions.Item>
          {l.rejectedReason && (
            <Descriptions.Item label="Lý do không phê duyệt">{l.rejectedReason}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Table<Row> rowKey="fileId" size="small" columns={columns} dataSource={l.files} pagination={false} />

      <FormModal<ReviewValues, unknown>
        open={dialog === 'review'}
        onClose={() => setDialog(null)}
        form={reviewForm}
        width={900}
        title="Ý kiến của Hội đồng xác định giá trị tài liệu"
        okText="Ghi ý kiến"
        successMessage="Đã ghi ý kiến của Hội đồng; danh sách chờ phê duyệt."
        initialValues={{
          reviewedOn: dayjs(),
          council: l.council ?? '',
          decisions: l.files.map((f) => ({
            fileId: f.fileId,
            decision: f.decision ?? 'destroy',
            keep: f.decision === 'keep' ? (f.keepYears ?? 'permanent') : undefined,
            reason: f.reason ?? 'Hết thời hạn bảo quản, không còn giá trị',
          })),
        }}
        submit={(v) =>
          review.mutateAsync({
            // Required by the form: always chosen.
            reviewedOn: isoOf(v.reviewedOn) as string,
            council: v.council,
            note: v.note ?? '',
            // The rows follow the list's files in order; only the fields shown come back from the form.
            decisions: v.decisions.map((d, i) => ({
              fileId: l.files[i]?.fileId as number,
              decision: d.decision,
              ...(d.decision === 'keep'
                ? { keepYears: d.keep === 'permanent' || d.keep === undefined ? null : d.keep }
                : {}),
              reason: d.reason,
            })),
          })
        }
      >
        <div style={{ display: 'grid', gridTemplateColumns: '180px 1fr', gap: '0 16px' }}>
          <Form.Item name="reviewedOn" label="Ngày họp" rules={[{ required: true, message: 'Bắt buộc' }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="council"
            label="Thành phần Hội đồng"
            rules={[{ required: true, message: 'Bắt buộc' }]}
          >
            <Input />
          </Form.Item>
        </div>
        <Form.List name="decisions">
          {(fields) =>
            fields.map((field, i) => {
              const f = l.files[i] as Row;
              return (
                <div
                  key={field.key}
                  style={{ display: 'grid', gridTemplateColumns: '1.6fr 130px 130px 1.4fr', gap: '0 8px' }}
                >
                  <div style={{ paddingTop: 6 }}>
                    <span className="ar-code">{f.fileCode}</span> {f.title}
                  </div>
                  <Form.Item name={[field.name, 'decision']}>
                    <Select
                      options={[
                        { value: 'destroy', label: 'Hủy' },
                        { value: 'keep', label: 'Giữ lại' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'keep']}>
                    <Select
                      allowClear
                      placeholder="Thời hạn mới"
                      options={[
                        { value: 'permanent', label: 'Vĩnh viễn' },
                        ...[5, 10, 20, 50].map((y) => ({ value: y, label: `${y} năm` })),
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} rules={[{ required: true, message: 'Ghi lý do' }]}>
                    <Input placeholder="Lý do" />
                  </Form.Item>
                </div>
              );
            })
          }
        </Form.List>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>

      <FormModal
        open={dialog === 'approve'}
        onClose={() => setDialog(null)}
        form={approveForm}
        title="Phê duyệt danh sách tài liệu hết giá trị"
        okText="Phê duyệt"
        successMessage="Đã phê duyệt danh sách."
        submit={(v) => approve.mutateAsync(v)}
      >
        <Form.Item
          name="decisionRef"
          label="Số quyết định phê duyệt"
          rules={[{ required: true, message: 'Bắt buộc' }]}
        >
          <Input placeholder="Ví dụ: 45-QĐ/ĐU" />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      <FormModal
        open={dialog === 'reject'}
        onClose={() => setDialog(null)}
        form={rejectForm}
        title="Không phê duyệt danh sách"
        okText="Không phê duyệt"
        danger
        successMessage="Đã ghi ý kiến không phê duyệt."
        submit={(v) => reject.mutateAsync(v)}
      >
        <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Bắt buộc' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
