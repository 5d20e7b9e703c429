// HTTP of the outbox: send an issued document to other systems, and a document's exchange panel.
import { createRoute } from '@hono/zod-openapi';
import { sendBody } from '../../../../domain/exchange/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DocumentExchange, ExchangeQueued } from '../presenter.ts';
import * as service from './service.ts';

const tags = ['Liên thông văn bản'];
const idPath = z.object({ id: idParam });

export function outboxRoutes(deps: Deps) {
  const r = createRouter({ to: 'Nơi nhận (mã định danh)', kind: 'Loại gói tin', reason: 'Lý do' });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/exchange',
      tags,
      summary: 'Liên thông của một văn bản: gói tin đã gửi, đã nhận, thông điệp trạng thái hai chiều',
      request: { params: idPath },
      responses: responses(200, 'Liên thông của văn bản', DocumentExchange),
    }),
    async (c) => c.json(await service.documentExchange(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/exchange',
      tags,
      summary:
        'Gửi văn bản đã ban hành qua liên thông tới các mã định danh (gửi mới, thay thế, thu hồi, cập nhật); gửi lại tự động khi bên nhận chưa sẵn sàng',
      request: { params: idPath, body: jsonBody(sendBody) },
      responses: responses(201, 'Các gói tin đã xếp vào hộp thư đi', ExchangeQueued),
    }),
    async (c) =>
      c.json(
        await service.sendDocument(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  return r;
}
