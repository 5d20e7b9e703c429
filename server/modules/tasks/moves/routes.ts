// HTTP of extensions and transfers of a task.
import { createRoute } from '@hono/zod-openapi';
import { extendTaskBody, transferTaskBody } from '../../../../domain/programs/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses, validationHook } from '../../../http/router.ts';
import { TaskJson } from '../presenter.ts';
import * as service from './service.ts';

const tags = ['Nhiệm vụ'];
const idPath = z.object({ id: idParam });
const transferHook = validationHook({ orgId: 'Đơn vị nhận' });
const extendHook = validationHook({ dueOn: 'Hạn mới' });

export function moveRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/extend',
      tags,
      summary: 'Gia hạn (bắt buộc lý do; được đếm)',
      request: { params: idPath, body: jsonBody(extendTaskBody) },
      responses: responses(200, 'Nhiệm vụ sau khi gia hạn', TaskJson),
    }),
    async (c) =>
      c.json(await service.extend(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
    extendHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/transfer',
      tags,
      summary: 'Chuyển đơn vị chủ trì (bắt buộc lý do; được đếm; quay lại đơn vị đã chuyển đi là đùn đẩy)',
      request: { params: idPath, body: jsonBody(transferTaskBody) },
      responses: responses(200, 'Nhiệm vụ sau khi chuyển', TaskJson),
    }),
    async (c) =>
      c.json(await service.transfer(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
    transferHook,
  );

  return r;
}
