// HTTP of status messages: the receiving unit reports what became of a received document.
import { createRoute } from '@hono/zod-openapi';
import { statusBody } from '../../../../domain/exchange/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ExchangeMessage } from '../presenter.ts';
import * as service from './service.ts';

const tags = ['Liên thông văn bản'];

export function statusRoutes(deps: Deps) {
  const r = createRouter({ status: 'Trạng thái', reason: 'Lý do' });

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/exchange/status',
      tags,
      summary:
        'Báo trạng thái văn bản nhận qua liên thông cho nơi gửi: đã tiếp nhận, từ chối (nêu lý do), đang xử lý, hoàn thành',
      request: { params: z.object({ id: idParam }), body: jsonBody(statusBody) },
      responses: responses(201, 'Thông điệp trạng thái đã xếp vào hộp thư đi', ExchangeMessage),
    }),
    async (c) =>
      c.json(
        await service.reportStatus(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  return r;
}
