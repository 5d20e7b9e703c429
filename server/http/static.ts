// The built web client (web/dist) is served by the same server. Every file exists three times: as
// built, and compressed at build time as `.br` and `.gz` (scripts/precompress.ts); the browser gets
// the best encoding it accepts (Accept-Encoding with q-values), with `Vary: Accept-Encoding` on
// every answer that has variants. Hashed files (assets/, the workbox runtime) are cached for a year;
// index.html, the service worker and the web manifest are revalidated on every use (ETag → 304).
// Every other non-API path that is not a file gets index.html, so that deep links such as
// /van-ban/den load the app; a missing /assets/ file is a plain 404 (a stale page asking for a
// chunk of an older build must fail visibly, not receive HTML as script).
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './env.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Text, which the build compressed (the same list as scripts/precompress.ts). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;
/** Names that carry their content hash: never change, cached for a year. */
const HASHED = /^(assets\/.+|workbox-[0-9a-f]{8}\.js)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encodings a request accepts, best first: RFC 9110 §12.5.3 (q-values; `*`; `identity`
 * acceptable unless refused). Brotli is preferred to gzip at equal weight (smaller).
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (e: Encoding) => q.get(e) ?? q.get('*') ?? (e === 'identity' ? 0.001 : 0);
  const order: Encoding[] = ['br', 'gzip', 'identity'];
  return order.filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a));
}

/** The file under `dist` named by a URL path, or null (outside dist, a directory, hidden, missing). */
function fileOf(dist: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (
    !rel ||
    rel.includes('\0') ||
    rel.includes('\\') ||
    rel.split('/').some((s) => s === '..' || s.startsWith('.'))
  )
    return null;
  if (/\.(br|gz)$/.test(rel)) return null; // the variants are chosen, never asked for
  const file = path.join(dist, rel);
  if (!file.startsWith(dist + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function cacheControl(rel: string): string {
  if (HASHED.test(rel)) return IMMUTABLE;
  if (rel.startsWith('icons/') || rel === 'favicon.svg') return 'public, max-age=86400';
  return 'no-cache'; // index.html, sw.js, manifest.webmanifest: always revalidated
}

interface Variant {
  body: Uint8Array;
  etag: string;
}

/** A file, or its precompressed copy in the best encoding the request accepts. */
async function variantOf(file: string, accepted: Encoding[]): Promise<Variant & { encoding: Encoding }> {
  for (const encoding of accepted) {
    const p = encoding === 'br' ? `${file}.br` : encoding === 'gzip' ? `${file}.gz` : file;
    try {
      const st = statSync(p);
      if (!st.isFile()) continue;
      return {
        encoding,
        body: await readFile(p),
        etag: `W/"${st.size.toString(36)}-${Math.round(st.mtimeMs).toString(36)}-${encoding}"`,
      };
    } catch {
      // no such variant: try the next encoding
    }
  }
  const st = statSync(file);
  return {
    encoding: 'identity',
    body: await readFile(file),
    etag: `W/"${st.size.toString(36)}-${Math.round(st.mtimeMs).toString(36)}-identity"`,
  };
}

/**
 * index.html with what the page will ask for first announced in its head, so the browser fetches
 * it beside the scripts instead of after them (one round trip less on a slow phone): the session
 * on every page, and the home's data on the home. Built once per index.html and kept compressed.
 */
class IndexPages {
  private cache = new Map<string, Variant & { encoding: Encoding }>();
  private mtime = 0;

  constructor(private readonly file: string) {}

  get(home: boolean, encoding: Encoding): Variant & { encoding: Encoding } {
    const st = statSync(this.file);
    if (st.mtimeMs !== this.mtime) {
      this.cache.clear();
      this.mtime = st.mtimeMs;
    }
    const key = `${home ? 'home' : 'page'}:${encoding}`;
    let v = this.cache.get(key);
    if (!v) {
      const preload = (href: string) =>
        `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`;
      const links = [preload('/api/auth/me'), ...(home ? [preload('/api/me/home')] : [])].join('');
      const html = Buffer.from(readFileSync(this.file, 'utf8').replace('</head>', `${links}</head>`));
      const body = encoding === 'br' ? brotliCompressSync(html) : encoding === 'gzip' ? gzipSync(html) : html;
      v = {
        encoding,
        body,
        etag: `W/"${Math.round(st.mtimeMs).toString(36)}-${home ? 'h' : 'p'}-${encoding}"`,
      };
      this.cache.set(key, v);
    }
    return v;
  }
}

function send(
  c: Context<AppEnv>,
  v: Variant & { encoding: Encoding },
  type: string,
  cache: string,
  vary: boolean,
) {
  c.header('Content-Type', type);
  c.header('Cache-Control', cache);
  c.header('ETag', v.etag);
  if (vary) c.header('Vary', 'Accept-Encoding');
  if (v.encoding !== 'identity') c.header('Content-Encoding', v.encoding);
  const inm = c.req.header('if-none-match');
  if (inm?.split(',').some((t) => t.trim() === v.etag)) return c.body(null, 304);
  c.header('Content-Length', String(v.body.byteLength));
  if (c.req.method === 'HEAD') return c.body(null, 200);
  return c.body(v.body as Uint8Array<ArrayBuffer>, 200);
}

export function mountWebClient(app: Hono<AppEnv>, dist = WEB_DIST): void {
  const root = path.resolve(dist);
  const indexFile = path.join(root, 'index.html');
  const index = new IndexPages(indexFile);
  app.on(['GET', 'HEAD'], '*', async (c) => {
    const urlPath = c.req.path;
    if (urlPath.startsWith('/api/')) return c.notFound();
    const file = fileOf(root, urlPath);
    if (file && file !== indexFile) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const compressible = COMPRESSIBLE.test(rel);
      const v = await variantOf(file, compressible ? acceptedEncodings(c.req.header('accept-encoding')) : []);
      const type = TYPES[path.extname(rel)] ?? 'application/octet-stream';
      return send(c, v, type, cacheControl(rel), compressible);
    }
    if (urlPath.startsWith('/assets/')) {
      return c.text('Không tìm thấy tệp.', 404, { 'Cache-Control': 'no-store' });
    }
    let page: ReturnType<IndexPages['get']>;
    try {
      const accepted = acceptedEncodings(c.req.header('accept-encoding'));
      page = index.get(urlPath === '/' || urlPath === '/index.html', accepted[0] ?? 'identity');
    } catch {
      return c.html(
        '<!doctype html><meta charset="utf-8"><title>vanphong</title><p>Giao diện web chưa được build. Chạy <code>npm run build</code> rồi khởi động lại.</p>',
        503,
      );
    }
    return send(c, page, TYPES['.html'] as string, 'no-cache', true);
  });
}
