// HTTP: one file (hồ sơ) and its life — open, documents in and out, close, reopen, declare — and the
// archive state of one document.
import { createRoute } from '@hono/zod-openapi';
import { addDocumentBody, closeFileBody } from '../../../../domain/archive/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ArchiveFile } from '../presenter.ts';
import { ArchiveFileDetail, ArchiveRecordInfo } from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Lưu trữ'];

export function fileRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/files/{id}',
      tags,
      summary: 'Một hồ sơ: thông tin, văn bản, tạm giữ, phê duyệt số hóa, tiêu hủy',
      request: { params: idPath },
      responses: responses(200, 'Hồ sơ', ArchiveFileDetail),
    }),
    async (c) => c.json(await service.getFile(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  const fileAction = (
    path: string,
    summary: string,
    run: (deps: Deps, ctx: RequestCtx, id: number) => Promise<ArchiveFile>,
  ) =>
    r.openapi(
      createRoute({
        method: 'post',
        path,
        tags,
        summary,
        request: { params: idPath, body: jsonBody(z.object({})) },
        responses: responses(200, summary, ArchiveFile),
      }),
      async (c) => c.json(await run(deps, requestCtx(c), c.req.valid('param').id), 200),
    );
  fileAction('/api/archive/files/{id}/open', 'Mở hồ sơ', service.openFile);
  fileAction(
    '/api/archive/files/{id}/reopen',
    'Mở lại hồ sơ đã đóng (chưa lập tài liệu lưu trữ)',
    service.reopenFile,
  );
  fileAction(
    '/api/archive/files/{id}/declare',
    'Lập tài liệu lưu trữ: văn bản của hồ sơ đã đóng trở thành bất biến',
    service.declareFile,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files/{id}/close',
      tags,
      summary: 'Đóng hồ sơ (ghi năm kết thúc; thời hạn bảo quản tính từ 1/1 năm sau)',
      request: { params: idPath, body: jsonBody(closeFileBody) },
      responses: responses(200, 'Hồ sơ đã đóng', ArchiveFile),
    }),
    async (c) =>
      c.json(await service.closeFile(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files/{id}/documents',
      tags,
      summary: 'Đưa văn bản vào hồ sơ đang mở (correctsDocumentId: bản đính chính của một tài liệu lưu trữ)',
      request: { params: idPath, body: jsonBody(addDocumentBody) },
      responses: responses(200, 'Hồ sơ', ArchiveFile),
    }),
    async (c) =>
      c.json(
        await service.addDocument(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/archive/files/{id}/documents/{documentId}',
      tags,
      summary: 'Rút văn bản khỏi hồ sơ đang mở',
      request: { params: z.object({ id: idParam, documentId: idParam }) },
      responses: responses(200, 'Hồ sơ', ArchiveFile),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service.removeDocument(deps, requestCtx(c), p.id, p.documentId), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/records/{id}',
      tags,
      summary: 'Tình trạng lưu trữ của một văn bản: hồ sơ, tài liệu lưu trữ, đính chính, đã hủy',
      request: { params: idPath },
      responses: responses(200, 'Tình trạng lưu trữ', ArchiveRecordInfo),
    }),
    async (c) => c.json(await service.recordInfo(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  return r;
}
