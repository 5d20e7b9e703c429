// Factories for documents through the API.
import type { Client } from './app.ts';

export async function outgoing(c: Client, orgId: number, extra: Record<string, unknown> = {}) {
  const res = await c.post('/api/documents', {
    direction: 'out',
    typeCode: 'CT',
    summary: 'về tăng cường công tác giải phóng mặt bằng',
    orgId,
    secrecy: 0,
    urgency: 0,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`create outgoing failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number; [k: string]: unknown };
}

export async function incoming(c: Client, orgId: number, extra: Record<string, unknown> = {}) {
  const res = await c.post('/api/documents', {
    direction: 'in',
    typeCode: 'CV',
    summary: 'về việc báo cáo kết quả thực hiện nhiệm vụ',
    orgId,
    secrecy: 0,
    urgency: 0,
    issuer: 'Văn phòng Trung ương Đảng',
    symbol: `${Math.floor(Math.random() * 100000)}-CV/VPTW`,
    issuedOn: '2026-03-05',
    receivedOn: '2026-03-07',
    ...extra,
  });
  if (res.status !== 201) throw new Error(`register incoming failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: number; incomingNumber: number; [k: string]: unknown };
}

export async function upload(
  c: Client,
  documentId: number,
  name: string,
  data: Uint8Array | Buffer,
  type = 'application/octet-stream',
  kind?: string,
) {
  const form = new FormData();
  if (kind !== undefined) form.append('kind', kind);
  form.append('file', new Blob([new Uint8Array(data)], { type }), name);
  return c.request('POST', `/api/documents/${documentId}/files`, form);
}
