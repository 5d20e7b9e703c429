// Routes of the reconciliation of remittances.
import { createRoute } from '@hono/zod-openapi';
import { FINANCE_FIELD_LABELS, rangeQuery, receiptBody } from '../../../../domain/finance/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { FinanceReceipt, Reconciliation } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Tài chính đảng'];

export function reconciliationRoutes(deps: Deps) {
  const r = createRouter(FINANCE_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/finance/receipts',
      tags: TAG,
      summary: 'Ghi số đảng phí đã nhận của một đơn vị trực thuộc trong một tháng (ghi lại thì thay số cũ)',
      request: { body: jsonBody(receiptBody) },
      responses: responses(200, 'Số đã nhận', FinanceReceipt),
    }),
    async (c) => c.json(await service.recordReceipt(deps, requestCtx(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/reconciliation',
      tags: TAG,
      summary: 'Đối chiếu số phải nộp lên với số đã nhận, theo từng đơn vị trực thuộc và từng tháng',
      request: { query: rangeQuery },
      responses: responses(200, 'Đối chiếu', Reconciliation),
    }),
    async (c) => c.json(await service.reconciliation(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  return r;
}
