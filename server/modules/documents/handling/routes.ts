// HTTP of directions, handling and the inboxes.
import { createRoute } from '@hono/zod-openapi';
import { directionBody, handlingBody, inboxQuery } from '../../../../domain/schemas/documents.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DocumentJson } from '../presenter.ts';
import { DocumentDirected, DocumentInbox } from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Văn bản'];

export function handlingRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/inbox',
      tags,
      summary: 'Văn bản chờ đơn vị hoặc chờ tôi xử lý: quá hạn và khẩn trước',
      request: { query: inboxQuery },
      responses: responses(200, 'Hộp văn bản', DocumentInbox),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(
        await service.inbox(deps, requestCtx(c), {
          scope: f.scope ?? 'unit',
          status: f.status,
          limit: f.limit,
          offset: f.offset ?? 0,
        }),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/directions',
      tags,
      summary: 'Ý kiến chỉ đạo: giao đơn vị chủ trì, phối hợp, hạn xử lý',
      request: { params: idPath, body: jsonBody(directionBody) },
      responses: responses(200, 'Ý kiến chỉ đạo đã ghi', DocumentDirected),
    }),
    async (c) =>
      c.json(
        await service.addDirection(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/handling',
      tags,
      summary: 'Cập nhật tình trạng xử lý của đơn vị hoặc của tôi',
      request: { params: idPath, body: jsonBody(handlingBody) },
      responses: responses(200, 'Văn bản', DocumentJson),
    }),
    async (c) =>
      c.json(
        await service.setHandling(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').status),
        200,
      ),
  );

  return r;
}
