// The request pipeline before a route: request id, client address, security headers, access log,
// authentication (cookie or Bearer), CSRF for cookie mutations, and the TOTP-enrolment gate.

import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { safeEqual } from '../auth/crypto.ts';
import { SESSION_COOKIE, SessionCache, sessionActor, tokenActor } from '../auth/sessions.ts';
import type { Deps } from '../deps.ts';
import type { AppEnv } from './env.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';

export function requestIdentity(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    c.set('auth', null);
    c.set('ip', clientIp(c, deps.config.trustProxy));
    c.header('x-request-id', id);
    await next();
  };
}

function clientIp(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // in-process requests (tests) have no socket
  }
}

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Ant Design injects its CSS-in-JS styles at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
  // Routes may set their own (the file viewer allows framing by our own pages).
  overwrite: false,
});

export function accessLog(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = Math.round((performance.now() - start) * 10) / 10;
    if (!c.req.path.startsWith('/api/')) return;
    deps.log.info(
      {
        req: { id: c.get('requestId'), method: c.req.method, path: c.req.path, ip: c.get('ip') },
        res: { status: c.res.status },
        userId: c.get('auth')?.actor.userId,
        ms,
      },
      'request',
    );
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Reachable while a session must still enrol its second factor.
const ENROLMENT_PATHS = /^\/api\/auth\/(me|logout|totp\/setup|totp\/enable|password)$/;

/** The session cache's lifetime: the setting, else 30 s on PGlite (one process) and off on PostgreSQL. */
export function sessionCacheMs(deps: Deps): number {
  const ms = deps.config.sessionCacheMs ?? (deps.database.backend === 'embedded' ? 30_000 : 0);
  // An entry never outlives half the idle timeout, so idling out is never postponed by more.
  return Math.min(ms, (deps.config.sessionIdleMinutes * 60_000) / 2);
}

export function authenticate(deps: Deps): MiddlewareHandler<AppEnv> {
  // Made at the first request: the app may be composed without a database (the OpenAPI document).
  let made: SessionCache | undefined;
  return async (c, next) => {
    made ??= new SessionCache(sessionCacheMs(deps));
    const cache = made;
    if (SAFE_METHODS.has(c.req.method)) return authenticated(deps, cache, c, next);
    // A write may end sessions or change accounts (logout, password, role, unit, disabling): the
    // remembered sessions are forgotten once it is done, before its answer leaves.
    try {
      return await authenticated(deps, cache, c, next);
    } finally {
      cache.clear();
    }
  };
}

async function authenticated(deps: Deps, cache: SessionCache, c: Context<AppEnv>, next: Next) {
  const header = c.req.header('authorization');
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = m ? await tokenActor(deps.database.db, m[1] as string) : undefined;
    // A token that is wrong, revoked, or whose account is disabled never falls back to the cookie.
    if (!actor)
      throw new UnauthenticatedError('invalid_token', 'Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi.');
    c.set('auth', { actor, via: 'token' });
    return next();
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) {
    const found = await sessionActor(deps.database.db, cookie, deps.config.sessionIdleMinutes, cache);
    if (found) {
      if (!SAFE_METHODS.has(c.req.method)) {
        const sent = c.req.header('x-csrf-token') ?? '';
        if (!safeEqual(sent, found.session.csrfToken)) {
          throw new ForbiddenError(
            'csrf_failed',
            'Thiếu hoặc sai mã chống giả mạo (x-csrf-token). Hãy tải lại trang.',
          );
        }
      }
      if (found.session.needsTotpEnrolment && !ENROLMENT_PATHS.test(c.req.path)) {
        throw new ForbiddenError(
          'totp_enrolment_required',
          'Tài khoản của bạn phải bật xác thực hai lớp trước khi tiếp tục.',
        );
      }
      c.set('auth', { actor: found.actor, via: 'cookie', session: found.session });
    }
  }
  return next();
}
