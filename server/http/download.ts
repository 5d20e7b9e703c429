// The one way a route sends a file: Word, Excel, PDF, zip, a stored scan. It names the file for the
// browser in Vietnamese (RFC 5987, with an ASCII fallback for old clients), never lets a private file
// be cached, and lets only our own pages frame a file shown inline.
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { AppEnv } from './env.ts';

/** Content-Disposition for a Vietnamese file name: ASCII fallback + UTF-8 name. */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface Download {
  /** The bytes, a web stream, or a Node stream / async iterable of chunks. */
  body: Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | Buffer>;
  name: string;
  type: string;
  /** Shown in the browser (a PDF in the viewer) rather than saved. */
  inline?: boolean;
  size?: number;
}

export function download(c: Context<AppEnv>, d: Download): Response {
  c.header('content-type', d.type);
  c.header('content-disposition', contentDisposition(d.inline ? 'inline' : 'attachment', d.name));
  c.header('cache-control', 'private, no-store');
  if (d.size !== undefined) c.header('content-length', String(d.size));
  if (d.inline) {
    // The file viewer frames this response on our own pages only.
    c.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    );
    c.header('x-frame-options', 'SAMEORIGIN');
  }
  const body = d.body;
  if (body instanceof Uint8Array) return c.body(new Uint8Array(body), 200);
  if (body instanceof ReadableStream) return c.body(body, 200);
  return stream(c, async (s) => {
    for await (const chunk of body) await s.write(chunk as Uint8Array);
  });
}
