import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { changePasswordBody, loginBody, tokenBody, totpCodeBody } from '../../../domain/schemas/auth.ts';
import { idParam, z } from '../../../domain/validation.ts';
import { SESSION_COOKIE } from '../../auth/sessions.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, requireActor, legacyResponses } from '../../http/router.ts';
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
      responses: { ...legacyResponses(200, 'Đã đăng nhập'), 429: { description: 'Sai quá nhiều lần' } },
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
      responses: legacyResponses(204, 'Đã đăng xuất'),
    }),
    async (c) => {
      requireActor(c);
      const session = c.get('auth')?.session;
      if (session) await service.logout(deps, requestCtx(c), session.id);
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
      responses: legacyResponses(200, 'Người dùng'),
    }),
    async (c) => {
      const actor = requireActor(c);
      const auth = c.get('auth');
      return c.json(
        {
          user: await service.me(deps.database.db, actor),
          csrfToken: auth?.session?.csrfToken ?? null,
          mustEnrolTotp: auth?.session?.needsTotpEnrolment ?? false,
        },
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/password',
      tags: tag,
      summary: 'Đổi mật khẩu (kết thúc các phiên khác)',
      request: { body: jsonBody(changePasswordBody) },
      responses: legacyResponses(200, 'Đã đổi'),
    }),
    async (c) => {
      requireActor(c);
      const out = await service.changePassword(
        deps,
        requestCtx(c),
        c.get('auth')?.session?.id,
        c.req.valid('json'),
      );
      return c.json(out, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/tokens',
      tags: tag,
      summary: 'Mã truy cập cá nhân của bạn',
      responses: legacyResponses(200, 'Danh sách'),
    }),
    async (c) => c.json({ items: await service.listTokens(deps.database.db, requireActor(c)) }, 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/tokens',
      tags: tag,
      summary: 'Tạo mã truy cập cá nhân (Bearer) cho script; chỉ hiện một lần',
      request: { body: jsonBody(tokenBody) },
      responses: legacyResponses(201, 'Mã truy cập'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(await service.createToken(deps, requestCtx(c), c.req.valid('json').name), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/auth/tokens/{id}',
      tags: tag,
      summary: 'Thu hồi mã truy cập',
      request: { params: z.object({ id: idParam }) },
      responses: legacyResponses(204, 'Đã thu hồi'),
    }),
    async (c) => {
      requireActor(c);
      await service.revokeToken(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/totp/setup',
      tags: tag,
      summary: 'Bắt đầu đăng ký xác thực hai lớp: trả về khóa bí mật và mã QR (otpauth://)',
      responses: legacyResponses(200, 'Khóa bí mật'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(await service.totpSetup(deps, requestCtx(c)), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/totp/enable',
      tags: tag,
      summary: 'Xác nhận mã đầu tiên để bật xác thực hai lớp',
      request: { body: jsonBody(totpCodeBody) },
      responses: legacyResponses(204, 'Đã bật'),
    }),
    async (c) => {
      requireActor(c);
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
      responses: legacyResponses(204, 'Đã tắt'),
    }),
    async (c) => {
      requireActor(c);
      await service.totpDisable(deps, requestCtx(c), c.req.valid('json').code);
      return c.body(null, 204);
    },
  );

  return r;
}
