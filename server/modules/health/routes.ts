import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps.ts';
import { RETRY_AFTER_UNAVAILABLE_SECONDS } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';

export function healthRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['Hệ thống'],
      summary: 'Tình trạng máy chủ và loại cơ sở dữ liệu (embedded = PGlite, postgres = máy chủ PostgreSQL)',
      responses: {
        200: { description: 'Hoạt động bình thường' },
        503: { description: 'Cơ sở dữ liệu không trả lời' },
      },
    }),
    async (c) => {
      try {
        await deps.database.db.execute(sql`SELECT 1`);
        return c.json({ status: 'ok', database: deps.database.backend }, 200);
      } catch {
        c.header('Retry-After', String(RETRY_AFTER_UNAVAILABLE_SECONDS));
        return c.json({ status: 'unavailable', database: deps.database.backend }, 503);
      }
    },
  );
  return r;
}
