// HTTP of a congress's delegates: add one (with the credentials check), remove one.
import { createRoute } from '@hono/zod-openapi';
import { CONGRESS_FIELD_LABELS, delegateBody } from '../../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DelegateJson } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];
const DelegateList = z.object({ items: z.array(DelegateJson) }).openapi('CongressDelegateList');

export function delegateRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/delegates',
      tags,
      summary:
        'Thêm đại biểu (chính thức, dự khuyết) và thẩm tra tư cách: có tên trong danh sách đảng viên của đơn vị, đảng viên chính thức, kỷ luật gần đây',
      request: { params: z.object({ id: idParam }), body: jsonBody(delegateBody) },
      responses: responses(201, 'Danh sách đại biểu', DelegateList),
    }),
    async (c) =>
      c.json(await service.add(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/congresses/{id}/delegates/{delegateId}',
      tags,
      summary: 'Bỏ một đại biểu khỏi danh sách',
      request: { params: z.object({ id: idParam, delegateId: idParam }) },
      responses: responses(200, 'Danh sách đại biểu', DelegateList),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service.remove(deps, requestCtx(c), p.id, p.delegateId), 200);
    },
  );

  return r;
}
