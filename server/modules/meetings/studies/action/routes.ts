// HTTP of a session's action programme: see it (with the superior's and the copy score), open it.
import { createRoute } from '@hono/zod-openapi';
import { actionProgramBody } from '../../../../../domain/studies/schemas.ts';
import { idParam, z } from '../../../../../domain/validation.ts';
import type { Deps } from '../../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../../http/router.ts';
import { StudyActionProgram, StudyProgramRef } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Học tập nghị quyết'];

export function actionRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/{id}/action-program',
      tags,
      summary:
        'Chương trình hành động của đơn vị thực hiện văn bản đã học, chương trình của cấp trên và tỷ lệ dập khuôn',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Chương trình hành động', StudyActionProgram),
    }),
    async (c) => c.json(await service.actionProgram(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/studies/{id}/action-program',
      tags,
      summary: 'Lập chương trình hành động của đơn vị: từ chương trình của cấp trên (để cụ thể hóa) hoặc mới',
      request: { params: z.object({ id: idParam }), body: jsonBody(actionProgramBody) },
      responses: responses(201, 'Chương trình hành động đã lập', StudyProgramRef),
    }),
    async (c) =>
      c.json(
        await service.openActionProgram(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  return r;
}
