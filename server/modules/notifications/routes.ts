import { createRoute } from '@hono/zod-openapi';
import { id, idParam, limitParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { NotificationPage, NotificationsMarked } from './presenter.ts';
import * as service from './service.ts';

const tag = ['Thông báo'];

export function notificationRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/notifications',
      tags: tag,
      summary: 'Thông báo của tôi, mới nhất trước, kèm số chưa đọc',
      request: {
        query: z.object({
          unread: z.enum(['0', '1']).optional(),
          cursor: idParam.optional(),
          limit: limitParam,
        }),
      },
      responses: responses(200, 'Thông báo', NotificationPage),
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await service.list(deps, requestCtx(c), {
          unreadOnly: q.unread === '1',
          limit: q.limit,
          cursor: q.cursor,
        }),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/notifications/read',
      tags: tag,
      summary: 'Đánh dấu đã đọc (một số hoặc tất cả)',
      request: {
        body: jsonBody(z.object({ ids: z.array(id).max(500).optional(), all: z.boolean().optional() })),
      },
      responses: responses(200, 'Số thông báo đã đánh dấu', NotificationsMarked),
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await service.markRead(deps, requestCtx(c), body.all ? 'all' : (body.ids ?? [])), 200);
    },
  );
  return r;
}
