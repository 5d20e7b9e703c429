// HTTP: retention ended, destruction lists (propose → council review → approve → destroy), minutes.
import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import {
  approveDisposalBody,
  proposeDisposalBody,
  rejectDisposalBody,
  reviewDisposalBody,
} from '../../../domain/archive/schemas.ts';
import { idParam, isoDate, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { authorize, createRouter, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import * as destruction from './destruction.ts';
import * as disposal from './disposal.ts';
import * as lists from './disposal-lists.ts';
import { attachment } from './http.ts';

const idPath = z.object({ id: idParam });
const tag = ['Lưu trữ'];

export function archiveDisposalRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal/due',
      tags: tag,
      summary: 'Hồ sơ đã hết thời hạn bảo quản, chưa đưa vào danh sách tiêu hủy nào',
      request: { query: z.object({ orgId: idParam.optional(), on: isoDate.optional() }) },
      responses: legacyResponses(200, 'Hồ sơ hết hạn'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.read');
      return c.json(await disposal.dueFiles(deps.database.db, actor, c.req.valid('query')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal-lists',
      tags: tag,
      summary: 'Các danh sách tài liệu hết giá trị đề nghị hủy',
      responses: legacyResponses(200, 'Danh sách'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.read');
      return c.json(await lists.listLists(deps.database.db, actor), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists',
      tags: tag,
      summary: 'Lập danh sách tài liệu hết giá trị đề nghị hủy',
      request: { body: jsonBody(proposeDisposalBody) },
      responses: legacyResponses(201, 'Danh sách'),
    }),
    async (c) => {
      authorize(c, 'archive.propose_disposal');
      return c.json(await disposal.propose(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal-lists/{id}',
      tags: tag,
      summary: 'Một danh sách tiêu hủy với ý kiến của Hội đồng theo từng hồ sơ',
      request: { params: idPath },
      responses: legacyResponses(200, 'Danh sách'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.json(await lists.getList(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/review',
      tags: tag,
      summary: 'Ghi ý kiến Hội đồng xác định giá trị tài liệu: hủy, hoặc giữ lại với thời hạn mới',
      request: { params: idPath, body: jsonBody(reviewDisposalBody) },
      responses: legacyResponses(200, 'Danh sách'),
    }),
    async (c) => {
      authorize(c, 'archive.propose_disposal');
      return c.json(
        await disposal.review(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/approve',
      tags: tag,
      summary: 'Phê duyệt danh sách tiêu hủy (lãnh đạo, không phải người lập)',
      request: { params: idPath, body: jsonBody(approveDisposalBody) },
      responses: legacyResponses(200, 'Danh sách'),
    }),
    async (c) => {
      authorize(c, 'archive.approve_disposal');
      return c.json(
        await disposal.approve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/reject',
      tags: tag,
      summary: 'Không phê duyệt danh sách tiêu hủy',
      request: { params: idPath, body: jsonBody(rejectDisposalBody) },
      responses: legacyResponses(200, 'Danh sách'),
    }),
    async (c) => {
      authorize(c, 'archive.approve_disposal');
      return c.json(
        await disposal.reject(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').reason),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/destroy',
      tags: tag,
      summary: 'Hủy tài liệu theo danh sách đã phê duyệt: giữ dấu vết, lập biên bản hủy',
      request: { params: idPath, body: jsonBody(z.object({})) },
      responses: legacyResponses(200, 'Kết quả hủy'),
    }),
    async (c) => {
      authorize(c, 'archive.propose_disposal');
      return c.json(await destruction.destroyList(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal-lists/{id}/minutes.docx',
      tags: tag,
      summary: 'Biên bản hủy tài liệu (Word)',
      request: { params: idPath },
      responses: { 200: { description: 'Tệp Word' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      authorize(c, 'archive.read');
      const file = await destruction.minutesFile(deps, requestCtx(c), c.req.valid('param').id);
      c.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      c.header('content-length', String(file.size));
      c.header('content-disposition', attachment(file.name));
      return stream(c, async (s) => {
        for await (const chunk of file.stream) await s.write(chunk as Uint8Array);
      });
    },
  );
  return r;
}
