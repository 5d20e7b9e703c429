// The installable app: registers the service worker (built by vite-plugin-pwa, rules in
// vite.config.ts) once the page has loaded, and empties the private caches at logout. Everything
// works without it: browsers without service workers, the dev server, and the browser tests, which
// start Chromium with service workers blocked unless a test asks for them.
/// <reference types="vite/client" />
import { PRIVATE_CACHE, PRIVATE_FILES_CACHE } from './pwa-caches.ts';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No worker (blocked, private mode): the app simply works online only.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Forgets the signed-in person's data kept for offline reading (the home, the session, opened
 * meetings and their documents): at logout, and when the server says the session is over, so the
 * next person on a shared phone finds nothing of theirs.
 */
export async function clearPrivateCaches(): Promise<void> {
  if (!('caches' in window)) return;
  await Promise.all([caches.delete(PRIVATE_CACHE), caches.delete(PRIVATE_FILES_CACHE)]);
}
