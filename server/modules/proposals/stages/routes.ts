// HTTP of the stage moves.
import { createRoute } from '@hono/zod-openapi';
import { moveStageBody, PROPOSAL_FIELD_LABELS } from '../../../../domain/proposals/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ProposalDetail } from '../presenter.ts';
import * as service from './service.ts';

export function stageRoutes(deps: Deps) {
  const r = createRouter(PROPOSAL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/stage',
      tags: ['Đề án, báo cáo chuyên đề'],
      summary:
        'Chuyển bước (đề cương → dự thảo → lấy ý kiến → tiếp thu → thẩm định → trình → kết luận → ban hành → theo dõi)',
      request: { params: z.object({ id: idParam }), body: jsonBody(moveStageBody) },
      responses: responses(200, 'Đề án sau khi chuyển bước', ProposalDetail),
    }),
    async (c) =>
      c.json(await service.move(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
