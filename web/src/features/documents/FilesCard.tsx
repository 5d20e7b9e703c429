// The files of a document: what was read from each (text, OCR), downloads, a viewer for PDFs, and
// the upload with a real progress bar. An issued document takes only its signed original (a scan of
// the signed paper, or the digitally signed file); each file then shows its kind.
import { DownloadOutlined, EyeOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTimeVi } from '../../lib/format.ts';
import { type DocumentDetail, type DocumentFile, fileUrl } from './api.ts';
import { FileViewer, VIEWABLE } from './FileViewer.tsx';
import { formatSize } from './labels.tsx';
import { UploadButton } from './UploadButton.tsx';

const EXTRACTION_COLORS: Record<string, string> = {
  pending: 'processing',
  ocr_pending: 'processing',
  done: 'green',
  ocr_unavailable: 'orange',
  failed: 'red',
};
const SHORT_LABELS: Record<string, string> = {
  pending: 'Đang trích xuất chữ',
  ocr_pending: 'Đang nhận dạng chữ (OCR)',
  done: 'Đã trích xuất chữ',
  ocr_unavailable: 'Chưa nhận dạng chữ',
  failed: 'Trích xuất thất bại',
};

const isPdf = (f: DocumentFile) => f.mime === 'application/pdf';
const viewable = (f: DocumentFile) => VIEWABLE.has(f.mime);

function FileRow({
  doc,
  file,
  viewing,
  onView,
  showKind,
}: {
  doc: DocumentDetail;
  file: DocumentFile;
  viewing: boolean;
  onView: () => void;
  showKind: boolean;
}) {
  const url = fileUrl(doc.id, file.id);
  return (
    <li className="doc-file" data-testid="doc-file">
      <div className="doc-file-main">
        {isPdf(file) ? (
          <FilePdfOutlined className="doc-file-icon" />
        ) : (
          <FileOutlined className="doc-file-icon" />
        )}
        <div>
          <Typography.Text strong>{file.name}</Typography.Text>
          {showKind && ' '}
          {showKind && (
            <Tag
              color={file.kind === 'signed_original' ? 'geekblue' : 'default'}
              className="doc-file-kind"
              data-testid="doc-file-kind"
            >
              {file.kindLabel}
            </Tag>
          )}
          <div>
            <Typography.Text type="secondary">
              {formatSize(file.size)} · {formatDateTimeVi(file.createdAt)}
              {file.textChars > 0 ? ` · ${file.textChars.toLocaleString('vi-VN')} ký tự` : ''}
            </Typography.Text>{' '}
            <Tag color={EXTRACTION_COLORS[file.extraction] ?? 'default'} title={file.extractionLabel}>
              {SHORT_LABELS[file.extraction] ?? file.extractionLabel}
            </Tag>
          </div>
        </div>
      </div>
      <Space wrap size={4}>
        {viewable(file) && (
          <Button size="small" icon={<EyeOutlined />} type={viewing ? 'primary' : 'default'} onClick={onView}>
            Xem
          </Button>
        )}
        <Button size="small" icon={<DownloadOutlined />} href={url}>
          Tải về
        </Button>
        {file.hasOcrPdf && (
          <Button size="small" icon={<DownloadOutlined />} href={`${url}?variant=ocr`}>
            Bản PDF/A có lớp chữ
          </Button>
        )}
      </Space>
      {file.extraction === 'ocr_unavailable' && (
        <Alert
          type="warning"
          showIcon
          className="doc-file-alert"
          title="Máy chủ chưa cài phần mềm nhận dạng chữ (OCR)"
          description="Tệp đã được lưu an toàn và xem, tải về bình thường, nhưng chữ trong ảnh quét chưa tìm kiếm được. Khi quản trị cài ocrmypdf và tesseract-ocr-vie, hãy tải tệp lên lại."
        />
      )}
      {file.extraction === 'failed' && (
        <Alert
          type="error"
          showIcon
          className="doc-file-alert"
          title="Không trích xuất được chữ của tệp"
          description={file.extractionError ?? undefined}
        />
      )}
    </li>
  );
}

export function FilesCard({
  doc,
  canUpload,
  canUploadSignedOriginal,
}: {
  doc: DocumentDetail;
  canUpload: boolean;
  canUploadSignedOriginal: boolean;
}) {
  const first = doc.files.find(isPdf) ?? doc.files.find(viewable);
  const [viewing, setViewing] = useState<number | null>(null);
  const shown = doc.files.find((f) => f.id === (viewing ?? first?.id));
  // Which file is the signed original matters once the document is issued.
  const showKind = doc.status === 'issued' || doc.files.some((f) => f.kind === 'signed_original');
  return (
    <Card title={`Tệp đính kèm (${doc.files.length})`} size="small" className="doc-card">
      {canUpload && <UploadButton documentId={doc.id} />}
      {canUploadSignedOriginal && <UploadButton documentId={doc.id} kind="signed_original" />}
      {doc.files.length === 0 ? (
        <Typography.Text type="secondary">
          {canUpload
            ? 'Chưa có tệp. Tải lên bản PDF, Word hoặc ảnh quét.'
            : canUploadSignedOriginal
              ? 'Chưa có tệp. Tải lên bản gốc đã ký (bản quét hoặc tệp đã ký số).'
              : 'Chưa có tệp đính kèm.'}
        </Typography.Text>
      ) : (
        <ul className="doc-files">
          {doc.files.map((f) => (
            <FileRow
              key={f.id}
              doc={doc}
              file={f}
              viewing={shown?.id === f.id}
              onView={() => setViewing(f.id)}
              showKind={showKind}
            />
          ))}
        </ul>
      )}
      {shown && viewable(shown) && <FileViewer documentId={doc.id} file={shown} />}
    </Card>
  );
}
