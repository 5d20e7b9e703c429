// The names of the service worker's caches, shared by the build (vite.config.ts, which writes the
// worker's rules) and the client (web/src/pwa.ts, which empties the private ones at logout).
// docs/decisions.md, "Installable app and offline reading", says what goes where and why.

/** The app's own code: hashed chunks, never private. */
export const ASSETS_CACHE = 'vp-assets';
/** A member's home, session and opened meetings (JSON, network first). Emptied at logout. */
export const PRIVATE_CACHE = 'vp-private';
/** Meeting documents whose address names their content hash (never change: cache first). Emptied at logout. */
export const PRIVATE_FILES_CACHE = 'vp-private-files';
/** How long private answers may be read offline after they were fetched. */
export const PRIVATE_MAX_AGE_SECONDS = 14 * 24 * 3600;
