// Routes of inspection and supervision cases: open, list, page, stages, self-report, conclusion, remedies.
import { createRoute } from '@hono/zod-openapi';
import {
  caseBody,
  caseListQuery,
  conclusionBody,
  INSPECTION_FIELD_LABELS,
  remedyDoneBody,
  selfReportBody,
  stageBody,
} from '../../../../domain/inspections/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { InspectionCase, InspectionCaseList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Kiểm tra, giám sát'];
const idPath = z.object({ id: idParam });

export function caseRoutes(deps: Deps) {
  const r = createRouter(INSPECTION_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/inspections/cases',
      tags,
      summary: 'Mở một cuộc kiểm tra, giám sát hoặc giải quyết tố cáo (quyết định, đoàn, độ mật)',
      request: { body: jsonBody(caseBody) },
      responses: responses(201, 'Cuộc kiểm tra, giám sát', InspectionCase),
    }),
    async (c) => c.json(await service.openCase(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/inspections/cases',
      tags,
      summary: 'Các cuộc kiểm tra, giám sát mà tài khoản được xem',
      request: { query: caseListQuery },
      responses: responses(200, 'Danh sách', InspectionCaseList),
    }),
    async (c) => c.json(await service.listCases(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/inspections/cases/{id}',
      tags,
      summary: 'Một cuộc kiểm tra, giám sát: các bước, đoàn, kết luận, yêu cầu khắc phục',
      request: { params: idPath },
      responses: responses(200, 'Cuộc kiểm tra, giám sát', InspectionCase),
    }),
    async (c) => c.json(await service.getCase(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/inspections/cases/{id}/stage',
      tags,
      summary: 'Chuyển sang bước tiếp theo (chuẩn bị → tiến hành → kết luận)',
      request: { params: idPath, body: jsonBody(stageBody) },
      responses: responses(200, 'Cuộc kiểm tra, giám sát', InspectionCase),
    }),
    async (c) =>
      c.json(await service.advance(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/inspections/cases/{id}/self-report',
      tags,
      summary: 'Ghi nhận báo cáo tự kiểm điểm của đối tượng',
      request: { params: idPath, body: jsonBody(selfReportBody) },
      responses: responses(200, 'Cuộc kiểm tra, giám sát', InspectionCase),
    }),
    async (c) =>
      c.json(
        await service.selfReport(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/inspections/cases/{id}/conclusion',
      tags,
      summary: 'Ghi kết luận và các yêu cầu khắc phục; cuộc kiểm tra kết thúc',
      request: { params: idPath, body: jsonBody(conclusionBody) },
      responses: responses(200, 'Cuộc kiểm tra, giám sát', InspectionCase),
    }),
    async (c) =>
      c.json(await service.conclude(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/inspections/cases/{id}/remedies/{remedyId}/done',
      tags,
      summary: 'Theo dõi khắc phục: ghi nhận một yêu cầu đã thực hiện',
      request: { params: z.object({ id: idParam, remedyId: idParam }), body: jsonBody(remedyDoneBody) },
      responses: responses(200, 'Cuộc kiểm tra, giám sát', InspectionCase),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await service.remedyDone(deps, requestCtx(c), p.id, p.remedyId, c.req.valid('json')),
        200,
      );
    },
  );

  return r;
}
