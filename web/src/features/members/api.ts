// Requests of the members area beyond plain JSON: file downloads (Excel, Word) with the server's
// Vietnamese error, and the import upload with two progress bars — the upload itself (XHR) and the
// server's reading and saving, which it streams as NDJSON lines until the result.
import { ApiError, getCsrfToken } from '../../api/client.ts';

export const memberKeys = {
  all: ['members'] as const,
  list: (params: object) => ['members', 'list', params] as const,
  detail: (id: number) => ['members', 'detail', id] as const,
};

export { downloadFile as download } from '../../api/files.ts';

export interface ImportProgress {
  phase: 'checking' | 'reading' | 'done';
  fraction: number;
  rowsRead: number;
  rowsTotal: number | null;
  imported: number;
  rejected: number;
}

export interface ImportResult {
  imported: number;
  rejected: { row: number; reason: string }[];
  importId: number;
}

/**
 * Uploads the workbook and follows the import: `onUpload` gets the share sent (0–1), `onProgress`
 * the server's progress lines; resolves with the result once the server has committed.
 */
export function importMembers(
  file: File,
  orgId: number,
  onUpload: (fraction: number) => void,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/members/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    let seen = 0;
    let result: ImportResult | null = null;
    let failure: ApiError | null = null;
    const consume = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of text.slice(seen, end).split('\n')) {
        if (!line.trim()) continue;
        try {
          const msg = JSON.parse(line) as {
            progress?: ImportProgress;
            result?: ImportResult;
            error?: { code: string; message: string };
            status?: number;
          };
          if (msg.progress) onProgress(msg.progress);
          if (msg.result) result = msg.result;
          if (msg.error) failure = new ApiError(msg.status ?? 500, msg.error.code, msg.error.message);
        } catch {
          // A partial line: read again with the next chunk.
        }
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onUpload(e.loaded / e.total);
    };
    xhr.upload.onload = () => onUpload(1);
    xhr.onprogress = consume;
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        let err: { code?: string; message?: string } | undefined;
        try {
          err = (JSON.parse(xhr.responseText) as { error?: { code?: string; message?: string } }).error;
        } catch {
          err = undefined;
        }
        const fallback =
          xhr.status === 413 ? 'Tệp quá lớn so với giới hạn của máy chủ.' : `Lỗi máy chủ (${xhr.status}).`;
        reject(new ApiError(xhr.status, err?.code ?? 'http_error', err?.message ?? fallback));
        return;
      }
      consume();
      if (failure) reject(failure);
      else if (result) resolve(result);
      else
        reject(new Error('Máy chủ không trả lời đủ kết quả nhập. Hãy xem lại danh sách trước khi nhập lại.'));
    };
    xhr.onerror = () => reject(new Error('Mất kết nối tới máy chủ khi nhập danh sách.'));
    const body = new FormData();
    body.append('orgId', String(orgId));
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

export const money = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : `${n.toLocaleString('vi-VN')} đ`;
