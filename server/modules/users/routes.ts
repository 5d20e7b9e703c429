import { createRoute } from '@hono/zod-openapi';
import { ROLES } from '../../../domain/roles.ts';
import { createUserBody, resetPasswordBody, updateUserBody } from '../../../domain/schemas/users.ts';
import { idParam, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../http/router.ts';
import { UserJson, UserList } from './presenter.ts';
import * as service from './service.ts';
import { tokenRoutes } from './tokens/routes.ts';

const idPath = z.object({ id: idParam });
const tag = ['Tài khoản'];

const listQuery = z.object({
  orgId: idParam.optional(),
  role: z.enum(ROLES).optional(),
  q: text(100, 0).optional(),
  includeDisabled: z.enum(['0', '1']).optional(),
});

export function userRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/users',
      tags: tag,
      summary: 'Tài khoản trong phạm vi của bạn, xếp theo tên',
      request: { query: listQuery },
      responses: responses(200, 'Danh sách tài khoản', UserList),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(
        await service.list(deps, requestCtx(c), {
          orgId: f.orgId,
          role: f.role,
          q: f.q || undefined,
          includeDisabled: f.includeDisabled === '1',
        }),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/users',
      tags: tag,
      summary: 'Tạo tài khoản',
      request: { body: jsonBody(createUserBody) },
      responses: responses(201, 'Tài khoản đã tạo', UserJson),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/users/{id}',
      tags: tag,
      summary: 'Một tài khoản',
      request: { params: idPath },
      responses: responses(200, 'Tài khoản', UserJson),
    }),
    async (c) => c.json(await service.get(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{id}',
      tags: tag,
      summary: 'Sửa tài khoản: họ tên, đơn vị, vai trò, mức tiếp cận, khóa/mở khóa',
      request: { params: idPath, body: jsonBody(updateUserBody) },
      responses: responses(200, 'Tài khoản sau khi sửa', UserJson),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{id}/reset-password',
      tags: tag,
      summary: 'Đặt lại mật khẩu (kết thúc mọi phiên của tài khoản)',
      request: { params: idPath, body: jsonBody(resetPasswordBody) },
      responses: noContent('Đã đặt lại'),
    }),
    async (c) => {
      await service.resetPassword(
        deps,
        requestCtx(c),
        c.req.valid('param').id,
        c.req.valid('json').newPassword,
      );
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{id}/totp/reset',
      tags: tag,
      summary: 'Gỡ xác thực hai lớp (khi mất điện thoại)',
      request: { params: idPath },
      responses: noContent('Đã gỡ'),
    }),
    async (c) => {
      await service.resetTotp(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.route('/', tokenRoutes(deps));
  return r;
}
