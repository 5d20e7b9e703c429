// HTTP of awards (docs/rewards.md): movements, proposals with their check, the council, the decision;
// the registry's router is mounted here.
import { createRoute } from '@hono/zod-openapi';
import {
  awardDecisionBody,
  councilBody,
  movementBody,
  proposalBody,
  proposalListQuery,
  REWARD_FIELD_LABELS,
} from '../../../domain/rewards/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { RewardMovement, RewardMovementList, RewardProposal, RewardProposalList } from './presenter.ts';
import { registryRoutes } from './registry/routes.ts';
import * as service from './service.ts';

const tags = ['Thi đua, khen thưởng'];
const idPath = z.object({ id: idParam });

export function rewardRoutes(deps: Deps) {
  const r = createRouter(REWARD_FIELD_LABELS);
  r.route('/', registryRoutes(deps));

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/rewards/movements',
      tags,
      summary: 'Phát động một phong trào thi đua với các tiêu chí',
      request: { body: jsonBody(movementBody) },
      responses: responses(201, 'Phong trào thi đua', RewardMovement),
    }),
    async (c) => c.json(await service.createMovement(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rewards/movements',
      tags,
      summary: 'Các phong trào thi đua',
      responses: responses(200, 'Danh sách', RewardMovementList),
    }),
    async (c) => c.json(await service.listMovements(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/rewards/proposals',
      tags,
      summary:
        'Hồ sơ đề nghị khen thưởng: đối chiếu tiêu chuẩn và kỷ luật ngay khi nộp, nêu từng tiêu chuẩn không đạt',
      request: { body: jsonBody(proposalBody) },
      responses: responses(201, 'Hồ sơ đề nghị', RewardProposal),
    }),
    async (c) => c.json(await service.propose(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rewards/proposals',
      tags,
      summary: 'Các hồ sơ đề nghị khen thưởng',
      request: { query: proposalListQuery },
      responses: responses(200, 'Danh sách', RewardProposalList),
    }),
    async (c) => c.json(await service.listProposals(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rewards/proposals/{id}',
      tags,
      summary: 'Một hồ sơ đề nghị khen thưởng',
      request: { params: idPath },
      responses: responses(200, 'Hồ sơ đề nghị', RewardProposal),
    }),
    async (c) => c.json(await service.getProposal(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/rewards/proposals/{id}/council',
      tags,
      summary: 'Kết quả biểu quyết của Hội đồng thi đua, khen thưởng (quá nửa số thành viên đồng ý)',
      request: { params: idPath, body: jsonBody(councilBody) },
      responses: responses(200, 'Hồ sơ đề nghị', RewardProposal),
    }),
    async (c) =>
      c.json(await service.council(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/rewards/proposals/{id}/decision',
      tags,
      summary: 'Quyết định khen thưởng (số, ngày): vào sổ khen thưởng',
      request: { params: idPath, body: jsonBody(awardDecisionBody) },
      responses: responses(200, 'Hồ sơ đề nghị', RewardProposal),
    }),
    async (c) =>
      c.json(
        await service.decideAward(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
