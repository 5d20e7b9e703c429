// One digitisation batch: its progress (polled while OCR runs), each document with its state, the
// scan's and the PDF/A's SHA-256, the time OCR took; more scans can be uploaded; failures retried.
import { RedoOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Progress, Spin, Table, Tooltip, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { roleCan } from '../../../../domain/roles.ts';
import { formatDateTimeVi, formatDateVi } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { errorText } from '../forms.ts';
import {
  archiveKeys,
  type BatchItem,
  useBatch,
  useOcrStatus,
  useRefreshArchive,
  useRetryBatch,
} from './api.ts';
import { ItemStatusTag, SecrecyTag } from './labels.tsx';
import { uploadScans } from './scans.ts';

export function BatchPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const refresh = useRefreshArchive();
  const { message } = App.useApp();
  const ocr = useOcrStatus();
  const [uploading, setUploading] = useState<number | null>(null);
  const pending = useRef<File[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const batch = useBatch(id);
  const retry = useRetryBatch(id);
  const runRetry = () =>
    retry.mutate(undefined, {
      onSuccess: (r) => void message.success(`Đã xếp hàng nhận dạng lại ${r.queued} văn bản.`),
      onError: (err) => void message.error(errorText(err)),
    });
  if (batch.isLoading) return <Spin />;
  if (batch.isError) return <Alert type="error" showIcon title={batch.error.message} />;
  const b = batch.data;
  if (!b) return <Spin />;
  const canDigitise = roleCan(me.user.role, 'archive.digitise');
  const queue = (f: File) => {
    pending.current.push(f);
    clearTimeout(timer.current);
    // antd calls beforeUpload once per file: gather the selection, then send it as one set.
    timer.current = setTimeout(() => {
      const files = pending.current.splice(0);
      setUploading(0);
      void uploadScans(id, files, (p) => setUploading(p)).then((out) => {
        setUploading(null);
        refresh(archiveKeys.batch(id));
        const bad = out.filter((o) => !o.ok);
        if (bad.length) void message.error(`${bad[0]?.name}: ${bad[0]?.message}`);
        else void message.success(`Đã tải lên ${out.length} bản quét.`);
      });
    }, 100);
  };

  const columns: ColumnsType<BatchItem> = [
    { title: 'Dòng', dataIndex: 'row', width: 60 },
    {
      title: 'Hồ sơ',
      dataIndex: 'fileCode',
      width: 90,
      render: (c: string, i) => <Link to={`/luu-tru/ho-so/${i.fileId}`}>{c}</Link>,
    },
    {
      title: 'Văn bản',
      key: 'doc',
      render: (_: unknown, i) => (
        <div>
          {i.documentId ? (
            <Link to={`/van-ban/${i.documentId}`}>{i.symbol ?? 'Không số'}</Link>
          ) : (
            (i.symbol ?? 'Không số')
          )}{' '}
          · {formatDateVi(i.issuedOn)} <SecrecyTag level={i.secrecy} />
          <div>{i.summary}</div>
          <div className="ar-muted">
            {i.sourceName} · {i.pages} trang
          </div>
        </div>
      ),
    },
    {
      title: 'Tình trạng',
      key: 'status',
      width: 220,
      render: (_: unknown, i) => (
        <div data-testid="batch-item">
          <ItemStatusTag status={i.status} label={i.statusLabel} />
          {i.seconds !== null && i.status === 'done' && <span className="ar-muted">{i.seconds} giây</span>}
          {i.error && <div className="ar-muted">{i.error}</div>}
          {i.warning && <div style={{ color: '#d46b08' }}>{i.warning}</div>}
        </div>
      ),
    },
    {
      title: 'SHA-256 (PDF/A)',
      dataIndex: 'pdfaSha256',
      width: 200,
      render: (s: string | null, i) =>
        s ? (
          <Tooltip title={`Bản quét: ${i.sourceSha256}`}>
            <span className="ar-sha">{s}</span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>Lô số hóa: {b.name}</Typography.Title>
          <span className="ar-muted">
            {b.orgName} · {b.createdBy ?? 'Dòng lệnh'}, {formatDateTimeVi(b.createdAt)}
          </span>
        </div>
        <div className="ar-actions" style={{ marginBottom: 0 }}>
          {canDigitise && b.awaitingScans > 0 && (
            <Upload
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff"
              showUploadList={false}
              beforeUpload={(f) => {
                queue(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading !== null}>
                Tải bản quét còn thiếu ({b.awaitingScans})
              </Button>
            </Upload>
          )}
          {canDigitise && ((b.counts.failed ?? 0) > 0 || (b.counts.ocr_unavailable ?? 0) > 0) && (
            <Button icon={<RedoOutlined />} onClick={runRetry} loading={retry.isPending}>
              Nhận dạng lại
            </Button>
          )}
        </div>
      </div>
      {ocr.data && !ocr.data.ocrAvailable && (
        <Alert type="warning" showIcon title={ocr.data.message} className="ar-card" />
      )}
      <Card size="small" className="ar-card">
        <div className="ar-stats">
          <div style={{ minWidth: 320, flex: 1 }}>
            <Progress
              percent={b.percent}
              status={b.counts.failed ? 'exception' : b.percent === 100 ? 'success' : 'active'}
              aria-label="Tiến độ số hóa"
              data-testid="batch-percent"
            />
            <span className="ar-muted">
              {b.finished}/{b.total} văn bản đã xử lý · đã số hóa {b.counts.done ?? 0} · lỗi{' '}
              {b.counts.failed ?? 0} · chờ bản quét {b.awaitingScans}
              {b.ocrSecondsPerPage !== null ? ` · OCR ${b.ocrSecondsPerPage} giây/trang` : ''}
            </span>
          </div>
          {uploading !== null && (
            <div style={{ minWidth: 240 }}>
              <div className="ar-muted">Đang tải bản quét lên</div>
              <Progress percent={uploading} size="small" />
            </div>
          )}
        </div>
      </Card>
      <Table<BatchItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={b.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
      />
    </div>
  );
}
