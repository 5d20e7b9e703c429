// Routes of party finance: the remittance of fees up the tree; the sub-features mount their own.
import { createRoute } from '@hono/zod-openapi';
import { FINANCE_FIELD_LABELS, rangeQuery } from '../../../domain/finance/schemas.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, requestCtx, responses } from '../../http/router.ts';
import { fundRoutes } from './fund/routes.ts';
import { FeeRemittance } from './presenter.ts';
import { reconciliationRoutes } from './reconciliation/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import * as service from './service.ts';

export const FINANCE_TAG = ['Tài chính đảng'];

export function financeRoutes(deps: Deps) {
  const r = createRouter(FINANCE_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/fees/remittance',
      tags: FINANCE_TAG,
      summary:
        'Đảng phí thu, trích giữ lại và nộp cấp trên của đơn vị và từng đơn vị trực thuộc trong khoảng tháng (thu = giữ lại + nộp lên ở mọi cấp)',
      request: { query: rangeQuery },
      responses: responses(200, 'Thu, giữ lại, nộp lên', FeeRemittance),
    }),
    async (c) => c.json(await service.remittance(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.route('/', reconciliationRoutes(deps));
  r.route('/', fundRoutes(deps));
  r.route('/', reportRoutes(deps));

  return r;
}
