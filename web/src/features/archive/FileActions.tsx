// The actions a file's state and the user's role allow (domain/archive/rules.ts decides which), each
// in a dialog: open, add a document (or a correction of a record), close with the end year, reopen,
// declare as records, place a legal hold, approve digitising secret documents, export a package.
import {
  CloudDownloadOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  LockOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { fileActionProblem } from '../../../../domain/archive/rules.ts';
import { roleCan } from '../../../../domain/roles.ts';
import { DATE_FORMAT, todayVn } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { errorText, isoOf } from '../forms.ts';
import { useDebounced } from '../useDebounced.ts';
import {
  downloadPackage,
  type FileDetail,
  useAddFileDocument,
  useApproveDigitise,
  useCloseFile,
  useDocumentPick,
  useFileStep,
  usePlaceHold,
} from './api.ts';

type Dialog = 'add' | 'close' | 'hold' | 'approve' | null;

/** A document picker that searches the registers (without diacritics) as the user types. */
function DocumentSearch({
  orgId,
  value,
  onChange,
  testId,
}: {
  orgId: number;
  value?: number;
  onChange?: (v?: number) => void;
  testId: string;
}) {
  const [q, setQ] = useState('');
  const term = useDebounced(q.trim());
  const found = useDocumentPick(term, orgId);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={found.isLoading}
      placeholder="Gõ số ký hiệu hoặc trích yếu (không cần dấu)"
      notFoundContent="Không có văn bản phù hợp"
      data-testid={testId}
      options={(found.data?.items ?? []).map((d) => ({
        value: d.id,
        label: `${d.symbol ?? 'Không số'} — ${d.summary.slice(0, 90)}`,
      }))}
    />
  );
}

