// HTTP of the copy-check: one programme against its superior's, and the superior's table of the lower
// programmes.
import { createRoute } from '@hono/zod-openapi';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../http/router.ts';
import { ProgramCascade, ProgramCopyCheck } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Chương trình công tác'];
const idPath = z.object({ id: idParam });

export function cascadeRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/cascade',
      tags,
      summary: 'Bảng các chương trình cấp dưới cụ thể hóa chương trình này, với tỷ lệ dập khuôn',
      request: { params: idPath },
      responses: responses(200, 'Các chương trình cấp dưới và đơn vị chưa cụ thể hóa', ProgramCascade),
    }),
    async (c) => c.json(await service.cascadeTable(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/copy-check',
      tags,
      summary:
        'Kiểm tra dập khuôn: mức giống chương trình cấp trên của từng mục (không dấu, bỏ tên cấp, tên đơn vị)',
      request: { params: idPath },
      responses: responses(200, 'Tỷ lệ dập khuôn và các mục sao chép', ProgramCopyCheck),
    }),
    async (c) => c.json(await service.copyCheck(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  return r;
}
