import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { RETRY_AFTER_UNAVAILABLE_SECONDS } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { HealthJson } from './presenter.ts';
import * as service from './service.ts';

const json = { 'application/json': { schema: HealthJson } };

export function healthRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['Hệ thống'],
      summary: 'Tình trạng máy chủ và loại cơ sở dữ liệu (embedded = PGlite, postgres = máy chủ PostgreSQL)',
      responses: {
        200: { description: 'Hoạt động bình thường', content: json },
        503: { description: 'Cơ sở dữ liệu không trả lời', content: json },
      },
    }),
    async (c) => {
      const h = await service.health(deps);
      if (h.status === 'ok') return c.json(h, 200);
      c.header('Retry-After', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
      return c.json(h, 503);
    },
  );
  return r;
}
