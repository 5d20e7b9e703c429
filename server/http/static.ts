// The built web client (web/dist) is served by the same server; every non-API path that is not a
// file gets index.html so that deep links such as /van-ban/den load the app.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export function mountWebClient(app: Hono<AppEnv>, dist = WEB_DIST): void {
  const indexFile = path.join(dist, 'index.html');
  const root = path.relative(process.cwd(), dist) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_p, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!existsSync(indexFile)) {
      return c.html(
        '<!doctype html><meta charset="utf-8"><title>vanphong</title><p>Giao diện web chưa được build. Chạy <code>npm run build</code> rồi khởi động lại.</p>',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
