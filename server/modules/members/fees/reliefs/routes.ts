// Routes of fee exemptions and reductions.
import { createRoute } from '@hono/zod-openapi';
import { FINANCE_FIELD_LABELS, reliefBody, reliefListQuery } from '../../../../../domain/finance/schemas.ts';
import type { Deps } from '../../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../../http/router.ts';
import { FeeRelief, FeeReliefList } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên — Đảng phí'];

export function reliefRoutes(deps: Deps) {
  const r = createRouter(FINANCE_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/fees/reliefs',
      tags: TAG,
      summary: 'Ghi nhận miễn hoặc giảm đảng phí (30/50/70% hoặc miễn) cho một thời hạn và lý do',
      request: { body: jsonBody(reliefBody) },
      responses: responses(201, 'Lần miễn, giảm đã ghi', FeeRelief),
    }),
    async (c) => c.json(await service.recordRelief(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees/reliefs',
      tags: TAG,
      summary: 'Các lần miễn, giảm đảng phí của đảng viên trong đơn vị',
      request: { query: reliefListQuery },
      responses: responses(200, 'Danh sách miễn, giảm', FeeReliefList),
    }),
    async (c) => c.json(await service.listReliefs(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  return r;
}
