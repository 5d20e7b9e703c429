// Route of the dashboard of late opinions and late signatures (Theo dõi thời hạn).
import { createRoute } from '@hono/zod-openapi';
import { isoDate, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../http/router.ts';
import { LateDashboard } from './presenter.ts';
import * as service from './service.ts';

export function lateRoutes(deps: Deps) {
  const r = createRouter({ from: 'Theo dõi từ ngày' });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/work-rules/late',
      tags: ['Quy chế làm việc'],
      summary: 'Ý kiến chậm và trình ký chậm so với quy chế, theo đơn vị (lãnh đạo, Văn phòng)',
      request: { query: z.object({ from: isoDate.optional() }) },
      responses: responses(200, 'Theo dõi thời hạn', LateDashboard),
    }),
    async (c) => c.json(await service.lateDashboard(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  return r;
}
