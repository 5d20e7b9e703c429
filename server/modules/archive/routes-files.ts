// HTTP: the retention schedule, the file plan, files and their documents, records and holds.
import { createRoute } from '@hono/zod-openapi';
import {
  addDocumentBody,
  closeFileBody,
  createFileBody,
  holdBody,
  liftHoldBody,
  listFilesQuery,
  scheduleBody,
  updateFileBody,
  updateScheduleBody,
} from '../../../domain/archive/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { authorize, createRouter, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import * as files from './files.ts';
import * as holds from './holds.ts';
import * as plan from './plan.ts';

const idPath = z.object({ id: idParam });
const tag = ['Lưu trữ'];

export function archiveFileRoutes(deps: Deps) {
  const r = createRouter();
  const db = () => deps.database.db;

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/schedule',
      tags: tag,
      summary: 'Bảng thời hạn bảo quản tài liệu (mẫu theo Hướng dẫn 35-HD/VPTW, sửa được)',
      request: { query: z.object({ all: z.enum(['0', '1']).optional() }) },
      responses: legacyResponses(200, 'Bảng thời hạn bảo quản'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.json({ items: await plan.listSchedule(db(), c.req.valid('query').all === '1') }, 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/schedule',
      tags: tag,
      summary: 'Thêm dòng vào bảng thời hạn bảo quản',
      request: { body: jsonBody(scheduleBody) },
      responses: legacyResponses(201, 'Dòng đã thêm'),
    }),
    async (c) => {
      authorize(c, 'archive.manage');
      return c.json(await plan.createScheduleRow(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/archive/schedule/{id}',
      tags: tag,
      summary: 'Sửa một dòng của bảng thời hạn bảo quản (áp dụng cho hồ sơ lập sau)',
      request: { params: idPath, body: jsonBody(updateScheduleBody) },
      responses: legacyResponses(200, 'Dòng đã sửa'),
    }),
    async (c) => {
      authorize(c, 'archive.manage');
      return c.json(
        await plan.updateScheduleRow(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/files',
      tags: tag,
      summary: 'Danh mục hồ sơ: theo đơn vị, năm, trạng thái, từ khóa (không dấu)',
      request: { query: listFilesQuery },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.read');
      return c.json(await plan.listFiles(db(), actor, c.req.valid('query')), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/plan-years',
      tags: tag,
      summary: 'Các năm có danh mục hồ sơ của một đơn vị',
      request: { query: z.object({ orgId: idParam }) },
      responses: legacyResponses(200, 'Các năm'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.read');
      return c.json(await plan.planYears(db(), actor, c.req.valid('query').orgId), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files',
      tags: tag,
      summary: 'Thêm hồ sơ vào danh mục (open=true: mở hồ sơ ngay)',
      request: { body: jsonBody(createFileBody) },
      responses: legacyResponses(201, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.json(await plan.createFile(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/files/{id}',
      tags: tag,
      summary: 'Một hồ sơ: thông tin, văn bản, tạm giữ, phê duyệt số hóa, tiêu hủy',
      request: { params: idPath },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.json(await files.getFile(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/archive/files/{id}',
      tags: tag,
      summary: 'Sửa thông tin hồ sơ (trước khi đóng)',
      request: { params: idPath, body: jsonBody(updateFileBody) },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'archive.file');
      return c.json(
        await plan.updateFile(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  const fileAction = (
    path: string,
    summary: string,
    run: (id: number, ctx: ReturnType<typeof requestCtx>) => Promise<unknown>,
  ) =>
    r.openapi(
      createRoute({
        method: 'post',
        path,
        tags: tag,
        summary,
        request: { params: idPath, body: jsonBody(z.object({})) },
        responses: legacyResponses(200, summary),
      }),
      async (c) => {
        authorize(c, 'archive.read');
        return c.json((await run(c.req.valid('param').id, requestCtx(c))) as object, 200);
      },
    );
  fileAction('/api/archive/files/{id}/open', 'Mở hồ sơ', (id, ctx) => files.openFile(deps, ctx, id));
  fileAction(
    '/api/archive/files/{id}/reopen',
    'Mở lại hồ sơ đã đóng (chưa lập tài liệu lưu trữ)',
    (id, ctx) => files.reopenFile(deps, ctx, id),
  );
  fileAction(
    '/api/archive/files/{id}/declare',
    'Lập tài liệu lưu trữ: văn bản của hồ sơ đã đóng trở thành bất biến',
    (id, ctx) => files.declareFile(deps, ctx, id),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files/{id}/close',
      tags: tag,
      summary: 'Đóng hồ sơ (ghi năm kết thúc; thời hạn bảo quản tính từ 1/1 năm sau)',
      request: { params: idPath, body: jsonBody(closeFileBody) },
      responses: legacyResponses(200, 'Hồ sơ đã đóng'),
    }),
    async (c) => {
      authorize(c, 'archive.file');
      return c.json(
        await files.closeFile(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files/{id}/documents',
      tags: tag,
      summary: 'Đưa văn bản vào hồ sơ đang mở (correctsDocumentId: bản đính chính của một tài liệu lưu trữ)',
      request: { params: idPath, body: jsonBody(addDocumentBody) },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'archive.file');
      return c.json(
        await files.addDocument(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/archive/files/{id}/documents/{documentId}',
      tags: tag,
      summary: 'Rút văn bản khỏi hồ sơ đang mở',
      request: { params: z.object({ id: idParam, documentId: idParam }) },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'archive.file');
      const p = c.req.valid('param');
      return c.json(await files.removeDocument(deps, requestCtx(c), p.id, p.documentId), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/records/{id}',
      tags: tag,
      summary: 'Tình trạng lưu trữ của một văn bản: hồ sơ, tài liệu lưu trữ, đính chính, đã hủy',
      request: { params: idPath },
      responses: legacyResponses(200, 'Tình trạng lưu trữ'),
    }),
    async (c) => {
      authorize(c, 'archive.read');
      return c.json(await files.recordInfo(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/holds',
      tags: tag,
      summary: 'Lệnh tạm giữ (active=1: đang có hiệu lực)',
      request: { query: z.object({ active: z.enum(['0', '1']).optional() }) },
      responses: legacyResponses(200, 'Lệnh tạm giữ'),
    }),
    async (c) => {
      const actor = authorize(c, 'archive.read');
      return c.json(await holds.listHolds(db(), actor, { active: c.req.valid('query').active === '1' }), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/holds',
      tags: tag,
      summary: 'Tạm giữ một hồ sơ hoặc một tài liệu lưu trữ: không được tiêu hủy cho đến khi gỡ',
      request: { body: jsonBody(holdBody) },
      responses: legacyResponses(201, 'Lệnh tạm giữ'),
    }),
    async (c) => {
      authorize(c, 'archive.hold');
      return c.json(await holds.placeHold(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/holds/{id}/lift',
      tags: tag,
      summary: 'Gỡ lệnh tạm giữ (ghi lý do)',
      request: { params: idPath, body: jsonBody(liftHoldBody) },
      responses: legacyResponses(200, 'Lệnh tạm giữ đã gỡ'),
    }),
    async (c) => {
      authorize(c, 'archive.hold');
      return c.json(
        await holds.liftHold(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').reason),
        200,
      );
    },
  );
  return r;
}
