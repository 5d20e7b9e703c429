// Routes of the rules facility (Cài đặt → Quy định): the catalogue with the values in force, and a
// new version of one rule.
import { createRoute } from '@hono/zod-openapi';
import { ruleVersionBody } from '../../../domain/rules/catalog.ts';
import { isoDate, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { RuleJson, RuleList } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Quy định'];

export function ruleRoutes(deps: Deps) {
  const r = createRouter({ on: 'Ngày xem', key: 'Mã quy định' });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rules',
      tags: TAG,
      summary:
        'Các quy định (thời lượng, tần suất, ngưỡng, tiêu chí) với giá trị có hiệu lực, nguồn và lịch sử',
      request: { query: z.object({ on: isoDate.optional() }) },
      responses: responses(200, 'Các quy định', RuleList),
    }),
    async (c) => c.json(await service.listRules(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/rules/{key}/versions',
      tags: TAG,
      summary: 'Thêm một phiên bản của quy định (quản trị): giá trị, nguồn, ngày hiệu lực',
      request: {
        params: z.object({ key: z.string().min(1).max(100) }),
        body: jsonBody(ruleVersionBody),
      },
      responses: responses(201, 'Quy định sau khi thêm phiên bản', RuleJson),
    }),
    async (c) =>
      c.json(
        await service.addVersion(deps, requestCtx(c), c.req.valid('param').key, c.req.valid('json')),
        201,
      ),
  );

  return r;
}
