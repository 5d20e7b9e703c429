// HTTP of tasks (DESIGN.md §4: POST /api/tasks, /updates, /transfer, GET /api/tasks/summary) and of
// what the pages need around them: lists, the task page, extensions, files, roll-ups, directives.
import { Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import {
  createTaskBody,
  editTaskBody,
  extendTaskBody,
  summaryQuery,
  taskListQuery,
  taskUpdateBody,
  transferTaskBody,
  trendQuery,
} from '../../../domain/programs/schemas.ts';
import { sortByName } from '../../../domain/text.ts';
import { idParam, isoDate, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import {
  authorize,
  createRouter,
  jsonBody,
  requestCtx,
  legacyResponses,
  validationHook,
} from '../../http/router.ts';
import { receiveUpload } from '../../http/upload.ts';
import * as userQueries from '../users/queries.ts';
import { attach, download, uploadDir } from './files.ts';
import * as lists from './lists.ts';
import * as moves from './moves.ts';
import { runTaskReminders } from './reminders.ts';
import * as service from './service.ts';

const tag = ['Nhiệm vụ'];
const idPath = z.object({ id: idParam });
const hook = validationHook({ 'source.kind': 'Loại nguồn', 'source.id': 'Mã nguồn' });
const transferHook = validationHook({ orgId: 'Đơn vị nhận' });
const extendHook = validationHook({ dueOn: 'Hạn mới' });

export function taskRoutes(deps: Deps) {
  const r = createRouter();
  const db = () => deps.database.db;

  // Static paths before /api/tasks/{id}.
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/summary',
      tags: tag,
      summary:
        'Tổng hợp theo từng đơn vị trực thuộc (cả cây con, theo đơn vị đang giữ nhiệm vụ): tổng, hoàn thành, đúng hạn, quá hạn, chậm báo cáo, đùn đẩy',
      request: { query: summaryQuery },
      responses: legacyResponses(
        200,
        'Mảng các đơn vị con: { orgId, total, done, doneOnTime, overdue, stalled, bounced }',
      ),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      return c.json(await lists.summary(db(), actor, c.req.valid('query').orgId), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/totals',
      tags: tag,
      summary: 'Số liệu chung của một đơn vị (cả cây con)',
      request: { query: summaryQuery },
      responses: legacyResponses(200, 'Tổng hợp'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      return c.json(await lists.totals(db(), actor, c.req.valid('query').orgId), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/trend',
      tags: tag,
      summary: 'Xu hướng theo tháng hạn: đúng hạn, quá hạn, chưa đến hạn',
      request: { query: trendQuery },
      responses: legacyResponses(200, 'Theo tháng'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      const query = c.req.valid('query');
      return c.json(await lists.trend(db(), actor, query.orgId, query.months ?? 12), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/directives',
      tags: tag,
      summary: 'Theo dõi theo văn bản chỉ đạo (số ký hiệu, ví dụ 34-CT/TU) với số nhiệm vụ từng trạng thái',
      request: { query: summaryQuery },
      responses: legacyResponses(200, 'Các văn bản chỉ đạo'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      return c.json(await lists.directives(db(), actor, c.req.valid('query').orgId), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/assignees',
      tags: tag,
      summary: 'Người có thể được giao nhiệm vụ của một đơn vị (tìm theo tên)',
      request: { query: z.object({ orgId: idParam, q: text(100, 0).optional() }) },
      responses: legacyResponses(200, 'Danh sách người'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.manage');
      const query = c.req.valid('query');
      const found = await userQueries.list(db(), actor, { orgId: query.orgId, q: query.q || undefined });
      const items = sortByName(found, (u) => u.full_name)
        .slice(0, 100)
        .map((u) => ({
          id: u.id,
          fullName: u.full_name,
          orgId: u.org_id,
          orgName: u.org_name,
          role: u.role,
        }));
      return c.json({ items }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/reminders/run',
      tags: tag,
      summary: 'Chạy ngay việc nhắc hạn nhiệm vụ (việc hằng ngày lúc 6 giờ)',
      request: { body: jsonBody(z.object({ today: isoDate.optional() })) },
      responses: legacyResponses(200, 'Kết quả'),
    }),
    async (c) => {
      authorize(c, 'settings.manage');
      return c.json(await runTaskReminders(deps, c.req.valid('json').today), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks',
      tags: tag,
      summary: 'Danh sách nhiệm vụ (của tôi, của đơn vị, theo văn bản chỉ đạo, theo trạng thái)',
      request: { query: taskListQuery },
      responses: legacyResponses(200, '{ items, nextCursor }'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      return c.json(await lists.list(db(), actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks',
      tags: tag,
      summary: 'Giao nhiệm vụ (hạn trong quá khứ được chấp nhận: nhiệm vụ nhập sau)',
      request: { body: jsonBody(createTaskBody) },
      responses: legacyResponses(201, 'Nhiệm vụ đã tạo'),
    }),
    async (c) => {
      authorize(c, 'task.manage');
      return c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201);
    },
    hook,
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/{id}',
      tags: tag,
      summary: 'Một nhiệm vụ với lịch sử báo cáo, gia hạn, chuyển đơn vị và tệp',
      request: { params: idPath },
      responses: legacyResponses(200, 'Nhiệm vụ'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      return c.json(await service.detail(db(), actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/tasks/{id}',
      tags: tag,
      summary: 'Sửa tiêu đề, nội dung, người thực hiện, đơn vị phối hợp',
      request: { params: idPath, body: jsonBody(editTaskBody) },
      responses: legacyResponses(200, 'Nhiệm vụ'),
    }),
    async (c) => {
      authorize(c, 'task.manage');
      return c.json(
        await service.edit(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/updates',
      tags: tag,
      summary: 'Báo cáo tiến độ (0–100 %); 100 là hoàn thành (kèm sản phẩm)',
      request: { params: idPath, body: jsonBody(taskUpdateBody) },
      responses: legacyResponses(201, 'Nhiệm vụ sau khi cập nhật'),
    }),
    async (c) => {
      authorize(c, 'task.report');
      return c.json(
        await service.report(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/extend',
      tags: tag,
      summary: 'Gia hạn (bắt buộc lý do; được đếm)',
      request: { params: idPath, body: jsonBody(extendTaskBody) },
      responses: legacyResponses(200, 'Nhiệm vụ sau khi gia hạn'),
    }),
    async (c) => {
      authorize(c, 'task.manage');
      return c.json(
        await moves.extend(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
    extendHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/transfer',
      tags: tag,
      summary: 'Chuyển đơn vị chủ trì (bắt buộc lý do; được đếm; quay lại đơn vị đã chuyển đi là đùn đẩy)',
      request: { params: idPath, body: jsonBody(transferTaskBody) },
      responses: legacyResponses(200, 'Nhiệm vụ sau khi chuyển'),
    }),
    async (c) => {
      authorize(c, 'task.manage');
      return c.json(
        await moves.transfer(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
    transferHook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/files',
      tags: tag,
      summary: 'Đính kèm tệp (multipart, trường «file»; tùy chọn «eventId» là lần báo cáo)',
      request: { params: idPath },
      responses: legacyResponses(201, 'Tệp đã đính kèm'),
    }),
    async (c) => {
      authorize(c, 'task.report');
      const { id } = c.req.valid('param');
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: uploadDir(deps),
      });
      return c.json(await attach(deps, requestCtx(c), id, upload), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/{id}/files/{fileId}',
      tags: tag,
      summary: 'Tải tệp đính kèm',
      request: { params: z.object({ id: idParam, fileId: idParam }) },
      responses: legacyResponses(200, 'Nội dung tệp'),
    }),
    async (c) => {
      const actor = authorize(c, 'task.read');
      const { id, fileId } = c.req.valid('param');
      const { file, stream } = await download(db(), deps, actor, id, fileId);
      c.header('content-type', file.mime);
      c.header('content-length', String(file.size));
      c.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      return c.body(Readable.toWeb(stream) as unknown as ReadableStream, 200);
    },
  );

  return r;
}
