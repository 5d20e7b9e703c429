// Route of a vote at a meeting.
import { createRoute } from '@hono/zod-openapi';
import { MEETING_FIELD_LABELS, voteBody } from '../../../../domain/meetings/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { MeetingVote } from './presenter.ts';
import * as service from './service.ts';

export function voteRoutes(deps: Deps) {
  const r = createRouter(MEETING_FIELD_LABELS);
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{id}/votes',
      tags: ['Sinh hoạt chi bộ'],
      summary:
        'Ghi kết quả biểu quyết: base = đảng viên chính thức của chi bộ ngày họp trừ người miễn sinh hoạt; thông qua khi for × 2 > base',
      request: { params: z.object({ id: idParam }), body: jsonBody(voteBody) },
      responses: responses(201, 'Kết quả biểu quyết', MeetingVote),
    }),
    async (c) =>
      c.json(await service.vote(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  return r;
}
