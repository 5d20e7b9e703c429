import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/precompress.ts';
import {
  ASSETS_CACHE,
  PRIVATE_CACHE,
  PRIVATE_FILES_CACHE,
  PRIVATE_MAX_AGE_SECONDS,
} from './web/src/pwa-caches.ts';

const OUT = path.resolve('web/dist');

// The web client lives in web/ and is built to web/dist, which the server serves on its own port:
// one chunk per area (web/src/routes.tsx), an installable app with a service worker, and a brotli
// and a gzip copy of every text file (scripts/precompress.ts) for server/http/static.ts to send.
export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    VitePWA({
      // web/src/pwa.ts registers the worker after the page has loaded (and never under test).
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Văn phòng cấp ủy số',
        short_name: 'VP cấp ủy',
        description: 'Văn phòng cấp ủy số: văn bản, nhiệm vụ, họp chi bộ, đảng viên, lưu trữ.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f5f5f5',
        theme_color: '#b71c1c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Precache the app shell only: what index.html loads, the icons and the manifest. The areas'
        // chunks are cached when first opened (below): a member's phone never downloads the
        // archive's screens ahead of time.
        manifestTransforms: [
          async (entries) => {
            const html = readFileSync(path.join(OUT, 'index.html'), 'utf8');
            const shell = entries.filter((e) => !e.url.startsWith('assets/') || html.includes(`/${e.url}"`));
            return { manifest: shell, warnings: [] };
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/assets\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // Only the rules below are cached; every other /api answer goes to the network and is never
        // stored (private data on a shared device: docs/decisions.md).
        runtimeCaching: [
          {
            // The areas' chunks: hashed names, never changed, not private.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: {
              cacheName: ASSETS_CACHE,
              expiration: { maxEntries: 200 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // A meeting's document whose address carries its SHA-256: the bytes never change.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              request.method === 'GET' &&
              /^\/api\/meetings\/\d+\//.test(url.pathname) &&
              /[0-9a-f]{64}/.test(url.pathname + url.search),
            handler: 'CacheFirst',
            options: {
              cacheName: PRIVATE_FILES_CACHE,
              expiration: { maxEntries: 100, maxAgeSeconds: PRIVATE_MAX_AGE_SECONDS },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // The session, the home and the meetings a member opened (and their files without a
            // hash): fresh from the network when there is one, the last copy when offline.
            urlPattern: ({ url, request, sameOrigin }) =>
              sameOrigin &&
              request.method === 'GET' &&
              (url.pathname === '/api/auth/me' ||
                url.pathname === '/api/me/home' ||
                /^\/api\/meetings\/\d+(\/.*)?$/.test(url.pathname)),
            handler: 'NetworkFirst',
            options: {
              cacheName: PRIVATE_CACHE,
              networkTimeoutSeconds: 8,
              expiration: { maxEntries: 60, maxAgeSeconds: PRIVATE_MAX_AGE_SECONDS },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs (the shell, the homes and the libraries they use) in
          // one chunk: on a phone each extra request of the first load costs a round trip (0.56 s
          // on «Slow 4G»), so the first screen is two script requests, not seventeen. The areas
          // keep their own chunks, split automatically.
          groups: [{ name: 'shell', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
