// Files over HTTP, for every area: uploads with a progress bar (fetch cannot report upload progress,
// XMLHttpRequest can) and downloads of generated files (Word, Excel, zip), both turning a failure
// into ApiError with the server's Vietnamese message and everything else it said (details).
import { ApiError, getCsrfToken } from './client.ts';

type ErrorBody = {
  error?: { code?: string; message?: string; fields?: ApiError['fields'] } & Record<string, unknown>;
};

function apiErrorOf(status: number, data: unknown): ApiError {
  const err = (data as ErrorBody | null)?.error;
  const fallback = status === 413 ? 'Tệp quá lớn so với giới hạn của máy chủ.' : `Lỗi máy chủ (${status}).`;
  return new ApiError(
    status,
    err?.code ?? 'http_error',
    err?.message ?? fallback,
    err?.fields,
    (err ?? {}) as Record<string, unknown>,
  );
}

/** POST multipart with upload progress (0–100); resolves with the JSON answer. */
export function uploadForm<T>(
  url: string,
  body: FormData,
  onProgress?: (percent: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        data = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(apiErrorOf(xhr.status, data));
    };
    xhr.onerror = () => reject(new Error('Mất kết nối tới máy chủ khi tải tệp lên.'));
    xhr.send(body);
  });
}

/** Downloads a file the server produces, under the name it gives (RFC 5987) or the fallback. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw apiErrorOf(res.status, await res.json().catch(() => null));
  const blob = await res.blob();
  const star = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = star ? decodeURIComponent(star) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
