// HTTP of schemes and thematic reports: create (the assignment), the portfolio, the scheme's page,
// edit, the stage deadlines and the task force; the sub-features' routers are mounted here.
import { createRoute } from '@hono/zod-openapi';
import {
  createProposalBody,
  PROPOSAL_FIELD_LABELS,
  portfolioQuery,
  stagePlanBody,
  teamBody,
  updateProposalBody,
} from '../../../domain/proposals/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { commentRoutes } from './comments/routes.ts';
import { consultationRoutes } from './consultation/routes.ts';
import { measureRoutes } from './measures/routes.ts';
import { ProposalDetail, ProposalJson, ProposalPortfolio } from './presenter.ts';
import { reminderRoutes } from './reminders/routes.ts';
import * as service from './service.ts';
import { stageRoutes } from './stages/routes.ts';
import { versionRoutes } from './versions/routes.ts';

const tags = ['Đề án, báo cáo chuyên đề'];
const idPath = z.object({ id: idParam });

export function proposalRoutes(deps: Deps) {
  const r = createRouter(PROPOSAL_FIELD_LABELS);

  // Before the routes with {id}: a fixed path.
  r.route('/', reminderRoutes(deps));

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals',
      tags,
      summary: 'Giao xây dựng một đề án hoặc báo cáo chuyên đề (đơn vị chủ trì, thời hạn trình)',
      request: { body: jsonBody(createProposalBody) },
      responses: responses(201, 'Đề án đã tạo', ProposalJson),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals',
      tags,
      summary: 'Danh mục đề án: bước, đơn vị chủ trì, số ngày chậm, ý kiến chưa xử lý; số đề án theo bước',
      request: { query: portfolioQuery },
      responses: responses(200, 'Danh mục đề án', ProposalPortfolio),
    }),
    async (c) => c.json(await service.portfolio(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals/{id}',
      tags,
      summary: 'Trang đề án: các bước và thời hạn, tổ biên tập, các lần dự thảo, đợt lấy ý kiến, giải pháp',
      request: { params: idPath },
      responses: responses(200, 'Đề án', ProposalDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/proposals/{id}',
      tags,
      summary: 'Sửa tên, nội dung chính, thời hạn trình',
      request: { params: idPath, body: jsonBody(updateProposalBody) },
      responses: responses(200, 'Đề án sau khi sửa', ProposalDetail),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/proposals/{id}/plan',
      tags,
      summary: 'Thời hạn của từng bước',
      request: { params: idPath, body: jsonBody(stagePlanBody) },
      responses: responses(200, 'Đề án sau khi đặt thời hạn', ProposalDetail),
    }),
    async (c) =>
      c.json(await service.setPlan(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/proposals/{id}/team',
      tags,
      summary: 'Tổ biên tập (thay cả danh sách)',
      request: { params: idPath, body: jsonBody(teamBody) },
      responses: responses(200, 'Đề án sau khi cập nhật tổ biên tập', ProposalDetail),
    }),
    async (c) =>
      c.json(await service.setTeam(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.route('/', stageRoutes(deps));
  r.route('/', versionRoutes(deps));
  r.route('/', consultationRoutes(deps));
  r.route('/', commentRoutes(deps));
  r.route('/', measureRoutes(deps));
  return r;
}
