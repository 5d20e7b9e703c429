import { createRoute } from '@hono/zod-openapi';
import { tokenBody } from '../../../../domain/schemas/auth.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../../http/router.ts';
import { ApiTokenList, NewApiTokenJson } from './presenter.ts';
import * as service from './service.ts';

const tag = ['Đăng nhập'];

export function tokenRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/auth/tokens',
      tags: tag,
      summary: 'Mã truy cập cá nhân của bạn',
      responses: responses(200, 'Danh sách', ApiTokenList),
    }),
    async (c) => c.json(await service.listTokens(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/tokens',
      tags: tag,
      summary: 'Tạo mã truy cập cá nhân (Bearer) cho script; chỉ hiện một lần',
      request: { body: jsonBody(tokenBody) },
      responses: responses(201, 'Mã truy cập', NewApiTokenJson),
    }),
    async (c) => c.json(await service.createToken(deps, requestCtx(c), c.req.valid('json').name), 201),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/auth/tokens/{id}',
      tags: tag,
      summary: 'Thu hồi mã truy cập',
      request: { params: z.object({ id: idParam }) },
      responses: noContent('Đã thu hồi'),
    }),
    async (c) => {
      await service.revokeToken(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
