// HTTP of the outgoing workflow: signers, trình ký, signing, issuing, cancelling, recipients.
import { createRoute } from '@hono/zod-openapi';
import {
  cancelBody,
  noteBody,
  recipientsBody,
  requiredNoteBody,
  submitBody,
} from '../../../../domain/schemas/documents.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DocumentJson } from '../presenter.ts';
import { DocumentIssued, DocumentRecipientList, DocumentSigners } from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Văn bản'];

export function outgoingRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/signers',
      tags,
      summary: 'Lãnh đạo có thể ký văn bản này (để trình ký), xếp theo tên',
      request: { params: idPath },
      responses: responses(200, 'Người ký', DocumentSigners),
    }),
    async (c) => c.json(await service.listSigners(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/submit',
      tags,
      summary: 'Trình ký',
      request: { params: idPath, body: jsonBody(submitBody) },
      responses: responses(200, 'Văn bản chờ ký', DocumentJson),
    }),
    async (c) =>
      c.json(await service.submit(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/approve',
      tags,
      summary: 'Ký duyệt',
      request: { params: idPath, body: jsonBody(noteBody) },
      responses: responses(200, 'Văn bản đã ký duyệt', DocumentJson),
    }),
    async (c) =>
      c.json(
        await service.approve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').note || null),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/return',
      tags,
      summary: 'Trả lại kèm ý kiến',
      request: { params: idPath, body: jsonBody(requiredNoteBody) },
      responses: responses(200, 'Văn bản bị trả lại', DocumentJson),
    }),
    async (c) =>
      c.json(
        await service.returnToDrafter(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').note),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/issue',
      tags,
      summary: 'Ban hành: cấp số, ký hiệu và gửi đơn vị nhận',
      request: { params: idPath, body: jsonBody(z.object({})) },
      responses: responses(200, 'Văn bản đã ban hành', DocumentIssued),
    }),
    async (c) => c.json(await service.issue(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/cancel',
      tags,
      summary: 'Hủy văn bản (văn bản đã ban hành giữ số, ghi là đã hủy)',
      request: { params: idPath, body: jsonBody(cancelBody) },
      responses: responses(200, 'Văn bản đã hủy', DocumentJson),
    }),
    async (c) =>
      c.json(
        await service.cancel(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').reason),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/recipients',
      tags,
      summary: 'Nơi nhận: đơn vị trong hệ thống và nơi nhận bên ngoài',
      request: { params: idPath, body: jsonBody(recipientsBody) },
      responses: responses(200, 'Nơi nhận', DocumentRecipientList),
    }),
    async (c) =>
      c.json(
        await service.setRecipients(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
