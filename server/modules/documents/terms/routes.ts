// HTTP of committee terms.
import { createRoute } from '@hono/zod-openapi';
import { termBody } from '../../../../domain/schemas/documents.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DocumentTerm, DocumentTermList } from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Văn bản'];

export function termRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/{id}/terms',
      tags,
      summary: 'Các nhiệm kỳ của cấp ủy (đánh số văn bản theo nhiệm kỳ)',
      request: { params: idPath },
      responses: responses(200, 'Nhiệm kỳ', DocumentTermList),
    }),
    async (c) => c.json(await service.listTerms(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/terms',
      tags,
      summary: 'Mở nhiệm kỳ mới (sau đại hội): số văn bản bắt đầu lại từ 1',
      request: { params: idPath, body: jsonBody(termBody) },
      responses: responses(201, 'Nhiệm kỳ', DocumentTerm),
    }),
    async (c) =>
      c.json(await service.openTerm(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  return r;
}
