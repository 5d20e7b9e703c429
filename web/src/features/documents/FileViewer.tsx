// Shows a PDF (or a JPEG/PNG scan) inside the page. The file is fetched and framed as a blob: URL:
// the server's global security headers (X-Frame-Options: DENY, frame-ancestors 'none') replace the
// same-origin framing the file route asks for, so framing the route itself is refused.
import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { type DocumentFile, fileUrl, useFileBlob } from './api.ts';

export const VIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function FileViewer({ documentId, file }: { documentId: number; file: DocumentFile }) {
  const url = `${fileUrl(documentId, file.id)}?inline=1`;
  const blob = useFileBlob(documentId, file.id);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!blob.data) return;
    const href = URL.createObjectURL(blob.data);
    setSrc(href);
    return () => {
      URL.revokeObjectURL(href);
      setSrc(null);
    };
  }, [blob.data]);

  if (blob.isError)
    return <Alert type="error" showIcon title={blob.error.message} className="doc-viewer-error" />;
  if (!src) {
    return (
      <div className="doc-viewer doc-viewer-loading">
        <Spin />
      </div>
    );
  }
  return file.mime === 'application/pdf' ? (
    <iframe
      className="doc-viewer"
      title={`Xem tệp ${file.name}`}
      src={src}
      data-testid="doc-viewer"
      data-file={url}
    />
  ) : (
    <div className="doc-viewer doc-viewer-image">
      <img src={src} alt={`Ảnh quét ${file.name}`} data-testid="doc-viewer" data-file={url} />
    </div>
  );
}
