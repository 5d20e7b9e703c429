// HTTP: legal holds — the list, placing one on a file or a record, lifting it.
import { createRoute } from '@hono/zod-openapi';
import { holdBody, liftHoldBody } from '../../../../domain/archive/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ArchiveHold, ArchiveHoldList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Lưu trữ'];

export function holdRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/holds',
      tags,
      summary: 'Lệnh tạm giữ (active=1: đang có hiệu lực)',
      request: { query: z.object({ active: z.enum(['0', '1']).optional() }) },
      responses: responses(200, 'Lệnh tạm giữ', ArchiveHoldList),
    }),
    async (c) =>
      c.json(
        await service.listHolds(deps, requestCtx(c), { active: c.req.valid('query').active === '1' }),
        200,
      ),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/holds',
      tags,
      summary: 'Tạm giữ một hồ sơ hoặc một tài liệu lưu trữ: không được tiêu hủy cho đến khi gỡ',
      request: { body: jsonBody(holdBody) },
      responses: responses(201, 'Lệnh tạm giữ', ArchiveHold),
    }),
    async (c) => c.json(await service.placeHold(deps, requestCtx(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/holds/{id}/lift',
      tags,
      summary: 'Gỡ lệnh tạm giữ (ghi lý do)',
      request: { params: z.object({ id: idParam }), body: jsonBody(liftHoldBody) },
      responses: responses(200, 'Lệnh tạm giữ đã gỡ', ArchiveHold),
    }),
    async (c) =>
      c.json(
        await service.liftHold(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').reason),
        200,
      ),
  );
  return r;
}
