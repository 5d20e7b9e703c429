// Routes of the early warning: the warnings of a subtree on a day, and the series behind one.
import { createRoute } from '@hono/zod-openapi';
import { INTEL_FIELD_LABELS, seriesQuery, warningsQuery } from '../../../../domain/intel/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../http/router.ts';
import { IntelSeries, IntelWarningList } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Thông tin tình hình'];

export function warningRoutes(deps: Deps) {
  const r = createRouter(INTEL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/warnings',
      tags: TAG,
      summary:
        'Cảnh báo sớm điểm nóng của một đơn vị và cấp dưới: lĩnh vực tăng rõ so với mức nền 12 tuần, tăng đồng loạt, tái phát',
      request: { query: warningsQuery },
      responses: responses(200, 'Các cảnh báo', IntelWarningList),
    }),
    async (c) => c.json(await service.warnings(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/series',
      tags: TAG,
      summary:
        'Số vụ việc theo tuần của một lĩnh vực ở một đơn vị (và cấp dưới): chuỗi số liệu sau một cảnh báo',
      request: { query: seriesQuery },
      responses: responses(200, 'Chuỗi số liệu', IntelSeries),
    }),
    async (c) => c.json(await service.series(deps, requestCtx(c), c.req.valid('query')), 200),
  );
  return r;
}