export function FileActions({ file }: { file: FileDetail }) {
  const me = useMe();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [addForm] = Form.useForm<{ documentId: number; correctsDocumentId?: number }>();
  const [closeForm] = Form.useForm<{ closedOn?: Dayjs; endYear?: number }>();
  const [holdForm] = Form.useForm<{ reason: string }>();
  const [approveForm] = Form.useForm<{ maxSecrecy: number; decisionRef: string; note?: string }>();
  const role = me.user.role;
  const state = { status: file.status, declared: file.declared };
  const allowed = (a: Parameters<typeof fileActionProblem>[1]) => fileActionProblem(state, a) === null;
  const step = useFileStep(file.id);
  const addDocument = useAddFileDocument(file.id);
  const close = useCloseFile(file.id);
  const hold = usePlaceHold();
  const approve = useApproveDigitise(file.id);
  const run = (s: 'open' | 'reopen' | 'declare') =>
    step.mutate(s, {
      onSuccess: () =>
        void message.success(
          s === 'declare'
            ? 'Đã lập tài liệu lưu trữ: các văn bản của hồ sơ không sửa, xóa được nữa.'
            : 'Đã cập nhật hồ sơ.',
        ),
      onError: (err) => void message.error(errorText(err)),
    });
  const canFile = roleCan(role, 'archive.file');

  return (
    <div className="ar-actions">
      {canFile && allowed('open') && (
        <Button
          icon={<FolderOpenOutlined />}
          onClick={() => run('open')}
          loading={step.isPending}
          data-testid="file-open"
        >
          Mở hồ sơ
        </Button>
      )}
      {canFile && allowed('add_document') && (
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          onClick={() => setDialog('add')}
          data-testid="file-add-doc"
        >
          Thêm văn bản
        </Button>
      )}
      {canFile && allowed('close') && (
        <Button icon={<LockOutlined />} onClick={() => setDialog('close')} data-testid="file-close">
          Đóng hồ sơ
        </Button>
      )}
      {canFile && allowed('reopen') && (
        <Button icon={<UndoOutlined />} onClick={() => run('reopen')} data-testid="file-reopen">
          Mở lại
        </Button>
      )}
      {roleCan(role, 'archive.manage') && allowed('declare') && (
        <Popconfirm
          title="Lập tài liệu lưu trữ?"
          description="Từ đây các văn bản của hồ sơ không sửa, không xóa được nữa (chỉ hủy theo danh sách được phê duyệt)."
          okText="Lập tài liệu lưu trữ"
          cancelText="Hủy"
          onConfirm={() => run('declare')}
          okButtonProps={{ ...({ 'data-testid': 'file-declare-confirm' } as Record<string, string>) }}
        >
          <Button type="primary" icon={<SafetyCertificateOutlined />} data-testid="file-declare">
            Lập tài liệu lưu trữ
          </Button>
        </Popconfirm>
      )}
      {roleCan(role, 'archive.hold') && file.status !== 'destroyed' && (
        <Button danger icon={<StopOutlined />} onClick={() => setDialog('hold')} data-testid="file-hold">
          Tạm giữ
        </Button>
      )}
      {roleCan(role, 'archive.approve_digitise') && file.status === 'closed' && (
        <Button onClick={() => setDialog('approve')} data-testid="file-approve-digitise">
          Phê duyệt số hóa tài liệu mật
        </Button>
      )}
      {roleCan(role, 'archive.manage') && file.status === 'closed' && (
        <Button
          icon={<CloudDownloadOutlined />}
          onClick={() =>
            downloadPackage({ fileId: file.id, fileCode: file.fileCode }).catch((err: unknown) =>
              message.error(errorText(err)),
            )
          }
        >
          Xuất gói nộp lưu
        </Button>
      )}

      <FormModal
        open={dialog === 'add'}
        onClose={() => setDialog(null)}
        form={addForm}
        title={`Thêm văn bản vào hồ sơ ${file.fileCode}`}
        okText="Thêm vào hồ sơ"
        successMessage="Đã thêm văn bản vào hồ sơ."
        submit={(v) => addDocument.mutateAsync(v)}
      >
        <Form.Item name="documentId" label="Văn bản" rules={[{ required: true, message: 'Chọn văn bản' }]}>
          <DocumentSearch orgId={file.orgId} testId="add-doc-search" />
        </Form.Item>
        <Form.Item
          name="correctsDocumentId"
          label="Là bản đính chính của (nếu có)"
          extra="Tài liệu lưu trữ không sửa được: bản đính chính là văn bản mới, liên kết với văn bản cũ."
        >
          <DocumentSearch orgId={file.orgId} testId="add-doc-corrects" />
        </Form.Item>
      </FormModal>

      <FormModal
        open={dialog === 'close'}
        onClose={() => setDialog(null)}
        form={closeForm}
        title={`Đóng hồ sơ ${file.fileCode}`}
        okText="Đóng hồ sơ"
        successMessage="Đã đóng hồ sơ."
        submit={(v) => close.mutateAsync({ closedOn: isoOf(v.closedOn), endYear: v.endYear ?? undefined })}
      >
        <p>
          Thời hạn bảo quản ({file.retentionLabel.toLocaleLowerCase('vi')}) tính từ ngày 01/01 của năm sau năm
          kết thúc. Để trống năm kết thúc thì lấy năm của văn bản mới nhất trong hồ sơ.
        </p>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
          <Form.Item name="closedOn" label="Ngày đóng hồ sơ">
            <DatePicker
              format={DATE_FORMAT}
              placeholder={todayVn().split('-').reverse().join('/')}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name="endYear" label="Năm kết thúc">
            <InputNumber min={1900} max={2200} style={{ width: '100%' }} placeholder="Theo văn bản" />
          </Form.Item>
        </div>
      </FormModal>

      <FormModal
        open={dialog === 'hold'}
        onClose={() => setDialog(null)}
        form={holdForm}
        danger
        title={`Tạm giữ hồ sơ ${file.fileCode}`}
        okText="Tạm giữ"
        successMessage="Đã tạm giữ: hồ sơ không thể bị tiêu hủy cho đến khi gỡ."
        submit={(v) => hold.mutateAsync({ fileId: file.id, reason: v.reason })}
      >
        <Form.Item name="reason" label="Lý do tạm giữ" rules={[{ required: true, message: 'Ghi lý do' }]}>
          <Input.TextArea rows={3} placeholder="Ví dụ: phục vụ thanh tra, điều tra, giải quyết khiếu nại" />
        </Form.Item>
      </FormModal>

      <FormModal
        open={dialog === 'approve'}
        onClose={() => setDialog(null)}
        form={approveForm}
        title={`Phê duyệt số hóa tài liệu mật của hồ sơ ${file.fileCode}`}
        okText="Phê duyệt"
        successMessage="Đã ghi phê duyệt số hóa."
        initialValues={{ maxSecrecy: 1 }}
        submit={(v) => approve.mutateAsync(v)}
      >
        <p>Tài liệu Tuyệt mật không bao giờ được số hóa.</p>
        <Form.Item name="maxSecrecy" label="Được số hóa tài liệu đến mức">
          <Select
            options={[
              { value: 1, label: 'Mật' },
              { value: 2, label: 'Tối mật' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="decisionRef"
          label="Số quyết định, văn bản phê duyệt"
          rules={[{ required: true, message: 'Bắt buộc' }]}
        >
          <Input placeholder="Ví dụ: 15-QĐ/ĐU" />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </div>
  );
}
