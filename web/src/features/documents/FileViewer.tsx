// Shows a PDF (or a JPEG/PNG scan) inside the page. The file is fetched and framed as a blob: URL:
// the server's global security headers (X-Frame-Options: DENY, frame-ancestors 'none') replace the
// same-origin framing the file route asks for, so framing the route itself is refused.
import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { DocFile } from './types.ts';

export const VIEWABLE = new Set(['application/pdf', 'image/jpeg', 'image/png']);

async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const data = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new ApiError(
      res.status,
      data?.error?.code ?? 'http_error',
      data?.error?.message ?? `Lỗi máy chủ (${res.status}).`,
    );
  }
  return res.blob();
}

export function FileViewer({ documentId, file }: { documentId: number; file: DocFile }) {
  const url = `/api/documents/${documentId}/files/${file.id}?inline=1`;
  const blob = useQuery({
    // Not under ['documents']: invalidating a document must not fetch (and reload) its files again.
    queryKey: ['document-file', documentId, file.id],
    queryFn: () => fetchBlob(url),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60_000,
  });
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
