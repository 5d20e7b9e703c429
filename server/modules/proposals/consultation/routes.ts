// HTTP of the consultation rounds: open a round (a version to chosen units or people), close it.
import { createRoute } from '@hono/zod-openapi';
import { openRoundBody, PROPOSAL_FIELD_LABELS } from '../../../../domain/proposals/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ProposalRound } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đề án, báo cáo chuyên đề'];

export function consultationRoutes(deps: Deps) {
  const r = createRouter(PROPOSAL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/rounds',
      tags,
      summary: 'Mở đợt lấy ý kiến: gửi một dự thảo tới các đơn vị, cá nhân, mỗi nơi một thời hạn',
      request: { params: z.object({ id: idParam }), body: jsonBody(openRoundBody) },
      responses: responses(201, 'Đợt lấy ý kiến', ProposalRound),
    }),
    async (c) =>
      c.json(await service.openRound(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/rounds/{roundId}/close',
      tags,
      summary: 'Kết thúc đợt lấy ý kiến',
      request: { params: z.object({ id: idParam, roundId: idParam }) },
      responses: responses(200, 'Đợt lấy ý kiến', ProposalRound),
    }),
    async (c) => {
      const { id, roundId } = c.req.valid('param');
      return c.json(await service.closeRound(deps, requestCtx(c), id, roundId), 200);
    },
  );

  return r;
}
