// HTTP of programmes (DESIGN.md §4: POST /api/programs, POST /api/programs/{id}/items,
// GET /api/programs/{id}/copy-check) and of what the pages need around them: the programme with its
// tree, approval, cascade, revisions, the superior's table of lower programmes, the review report.
import { createRoute } from '@hono/zod-openapi';
import {
  approveProgramBody,
  cascadeProgramBody,
  createItemBody,
  createProgramBody,
  programListQuery,
  reasonQuery,
  reportQuery,
  updateItemBody,
  updateProgramBody,
} from '../../../domain/programs/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import {
  authorize,
  createRouter,
  jsonBody,
  requestCtx,
  legacyResponses,
  validationHook,
} from '../../http/router.ts';
import { cascadeTable, copyCheck } from './copycheck.ts';
import * as itemService from './items.ts';
import { progress } from './report.ts';
import { buildReportDocx } from './report-docx.ts';
import * as service from './service.ts';

const tag = ['Chương trình công tác'];
const idPath = z.object({ id: idParam });
const itemPath = z.object({ id: idParam, itemId: idParam });
const hook = validationHook({ kind: 'Loại chương trình' });
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function programRoutes(deps: Deps) {
  const r = createRouter();
  const db = () => deps.database.db;

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs',
      tags: tag,
      summary: 'Các chương trình công tác xem được (của đơn vị mình, cấp dưới và cấp trên ban hành xuống)',
      request: { query: programListQuery },
      responses: legacyResponses(200, '{ items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await service.list(db(), actor, c.req.valid('query')), 200);
    },
    hook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs',
      tags: tag,
      summary:
        'Tạo chương trình công tác (toàn khóa, năm, quý, tháng, tuần), có thể cụ thể hóa chương trình cấp trên',
      request: { body: jsonBody(createProgramBody) },
      responses: legacyResponses(201, 'Chương trình đã tạo'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      return c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201);
    },
    hook,
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}',
      tags: tag,
      summary: 'Một chương trình với cây nội dung, và chương trình cấp trên (để đặt cạnh nhau)',
      request: { params: idPath },
      responses: legacyResponses(200, 'Chương trình'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await service.detail(db(), actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{id}',
      tags: tag,
      summary: 'Sửa chương trình (đã phê duyệt thì phải ghi lý do điều chỉnh)',
      request: { params: idPath, body: jsonBody(updateProgramBody) },
      responses: legacyResponses(200, 'Chương trình'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      return c.json(
        await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{id}',
      tags: tag,
      summary: 'Xóa chương trình dự thảo chưa được dùng',
      request: { params: idPath },
      responses: legacyResponses(204, 'Đã xóa'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{id}/approve',
      tags: tag,
      summary:
        'Phê duyệt: ban hành xuống đơn vị cấp dưới, giao nhiệm vụ cho các mục có đơn vị chủ trì và thời hạn',
      request: { params: idPath, body: jsonBody(approveProgramBody) },
      responses: legacyResponses(200, 'Chương trình đã phê duyệt'),
    }),
    async (c) => {
      authorize(c, 'program.approve');
      return c.json(
        await service.approve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{id}/cascade',
      tags: tag,
      summary:
        'Đơn vị cấp dưới cụ thể hóa: tạo chương trình từ chương trình cấp trên (các mục được sao và liên kết)',
      request: { params: idPath, body: jsonBody(cascadeProgramBody) },
      responses: legacyResponses(201, 'Chương trình của đơn vị cấp dưới'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      return c.json(
        await service.cascade(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/cascade',
      tags: tag,
      summary: 'Bảng các chương trình cấp dưới cụ thể hóa chương trình này, với tỷ lệ dập khuôn',
      request: { params: idPath },
      responses: legacyResponses(200, '{ items, missing }'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await cascadeTable(db(), actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/copy-check',
      tags: tag,
      summary:
        'Kiểm tra dập khuôn: mức giống chương trình cấp trên của từng mục (không dấu, bỏ tên cấp, tên đơn vị)',
      request: { params: idPath },
      responses: legacyResponses(
        200,
        '{ copyScore, localItems, copiedItems: [ { itemId, sourceItemId, similarity } ] }',
      ),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await copyCheck(db(), actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/revisions',
      tags: tag,
      summary: 'Các lần điều chỉnh chương trình đã phê duyệt, với lý do',
      request: { params: idPath },
      responses: legacyResponses(200, '{ items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await service.revisions(db(), actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{id}/items',
      tags: tag,
      summary: 'Thêm nội dung, nhiệm vụ vào chương trình (đã phê duyệt thì phải ghi lý do)',
      request: { params: idPath, body: jsonBody(createItemBody) },
      responses: legacyResponses(201, 'Mục đã thêm'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      return c.json(
        await itemService.addItem(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{id}/items/{itemId}',
      tags: tag,
      summary: 'Sửa một mục (viết lại cho phù hợp đơn vị, đơn vị chủ trì, thời hạn…)',
      request: { params: itemPath, body: jsonBody(updateItemBody) },
      responses: legacyResponses(200, 'Mục sau khi sửa'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      const { id, itemId } = c.req.valid('param');
      return c.json(await itemService.updateItem(deps, requestCtx(c), id, itemId, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{id}/items/{itemId}',
      tags: tag,
      summary:
        'Xóa một mục và các mục con (đã phê duyệt thì phải ghi lý do; mục đã giao nhiệm vụ không xóa được)',
      request: { params: itemPath, query: reasonQuery },
      responses: legacyResponses(204, 'Đã xóa'),
    }),
    async (c) => {
      authorize(c, 'program.manage');
      const { id, itemId } = c.req.valid('param');
      await itemService.deleteItem(deps, requestCtx(c), id, itemId, c.req.valid('query').reason);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/progress',
      tags: tag,
      summary:
        'Kết quả thực hiện theo nội dung và theo đơn vị trong một kỳ (dữ liệu của báo cáo sơ kết, tổng kết)',
      request: { params: idPath, query: reportQuery },
      responses: legacyResponses(200, 'Kết quả thực hiện'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await progress(db(), actor, c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/report',
      tags: tag,
      summary: 'Dự thảo báo cáo sơ kết / tổng kết (Word) của một chương trình trong một kỳ',
      request: { params: idPath, query: reportQuery },
      responses: legacyResponses(200, 'Tệp Word'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      const data = await progress(db(), actor, c.req.valid('param').id, c.req.valid('query'));
      const buf = await buildReportDocx(data);
      const name = `${data.kind === 'tong-ket' ? 'Tong-ket' : 'So-ket'}-chuong-trinh-${data.program.id}.docx`;
      c.header('content-type', DOCX_TYPE);
      c.header('content-disposition', `attachment; filename="${name}"`);
      return c.body(new Uint8Array(buf), 200);
    },
  );

  return r;
}
