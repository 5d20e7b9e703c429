// HTTP: retention ended, destruction lists (propose → council review → approve → destroy), minutes.
import { createRoute } from '@hono/zod-openapi';
import {
  approveDisposalBody,
  proposeDisposalBody,
  rejectDisposalBody,
  reviewDisposalBody,
} from '../../../../domain/archive/schemas.ts';
import { idParam, isoDate, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import {
  ArchiveDestruction,
  ArchiveDisposalList,
  ArchiveDisposalListDetail,
  ArchiveDisposalLists,
  ArchiveDueFiles,
} from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Lưu trữ'];

export function disposalRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal/due',
      tags,
      summary: 'Hồ sơ đã hết thời hạn bảo quản, chưa đưa vào danh sách tiêu hủy nào',
      request: { query: z.object({ orgId: idParam.optional(), on: isoDate.optional() }) },
      responses: responses(200, 'Hồ sơ hết hạn', ArchiveDueFiles),
    }),
    async (c) => c.json(await service.dueFiles(deps, requestCtx(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal-lists',
      tags,
      summary: 'Các danh sách tài liệu hết giá trị đề nghị hủy',
      responses: responses(200, 'Danh sách', ArchiveDisposalLists),
    }),
    async (c) => c.json(await service.listLists(deps, requestCtx(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists',
      tags,
      summary: 'Lập danh sách tài liệu hết giá trị đề nghị hủy',
      request: { body: jsonBody(proposeDisposalBody) },
      responses: responses(201, 'Danh sách', ArchiveDisposalList),
    }),
    async (c) => c.json(await service.propose(deps, requestCtx(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal-lists/{id}',
      tags,
      summary: 'Một danh sách tiêu hủy với ý kiến của Hội đồng theo từng hồ sơ',
      request: { params: idPath },
      responses: responses(200, 'Danh sách', ArchiveDisposalListDetail),
    }),
    async (c) => c.json(await service.getList(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/review',
      tags,
      summary: 'Ghi ý kiến Hội đồng xác định giá trị tài liệu: hủy, hoặc giữ lại với thời hạn mới',
      request: { params: idPath, body: jsonBody(reviewDisposalBody) },
      responses: responses(200, 'Danh sách', ArchiveDisposalList),
    }),
    async (c) =>
      c.json(await service.review(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/approve',
      tags,
      summary: 'Phê duyệt danh sách tiêu hủy (lãnh đạo, không phải người lập)',
      request: { params: idPath, body: jsonBody(approveDisposalBody) },
      responses: responses(200, 'Danh sách', ArchiveDisposalList),
    }),
    async (c) =>
      c.json(await service.approve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/reject',
      tags,
      summary: 'Không phê duyệt danh sách tiêu hủy',
      request: { params: idPath, body: jsonBody(rejectDisposalBody) },
      responses: responses(200, 'Danh sách', ArchiveDisposalList),
    }),
    async (c) =>
      c.json(
        await service.reject(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').reason),
        200,
      ),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/disposal-lists/{id}/destroy',
      tags,
      summary: 'Hủy tài liệu theo danh sách đã phê duyệt: giữ dấu vết, lập biên bản hủy',
      request: { params: idPath, body: jsonBody(z.object({})) },
      responses: responses(200, 'Kết quả hủy', ArchiveDestruction),
    }),
    async (c) => c.json(await service.destroyList(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/disposal-lists/{id}/minutes.docx',
      tags,
      summary: 'Biên bản hủy tài liệu (Word)',
      request: { params: idPath },
      responses: fileResponses('Biên bản hủy tài liệu', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.minutesFile(deps, requestCtx(c), c.req.valid('param').id);
      return download(c, { body: file.body, name: file.name, type: MEDIA.docx, size: file.size });
    },
  );
  return r;
}
