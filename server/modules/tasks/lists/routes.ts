// HTTP of the task lists and roll-ups: the list, the summary per child unit, a unit's totals, the
// monthly trend and directive tracking.
import { createRoute } from '@hono/zod-openapi';
import { summaryQuery, taskListQuery, trendQuery } from '../../../../domain/programs/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../http/router.ts';
import { TaskDirectives, TaskList, TaskSummary, TaskTotals, TaskTrend } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Nhiệm vụ'];

export function taskListRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/summary',
      tags,
      summary:
        'Tổng hợp theo từng đơn vị trực thuộc (cả cây con, theo đơn vị đang giữ nhiệm vụ, những nhiệm vụ bạn được xem): tổng, hoàn thành, đúng hạn, quá hạn, chậm báo cáo, đùn đẩy',
      request: { query: summaryQuery },
      responses: responses(200, 'Mảng các đơn vị con', TaskSummary),
    }),
    async (c) => c.json(await service.summary(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/totals',
      tags,
      summary: 'Số liệu chung của một đơn vị (cả cây con)',
      request: { query: summaryQuery },
      responses: responses(200, 'Tổng hợp', TaskTotals),
    }),
    async (c) => c.json(await service.totals(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/trend',
      tags,
      summary: 'Xu hướng theo tháng hạn: đúng hạn, quá hạn, chưa đến hạn',
      request: { query: trendQuery },
      responses: responses(200, 'Theo tháng', TaskTrend),
    }),
    async (c) => c.json(await service.trend(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/directives',
      tags,
      summary: 'Theo dõi theo văn bản chỉ đạo (số ký hiệu, ví dụ 34-CT/TU) với số nhiệm vụ từng trạng thái',
      request: { query: summaryQuery },
      responses: responses(200, 'Các văn bản chỉ đạo', TaskDirectives),
    }),
    async (c) => c.json(await service.directives(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks',
      tags,
      summary: 'Danh sách nhiệm vụ (của tôi, của đơn vị, theo văn bản chỉ đạo, theo trạng thái)',
      request: { query: taskListQuery },
      responses: responses(200, 'Nhiệm vụ, theo hạn', TaskList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  return r;
}
