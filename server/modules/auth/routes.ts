import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { changePasswordBody, loginBody, totpCodeBody } from '../../../domain/schemas/auth.ts';
import { SESSION_COOKIE } from '../../auth/sessions.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../http/router.ts';
import { LoginJson, MeJson, PasswordChanged, TotpSetupJson } from './presenter.ts';
import * as service from './service.ts';

const tag = ['Đăng nhập'];

export function authRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: tag,
      summary: 'Đăng nhập; trả về người dùng và mã chống giả mạo (csrfToken) kèm cookie phiên',
      request: { body: jsonBody(loginBody) },
      responses: responses(200, 'Đã đăng nhập', LoginJson),
    }),
    async (c) => {
      const result = await service.login(
        deps,
        requestCtx(c),
        c.req.valid('json'),
        c.req.header('user-agent') ?? null,
      );
      setCookie(c, SESSION_COOKIE, result.cookieValue, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.config.secureCookies,
        path: '/',
        expires: result.expiresAt,
      });
      return c.json(
        { user: result.user, csrfToken: result.csrfToken, mustEnrolTotp: result.mustEnrolTotp },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: tag,
      summary: 'Đăng xuất (kết thúc phiên hiện tại)',
      responses: noContent('Đã đăng xuất'),
    }),
    async (c) => {
      await service.logout(deps, requestCtx(c), c.get('auth')?.session?.id);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/me',
      tags: tag,
      summary: 'Người dùng hiện tại',
      responses: responses(200, 'Người dùng', MeJson),
    }),
    async (c) => c.json(await service.me(deps, requestCtx(c), c.get('auth')?.session), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: tag,
      summary: 'Đổi mật khẩu (kết thúc các phiên khác)',
      request: { body: jsonBody(changePasswordBody) },
      responses: responses(200, 'Đã đổi', PasswordChanged),
    }),
    async (c) =>
      c.json(
        await service.changePassword(deps, requestCtx(c), c.get('auth')?.session?.id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/totp/setup',
      tags: tag,
      summary: 'Bắt đầu đăng ký xác thực hai lớp: trả về khóa bí mật và mã QR (otpauth://)',
      responses: responses(200, 'Khóa bí mật', TotpSetupJson),
    }),
    async (c) => c.json(await service.totpSetup(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/totp/enable',
      tags: tag,
      summary: 'Xác nhận mã đầu tiên để bật xác thực hai lớp',
      request: { body: jsonBody(totpCodeBody) },
      responses: noContent('Đã bật'),
    }),
    async (c) => {
      await service.totpEnable(deps, requestCtx(c), c.get('auth')?.session?.id, c.req.valid('json').code);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/totp/disable',
      tags: tag,
      summary: 'Tắt xác thực hai lớp (khi quy định không bắt buộc)',
      request: { body: jsonBody(totpCodeBody) },
      responses: noContent('Đã tắt'),
    }),
    async (c) => {
      await service.totpDisable(deps, requestCtx(c), c.req.valid('json').code);
      return c.body(null, 204);
    },
  );

  return r;
}
