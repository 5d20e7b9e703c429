// «Số hóa»: the digitisation batches with their progress, and a new batch from a manifest (Excel)
// and the scans it names, uploaded with a progress bar; OCR then runs in the background.
import { CloudUploadOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Progress, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { ApiError } from '../../api/client.ts';
import { formatDateTimeVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import {
  archiveKeys,
  type Batch,
  createBatch,
  downloadDigitiseTemplate,
  useBatches,
  useOcrStatus,
  useRefreshArchive,
} from './api.ts';
import { uploadScans } from './scans.ts';

function NewBatch({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const refresh = useRefreshArchive();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState(me.user.orgId);
  const [name, setName] = useState('');
  const [manifest, setManifest] = useState<File | null>(null);
  const [scans, setScans] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ percent: number; label: string } | null>(null);
  const [error, setError] = useState<{ text: string; rows?: { row: number; reason: string }[] } | null>(null);
  const reset = () => {
    setManifest(null);
    setScans([]);
    setName('');
    setError(null);
    setProgress(null);
  };
  const start = async () => {
    if (!manifest) return;
    setError(null);
    setProgress({ percent: 0, label: 'Kiểm tra bảng kê' });
    try {
      const batch = await createBatch(orgId, name, manifest);
      const wanted = new Set(batch.items.map((i) => i.sourceName.toLocaleLowerCase('vi')));
      const outcome = await uploadScans(
        batch.id,
        scans.filter((s) => wanted.has(s.name.toLocaleLowerCase('vi'))),
        (percent, current) => setProgress({ percent, label: `Tải lên ${current}` }),
      );
      const failed = outcome.filter((o) => !o.ok);
      refresh(archiveKeys.batches());
      if (failed.length > 0)
        void message.warning(`${failed.length} bản quét không tải lên được: ${failed[0]?.message}`);
      else void message.success(`Đã tạo lô số hóa với ${batch.items.length} văn bản; đang nhận dạng chữ.`);
      reset();
      onClose();
      void navigate(`/luu-tru/so-hoa/${batch.id}`);
    } catch (err) {
      const details =
        err instanceof ApiError
          ? (err.details.rows as { row: number; reason: string }[] | undefined)
          : undefined;
      setError({ text: errorText(err), rows: details });
      setProgress(null);
    }
  };
  return (
    <Modal
      open={open}
      title="Tạo lô số hóa"
      onCancel={() => progress === null && onClose()}
      okText="Tạo lô và tải bản quét lên"
      cancelText="Hủy"
      onOk={() => void start()}
      okButtonProps={{
        disabled: !manifest,
        loading: progress !== null,
        ...({ 'data-testid': 'batch-start' } as Record<string, string>),
      }}
      width={640}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.text}
          description={
            error.rows && error.rows.length > 5 ? (
              <ul className="ar-list">
                {error.rows.map((r) => (
                  <li key={r.row}>
                    Dòng {r.row}: {r.reason}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
          style={{ marginBottom: 12 }}
          data-testid="batch-error"
        />
      )}
      <Form layout="vertical">
        <Form.Item label="Đơn vị có hồ sơ">
          <OrgSelect value={orgId} onChange={(v) => typeof v === 'number' && setOrgId(v)} />
        </Form.Item>
        <Form.Item label="Tên lô">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Mặc định: tên tệp bảng kê"
          />
        </Form.Item>
        <Form.Item
          label="Bảng kê (Excel)"
          extra="Mỗi dòng một văn bản: mã hồ sơ, số ký hiệu, ngày, trích yếu, số trang, tên tệp quét."
        >
          <Upload
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setManifest(f);
              return false;
            }}
            onRemove={() => setManifest(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="batch-manifest">
              Chọn bảng kê
            </Button>
          </Upload>
        </Form.Item>
        <Form.Item
          label="Bản quét (PDF, JPEG, PNG, TIFF)"
          extra={`${scans.length} tệp đã chọn; tên tệp phải đúng như cột «Tệp quét».`}
        >
          <Upload
            multiple
            accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff"
            showUploadList={false}
            beforeUpload={(f) => {
              setScans((prev) => [...prev.filter((p) => p.name !== f.name), f]);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="batch-scans">
              Chọn bản quét
            </Button>
          </Upload>
        </Form.Item>
      </Form>
      {progress && (
        <div>
          <div className="ar-muted">{progress.label}</div>
          <Progress percent={progress.percent} aria-label="Tiến độ tải lên" />
        </div>
      )}
    </Modal>
  );
}

export function BatchesPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const ocr = useOcrStatus();
  const batches = useBatches();
  const columns: ColumnsType<Batch> = [
    {
      title: 'Lô',
      dataIndex: 'name',
      render: (n: string, b) => <Link to={`/luu-tru/so-hoa/${b.id}`}>{n}</Link>,
    },
    { title: 'Đơn vị', dataIndex: 'orgName', width: 220 },
    {
      title: 'Tạo',
      key: 'by',
      width: 200,
      render: (_: unknown, b) => `${b.createdBy ?? 'Dòng lệnh'}, ${formatDateTimeVi(b.createdAt)}`,
    },
    {
      title: 'Tiến độ',
      key: 'progress',
      width: 260,
      render: (_: unknown, b) => (
        <div data-testid="batch-progress">
          <Progress percent={b.percent} size="small" status={b.counts.failed ? 'exception' : undefined} />
          <span className="ar-muted">
            {b.finished}/{b.total} văn bản{b.awaitingScans ? ` · chờ ${b.awaitingScans} bản quét` : ''}
          </span>
        </div>
      ),
    },
  ];
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Số hóa tài liệu</Typography.Title>
        <div className="ar-actions" style={{ marginBottom: 0 }}>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => downloadDigitiseTemplate().catch((e: unknown) => message.error(errorText(e)))}
          >
            Mẫu bảng kê
          </Button>
          {roleCan(me.user.role, 'archive.digitise') && (
            <Button
              type="primary"
              icon={<CloudUploadOutlined />}
              onClick={() => setCreating(true)}
              data-testid="batch-create"
            >
              Tạo lô số hóa
            </Button>
          )}
        </div>
      </div>
      {ocr.data && !ocr.data.ocrAvailable && (
        <Alert type="warning" showIcon title={ocr.data.message} className="ar-card" />
      )}
      <Alert
        type="info"
        showIcon
        className="ar-card"
        title="Chỉ số hóa hồ sơ đã chỉnh lý (đã đóng). Tài liệu Tuyệt mật không bao giờ được số hóa; tài liệu Mật, Tối mật cần phê duyệt của lãnh đạo trước (trên trang của hồ sơ). Mỗi bản quét được nhận dạng chữ thành PDF/A có mã SHA-256 và tìm được trong phần Văn bản."
      />
      <Table<Batch>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={batches.data?.items ?? []}
        loading={batches.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có lô số hóa nào' }}
      />
      <NewBatch open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
