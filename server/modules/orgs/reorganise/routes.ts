import { createRoute } from '@hono/zod-openapi';
import { mergeOrgsBody, splitOrgBody } from '../../../../domain/schemas/orgs.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { OrgMergeResult, OrgSplitResult } from './presenter.ts';
import * as service from './service.ts';

const tag = ['Tổ chức'];

export function reorganiseRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/merge',
      tags: tag,
      summary: 'Hợp nhất nhiều đơn vị vào một đơn vị (mới hoặc có sẵn)',
      request: { body: jsonBody(mergeOrgsBody) },
      responses: responses(200, 'Kết quả hợp nhất', OrgMergeResult),
    }),
    async (c) => c.json(await service.merge(deps, requestCtx(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/split',
      tags: tag,
      summary: 'Chia tách một đơn vị thành nhiều đơn vị mới',
      request: { params: z.object({ id: idParam }), body: jsonBody(splitOrgBody) },
      responses: responses(200, 'Kết quả chia tách', OrgSplitResult),
    }),
    async (c) =>
      c.json(await service.split(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
