// Routes of the fee reports: the dashboard and the report per unit and month (Excel or Word).
import { createRoute } from '@hono/zod-openapi';
import { FINANCE_FIELD_LABELS, rangeQuery, reportQuery } from '../../../../domain/finance/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FeeDashboard } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Tài chính đảng'];

export function reportRoutes(deps: Deps) {
  const r = createRouter(FINANCE_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/fees/dashboard',
      tags: TAG,
      summary: 'Tỷ lệ thu đảng phí, số nợ theo đơn vị và số thu từng tháng',
      request: { query: rangeQuery },
      responses: responses(200, 'Bảng theo dõi đảng phí', FeeDashboard),
    }),
    async (c) => c.json(await service.dashboard(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/fees/report',
      tags: TAG,
      summary:
        'Báo cáo thu, nộp đảng phí theo đơn vị và theo tháng, cộng dồn lên các cấp (format=xlsx hoặc docx)',
      request: { query: reportQuery },
      responses: fileResponses('Tệp Excel hoặc Word', [MEDIA.xlsx, MEDIA.docx]),
    }),
    async (c) => {
      const q = c.req.valid('query');
      const file = await service.reportFile(deps, requestCtx(c), q);
      return download(c, { ...file, type: q.format === 'xlsx' ? MEDIA.xlsx : MEDIA.docx });
    },
  );

  return r;
}
