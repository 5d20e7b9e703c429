// The web client's files: compressed at build time (scripts/precompress.ts), sent in the encoding
// the browser accepts, with the right type, caching and validators; deep links get index.html with
// the first requests announced; a missing chunk is a 404, and nothing outside the build is served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress.ts';
import type { AppEnv } from './env.ts';
import { acceptedEncodings, mountWebClient } from './static.ts';

let base: string;
let dist: string;
let app: Hono<AppEnv>;
const script = `export const words = ${JSON.stringify('văn phòng cấp ủy số '.repeat(400))};\n`;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'vanphong-dist-'));
  dist = path.join(base, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(base, 'outside.txt'), 'không được đọc');
  mkdirSync(path.join(dist, 'icons'));
  writeFileSync(
    path.join(dist, 'index.html'),
    `<!doctype html><html lang="vi"><head><title>Văn phòng cấp ủy số</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${'<!-- đệm -->'.repeat(60)}</body></html>`,
  );
  writeFileSync(path.join(dist, 'assets/index-Ab12Cd34.js'), script);
  writeFileSync(
    path.join(dist, 'sw.js'),
    `self.addEventListener('fetch', () => {});\n${'// đệm\n'.repeat(200)}`,
  );
  writeFileSync(path.join(dist, 'manifest.webmanifest'), JSON.stringify({ name: 'Văn phòng cấp ủy số' }));
  writeFileSync(path.join(dist, 'icons/icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  writeFileSync(path.join(dist, '.secret'), 'không được đọc');
  const done = await precompressDir(dist);
  expect(done.find((d) => d.file === 'assets/index-Ab12Cd34.js')?.br).toBeLessThan(script.length / 5);
  expect(done.some((d) => d.file.endsWith('.png'))).toBe(false);
  app = new Hono<AppEnv>();
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  mountWebClient(app, dist);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });

describe('Accept-Encoding', () => {
  it('is read with its weights; brotli first at equal weight; identity unless refused', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('br;q=0.5, gzip;q=1')).toEqual(['gzip', 'br', 'identity']);
    expect(acceptedEncodings('gzip;q=0, br')).toEqual(['br', 'identity']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('identity;q=0, *;q=0.1')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
  });
});

describe('a hashed script', () => {
  it('is sent as brotli, gzip or as built, always with Vary, for a year', async () => {
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['', null, (b: Buffer) => b],
    ] as const) {
      const res = await get('/assets/index-Ab12Cd34.js', accept ? { 'accept-encoding': accept } : {});
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(body.length);
      expect(decode(body).toString('utf8')).toBe(script);
    }
  });

  it('answers 304 to its own ETag, per encoding', async () => {
    const first = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+-br"$/);
    expect(
      (await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'br', 'if-none-match': etag })).status,
    ).toBe(304);
    expect(
      (await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status,
    ).toBe(200);
  });

  it('a missing chunk is a 404, not the app’s page', async () => {
    const res = await get('/assets/index-Zz99.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
  });

  it('the compressed copies are never asked for by name', async () => {
    const res = await get('/assets/index-Ab12Cd34.js.br');
    expect(res.status).toBe(404);
  });
});

describe('the service worker, the manifest and the icons', () => {
  it('are revalidated (worker, manifest) or cached a day (icons), with their types', async () => {
    const sw = await get('/sw.js', { 'accept-encoding': 'br' });
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-encoding')).toBe('br');
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ name: 'Văn phòng cấp ủy số' });
    const icon = await get('/icons/icon-192.png', { 'accept-encoding': 'br, gzip' });
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(icon.headers.get('content-encoding')).toBeNull();
    expect(icon.headers.get('vary')).toBeNull();
    expect(icon.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});

describe('index.html', () => {
  it('is the answer to every page address, never cached without asking, with the first requests announced', async () => {
    const home = await get('/', { 'accept-encoding': 'gzip' });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('content-encoding')).toBe('gzip');
    expect(home.headers.get('vary')).toBe('Accept-Encoding');
    const html = gunzipSync(Buffer.from(await home.arrayBuffer())).toString('utf8');
    expect(html).toContain('<link rel="preload" href="/api/auth/me" as="fetch" crossorigin="anonymous">');
    expect(html).toContain('<link rel="preload" href="/api/me/home" as="fetch" crossorigin="anonymous">');

    const deep = await get('/van-ban/den');
    expect(deep.status).toBe(200);
    const page = await deep.text();
    expect(page).toContain('id="root"');
    expect(page).toContain('href="/api/auth/me"');
    expect(page).not.toContain('/api/me/home'); // only the home asks for the home's data
    const etag = deep.headers.get('etag') ?? '';
    expect((await get('/van-ban/den', { 'if-none-match': etag })).status).toBe(304);
  });

  it('serves nothing outside the build, nor hidden files; the API is not the app', async () => {
    for (const url of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/.secret',
      '/assets/..%2f..%2foutside.txt',
    ]) {
      const res = await get(url);
      expect(await res.text(), url).not.toContain('không được đọc');
    }
    expect((await get('/api/khong-co')).status).toBe(404);
    expect(await (await get('/api/health')).json()).toEqual({ status: 'ok' });
  });

  it('answers HEAD with the headers only', async () => {
    const res = await app.request('/assets/index-Ab12Cd34.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});
