// Routes of discipline: decide (the stable API), list and read, appeal and its outcome, state notices.
import { createRoute } from '@hono/zod-openapi';
import {
  appealBody,
  appealOutcomeBody,
  disciplineBody,
  disciplineListQuery,
  INSPECTION_FIELD_LABELS,
  noticeBody,
} from '../../../../domain/inspections/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DisciplineJson, DisciplineList, DisciplineNotice, DisciplineNoticeList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Kỷ luật đảng'];
const idPath = z.object({ id: idParam });

export function disciplineRoutes(deps: Deps) {
  const r = createRouter(INSPECTION_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/discipline/notices',
      tags,
      summary:
        'Vào sổ thông báo của cơ quan nhà nước về việc xử lý kỷ luật một đảng viên (đối chiếu thời hạn)',
      request: { body: jsonBody(noticeBody) },
      responses: responses(201, 'Thông báo đã vào sổ', DisciplineNotice),
    }),
    async (c) => c.json(await service.registerNotice(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/discipline/notices',
      tags,
      summary: 'Sổ thông báo của cơ quan nhà nước về kỷ luật đảng viên',
      request: { query: z.object({ memberId: idParam.optional() }) },
      responses: responses(200, 'Danh sách', DisciplineNoticeList),
    }),
    async (c) => c.json(await service.listNotices(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/discipline',
      tags,
      summary:
        'Quyết định kỷ luật đảng viên: kiểm tra thời hiệu theo hình thức và hình thức được phép với đảng viên dự bị',
      request: { body: jsonBody(disciplineBody) },
      responses: responses(201, 'Quyết định kỷ luật', DisciplineJson),
    }),
    async (c) => c.json(await service.decide(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/discipline',
      tags,
      summary: 'Các quyết định kỷ luật (của một đảng viên, hoặc trong một đơn vị)',
      request: { query: disciplineListQuery },
      responses: responses(200, 'Danh sách', DisciplineList),
    }),
    async (c) => c.json(await service.listDecisions(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/discipline/{id}',
      tags,
      summary: 'Một quyết định kỷ luật',
      request: { params: idPath },
      responses: responses(200, 'Quyết định kỷ luật', DisciplineJson),
    }),
    async (c) => c.json(await service.getDecision(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/discipline/{id}/appeal',
      tags,
      summary: 'Ghi nhận khiếu nại quyết định kỷ luật (trong thời hạn khiếu nại)',
      request: { params: idPath, body: jsonBody(appealBody) },
      responses: responses(200, 'Quyết định kỷ luật', DisciplineJson),
    }),
    async (c) =>
      c.json(await service.appeal(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/discipline/{id}/appeal/outcome',
      tags,
      summary: 'Kết quả giải quyết khiếu nại: giữ nguyên, thay đổi hoặc hủy quyết định',
      request: { params: idPath, body: jsonBody(appealOutcomeBody) },
      responses: responses(200, 'Quyết định kỷ luật', DisciplineJson),
    }),
    async (c) =>
      c.json(
        await service.appealOutcome(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
