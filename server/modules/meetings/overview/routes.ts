// Routes of the overview for the committee above (JSON and Excel).
import { createRoute } from '@hono/zod-openapi';
import { MEETING_FIELD_LABELS, unitYearQuery } from '../../../../domain/meetings/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { MeetingsOverview } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Sinh hoạt chi bộ'];

export function overviewRoutes(deps: Deps) {
  const r = createRouter(MEETING_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/overview',
      tags: TAG,
      summary:
        'Tổng hợp cho cấp ủy cấp trên: chi bộ nào đã sinh hoạt, ngày nào, tỷ lệ tham dự, tháng và quý thiếu sinh hoạt',
      request: { query: unitYearQuery },
      responses: responses(200, 'Tổng hợp theo chi bộ', MeetingsOverview),
    }),
    async (c) => c.json(await service.overview(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/overview.xlsx',
      tags: TAG,
      summary: 'Tổng hợp sinh hoạt chi bộ (Excel)',
      request: { query: unitYearQuery },
      responses: fileResponses('Tệp Excel', [MEDIA.xlsx]),
    }),
    async (c) => {
      const f = await service.overviewXlsx(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { body: f.body, name: f.name, type: MEDIA.xlsx });
    },
  );

  return r;
}
