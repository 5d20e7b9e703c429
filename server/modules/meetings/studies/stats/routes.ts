// HTTP of the statistics of studying by unit.
import { createRoute } from '@hono/zod-openapi';
import { studyStatsQuery } from '../../../../../domain/studies/schemas.ts';
import type { Deps } from '../../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../../http/router.ts';
import { StudyStats } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Học tập nghị quyết'];

export function statsRoutes(deps: Deps) {
  const r = createRouter({ resolution: 'Nghị quyết' });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/stats',
      tags,
      summary:
        'Thống kê học tập theo đơn vị: số dự kiến, đã học, học bù, chưa học, bài thu hoạch đã nộp, đã chấm, đạt',
      request: { query: studyStatsQuery },
      responses: responses(200, 'Thống kê theo đơn vị', StudyStats),
    }),
    async (c) => c.json(await service.byUnit(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  return r;
}
