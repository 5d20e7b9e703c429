// Read-your-writes with a read replica (db/read.ts): the caller's last write position comes in with
// the request (`x-read-after` header for API clients, `vp_read_after` cookie for the browser) and goes
// out after every write. Without DATABASE_READ_URL this does nothing and sets nothing.
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Deps } from '../deps.ts';
import type { AppEnv } from './env.ts';

export const READ_AFTER_COOKIE = 'vp_read_after';
export const READ_AFTER_HEADER = 'x-read-after';
/** After this long a write is taken as replayed everywhere (a replica lagging longer is an alert). */
const READ_AFTER_MAX_AGE_S = 300;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

export function readRouting(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const reads = deps.reads;
    if (!reads?.replica) return next();
    const sent = c.req.header(READ_AFTER_HEADER) ?? getCookie(c, READ_AFTER_COOKIE);
    c.set('readAfter', sent && LSN.test(sent) ? sent : undefined);
    await next();
    if (SAFE_METHODS.has(c.req.method) || c.res.status >= 400) return;
    // Taken after the handler's commit, so it covers everything the request wrote.
    const lsn = await reads.writePosition().catch(() => null);
    if (!lsn) return;
    c.header(READ_AFTER_HEADER, lsn);
    setCookie(c, READ_AFTER_COOKIE, lsn, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.config.secureCookies,
      maxAge: READ_AFTER_MAX_AGE_S,
    });
  };
}
