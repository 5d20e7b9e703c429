// The members area's HTTP routes (DESIGN.md §4 and issue 7). Static paths are registered before
// `/api/members/{id}` so that `/api/members/badges` is never read as an id.
import { createRoute } from '@hono/zod-openapi';
import {
  createMemberBody,
  memberListQuery,
  recognizeBody,
  statusBody,
  updateMemberBody,
} from '../../../domain/members/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { authorize, createRouter, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import { admissionRoutes } from './admission-routes.ts';
import { badgeRoutes } from './badges-routes.ts';
import { exportRoutes } from './export.ts';
import { feeRoutes } from './fees-routes.ts';
import { importRoutes } from './import-routes.ts';
import { ratingRoutes } from './rating-routes.ts';
import * as service from './service.ts';
import { transferRoutes } from './transfers-routes.ts';

export const TAG = ['Đảng viên'];
const idPath = z.object({ id: idParam });

export function memberRoutes(deps: Deps) {
  // Member fields whose shared names mean something else elsewhere.
  const r = createRouter({ position: 'Chức vụ', place: 'Nơi cư trú', kind: 'Hình thức chuyển sinh hoạt' });
  importRoutes(r, deps);
  exportRoutes(r, deps);
  badgeRoutes(r, deps);
  feeRoutes(r, deps);
  ratingRoutes(r, deps);
  admissionRoutes(r, deps);
  transferRoutes(r, deps);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members',
      tags: TAG,
      summary:
        'Danh sách đảng viên trong phạm vi (đảng viên chỉ thấy hồ sơ của mình), xếp theo tên; lọc theo đơn vị, tình trạng, tuổi, tuổi đảng, đến hạn Huy hiệu',
      request: { query: memberListQuery },
      responses: legacyResponses(200, '{ items, nextCursor, total }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.read');
      const f = c.req.valid('query');
      return c.json(
        await service.listMembers(deps.database.db, actor, {
          ...f,
          q: f.q || undefined,
          shared: f.shared === '1',
        }),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members',
      tags: TAG,
      summary: 'Thêm hồ sơ đảng viên (số thẻ đảng viên không trùng; trùng → 409)',
      request: { body: jsonBody(createMemberBody) },
      responses: legacyResponses(201, 'Hồ sơ đã tạo'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      return c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}',
      tags: TAG,
      summary: 'Hồ sơ một đảng viên (việc xem được ghi nhật ký)',
      request: { params: idPath },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'member.read');
      return c.json(await service.get(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/members/{id}',
      tags: TAG,
      summary: 'Sửa hồ sơ (mọi thay đổi vào lịch sử); gắn tài khoản của đảng viên (userId)',
      request: { params: idPath, body: jsonBody(updateMemberBody) },
      responses: legacyResponses(200, 'Hồ sơ sau khi sửa'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await service.update(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}/history',
      tags: TAG,
      summary: 'Lịch sử thay đổi của hồ sơ',
      request: { params: idPath },
      responses: legacyResponses(200, '{ items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.read');
      return c.json(await service.history(deps.database.db, actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/status',
      tags: TAG,
      summary: 'Xóa tên hoặc ghi nhận từ trần',
      request: { params: idPath, body: jsonBody(statusBody) },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await service.setStatus(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/recognize',
      tags: TAG,
      summary: 'Công nhận đảng viên chính thức (sau 12 tháng dự bị)',
      request: { params: idPath, body: jsonBody(recognizeBody) },
      responses: legacyResponses(200, 'Hồ sơ'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await service.recognize(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  return r;
}
