// HTTP of programme items: add, change, remove (an approved programme's changes carry a reason).
import { createRoute } from '@hono/zod-openapi';
import { createItemBody, reasonQuery, updateItemBody } from '../../../../domain/programs/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../../http/router.ts';
import { ProgramItem } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Chương trình công tác'];
const idPath = z.object({ id: idParam });
const itemPath = z.object({ id: idParam, itemId: idParam });

export function itemRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{id}/items',
      tags,
      summary: 'Thêm nội dung, nhiệm vụ vào chương trình (đã phê duyệt thì phải ghi lý do)',
      request: { params: idPath, body: jsonBody(createItemBody) },
      responses: responses(201, 'Mục đã thêm', ProgramItem),
    }),
    async (c) =>
      c.json(await service.addItem(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{id}/items/{itemId}',
      tags,
      summary: 'Sửa một mục (viết lại cho phù hợp đơn vị, đơn vị chủ trì, thời hạn…)',
      request: { params: itemPath, body: jsonBody(updateItemBody) },
      responses: responses(200, 'Mục sau khi sửa', ProgramItem),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(await service.updateItem(deps, requestCtx(c), id, itemId, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{id}/items/{itemId}',
      tags,
      summary:
        'Xóa một mục và các mục con (đã phê duyệt thì phải ghi lý do; mục đã giao nhiệm vụ không xóa được)',
      request: { params: itemPath, query: reasonQuery },
      responses: noContent('Đã xóa'),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await service.deleteItem(deps, requestCtx(c), id, itemId, c.req.valid('query').reason);
      return c.body(null, 204);
    },
  );

  return r;
}
