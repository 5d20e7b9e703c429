// HTTP: the retention schedule and the file plan (listing, planning and editing files).
import { createRoute } from '@hono/zod-openapi';
import {
  createFileBody,
  listFilesQuery,
  scheduleBody,
  updateFileBody,
  updateScheduleBody,
} from '../../../../domain/archive/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ArchiveFile, ArchiveFileList } from '../presenter.ts';
import { ArchivePlanYears, ArchiveSchedule, ArchiveScheduleRow } from './presenter.ts';
import * as service from './service.ts';

const idPath = z.object({ id: idParam });
const tags = ['Lưu trữ'];

export function planRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/schedule',
      tags,
      summary: 'Bảng thời hạn bảo quản tài liệu (mẫu theo Hướng dẫn 35-HD/VPTW, sửa được)',
      request: { query: z.object({ all: z.enum(['0', '1']).optional() }) },
      responses: responses(200, 'Bảng thời hạn bảo quản', ArchiveSchedule),
    }),
    async (c) =>
      c.json(await service.listSchedule(deps, requestCtx(c), { all: c.req.valid('query').all === '1' }), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/schedule',
      tags,
      summary: 'Thêm dòng vào bảng thời hạn bảo quản',
      request: { body: jsonBody(scheduleBody) },
      responses: responses(201, 'Dòng đã thêm', ArchiveScheduleRow),
    }),
    async (c) => c.json(await service.createScheduleRow(deps, requestCtx(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/archive/schedule/{id}',
      tags,
      summary: 'Sửa một dòng của bảng thời hạn bảo quản (áp dụng cho hồ sơ lập sau)',
      request: { params: idPath, body: jsonBody(updateScheduleBody) },
      responses: responses(200, 'Dòng đã sửa', ArchiveScheduleRow),
    }),
    async (c) =>
      c.json(
        await service.updateScheduleRow(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/files',
      tags,
      summary: 'Danh mục hồ sơ: theo đơn vị, năm, trạng thái, từ khóa (không dấu)',
      request: { query: listFilesQuery },
      responses: responses(200, 'Hồ sơ', ArchiveFileList),
    }),
    async (c) => c.json(await service.listFiles(deps, requestCtx(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/plan-years',
      tags,
      summary: 'Các năm có danh mục hồ sơ của một đơn vị',
      request: { query: z.object({ orgId: idParam }) },
      responses: responses(200, 'Các năm', ArchivePlanYears),
    }),
    async (c) => c.json(await service.planYears(deps, requestCtx(c), c.req.valid('query').orgId), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/files',
      tags,
      summary: 'Thêm hồ sơ vào danh mục (open=true: mở hồ sơ ngay)',
      request: { body: jsonBody(createFileBody) },
      responses: responses(201, 'Hồ sơ', ArchiveFile),
    }),
    async (c) => c.json(await service.createFile(deps, requestCtx(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/archive/files/{id}',
      tags,
      summary: 'Sửa thông tin hồ sơ (trước khi đóng)',
      request: { params: idPath, body: jsonBody(updateFileBody) },
      responses: responses(200, 'Hồ sơ', ArchiveFile),
    }),
    async (c) =>
      c.json(
        await service.updateFile(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  return r;
}
