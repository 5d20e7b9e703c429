// Routes of the hot-issue register: create, list, page, status, direction (→ task), items, links.
import { createRoute } from '@hono/zod-openapi';
import {
  createIssueBody,
  directionBody,
  fileItemsBody,
  INTEL_FIELD_LABELS,
  issueStatusBody,
  linkBody,
  listIssuesQuery,
} from '../../../../domain/intel/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { IntelIssue, IntelIssueList } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Thông tin tình hình'];
const idPath = z.object({ id: idParam });

export function issueRoutes(deps: Deps) {
  const r = createRouter(INTEL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/issues',
      tags: TAG,
      summary: 'Đưa một vụ việc, điểm nóng vào sổ theo dõi (có thể gắn ngay các vụ việc đã báo cáo)',
      request: { body: jsonBody(createIssueBody) },
      responses: responses(201, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) => c.json(await service.createIssue(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/issues',
      tags: TAG,
      summary: 'Sổ theo dõi vụ việc, điểm nóng: đang mở trước, nghiêm trọng trước',
      request: { query: listIssuesQuery },
      responses: responses(200, 'Danh sách', IntelIssueList),
    }),
    async (c) => c.json(await service.listIssues(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/issues/{id}',
      tags: TAG,
      summary: 'Một vụ việc, điểm nóng: các vụ việc đã gắn, diễn biến, văn bản và nhiệm vụ liên quan',
      request: { params: idPath },
      responses: responses(200, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) => c.json(await service.getIssue(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/issues/{id}/status',
      tags: TAG,
      summary: 'Chuyển trạng thái: theo dõi, báo cáo Ban Thường vụ, đã giải quyết, tái phát',
      request: { params: idPath, body: jsonBody(issueStatusBody) },
      responses: responses(200, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) =>
      c.json(await service.moveIssue(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/issues/{id}/directions',
      tags: TAG,
      summary:
        'Ý kiến chỉ đạo của lãnh đạo: giao nhiệm vụ cho đơn vị chủ trì, vụ việc chuyển sang «Đã có chỉ đạo»',
      request: { params: idPath, body: jsonBody(directionBody) },
      responses: responses(
        201,
        'Vụ việc, điểm nóng với nhiệm vụ vừa giao',
        IntelIssue.extend({ taskId: z.number().int() }).openapi('IntelDirected'),
      ),
    }),
    async (c) =>
      c.json(
        await service.directIssue(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/issues/{id}/items',
      tags: TAG,
      summary: 'Gắn các vụ việc đã báo cáo vào vụ việc, điểm nóng',
      request: { params: idPath, body: jsonBody(fileItemsBody) },
      responses: responses(200, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) =>
      c.json(
        await service.fileItems(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').itemIds),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/intel/issues/{id}/items/{itemId}',
      tags: TAG,
      summary: 'Gỡ một vụ việc khỏi vụ việc, điểm nóng',
      request: { params: z.object({ id: idParam, itemId: idParam }) },
      responses: responses(200, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service.unfileItem(deps, requestCtx(c), p.id, p.itemId), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/issues/{id}/links',
      tags: TAG,
      summary: 'Liên kết một văn bản hoặc nhiệm vụ với vụ việc, điểm nóng',
      request: { params: idPath, body: jsonBody(linkBody) },
      responses: responses(200, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) =>
      c.json(await service.linkIssue(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/intel/issues/{id}/links/{kind}/{targetId}',
      tags: TAG,
      summary: 'Gỡ liên kết văn bản hoặc nhiệm vụ',
      request: { params: z.object({ id: idParam, kind: z.enum(['document', 'task']), targetId: idParam }) },
      responses: responses(200, 'Vụ việc, điểm nóng', IntelIssue),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await service.unlinkIssue(deps, requestCtx(c), p.id, { kind: p.kind, targetId: p.targetId }),
        200,
      );
    },
  );
  return r;
}
