// The members area's HTTP routes: the record itself here, each sub-feature's in its folder. The
// sub-features are mounted first, so that static paths (`/api/members/badges`, …) are never read
// as `/api/members/{id}`.
import { createRoute } from '@hono/zod-openapi';
import {
  createMemberBody,
  exportQuery,
  memberListQuery,
  recognizeBody,
  statusBody,
  updateMemberBody,
} from '../../../domain/members/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { download } from '../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../http/router.ts';
import { admissionRoutes } from './admission/routes.ts';
import { badgeRoutes } from './badges/routes.ts';
import { feeRoutes } from './fees/routes.ts';
import { importRoutes } from './import/routes.ts';
import { FIELD_LABELS, MemberDetail, MemberHistory, MemberList, MemberRecord } from './presenter.ts';
import { ratingRoutes } from './rating/routes.ts';
import { memberReviewRoutes } from './reviews/routes.ts';
import * as service from './service.ts';
import { transferRoutes } from './transfers/routes.ts';

const TAG = ['Đảng viên'];
const idPath = z.object({ id: idParam });

export function memberRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);
  r.route('/', importRoutes(deps));
  r.route('/', badgeRoutes(deps));
  r.route('/', feeRoutes(deps));
  r.route('/', ratingRoutes(deps));
  r.route('/', memberReviewRoutes(deps));
  r.route('/', admissionRoutes(deps));
  r.route('/', transferRoutes(deps));

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/export',
      tags: TAG,
      summary: 'Xuất danh sách đảng viên đã lọc ra Excel (tiêu đề tiếng Việt)',
      request: { query: exportQuery },
      responses: fileResponses('Tệp .xlsx', [MEDIA.xlsx]),
    }),
    async (c) => {
      const f = c.req.valid('query');
      const file = await service.exportList(deps, requestCtx(c), {
        ...f,
        q: f.q || undefined,
        shared: f.shared === '1',
      });
      return download(c, { ...file, type: MEDIA.xlsx });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members',
      tags: TAG,
      summary:
        'Danh sách đảng viên trong phạm vi (đảng viên chỉ thấy hồ sơ của mình), xếp theo tên; lọc theo đơn vị, tình trạng, tuổi, tuổi đảng, đến hạn Huy hiệu',
      request: { query: memberListQuery },
      responses: responses(200, 'Một trang danh sách', MemberList),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(
        await service.list(deps, requestCtx(c), { ...f, q: f.q || undefined, shared: f.shared === '1' }),
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
      responses: responses(201, 'Hồ sơ đã tạo', MemberRecord),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}',
      tags: TAG,
      summary: 'Hồ sơ một đảng viên (việc xem được ghi nhật ký)',
      request: { params: idPath },
      responses: responses(200, 'Hồ sơ', MemberDetail),
    }),
    async (c) => c.json(await service.get(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/members/{id}',
      tags: TAG,
      summary: 'Sửa hồ sơ (mọi thay đổi vào lịch sử); gắn tài khoản của đảng viên (userId)',
      request: { params: idPath, body: jsonBody(updateMemberBody) },
      responses: responses(200, 'Hồ sơ sau khi sửa', MemberRecord),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}/history',
      tags: TAG,
      summary: 'Lịch sử thay đổi của hồ sơ',
      request: { params: idPath },
      responses: responses(200, 'Lịch sử', MemberHistory),
    }),
    async (c) => c.json(await service.history(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/status',
      tags: TAG,
      summary: 'Xóa tên hoặc ghi nhận từ trần',
      request: { params: idPath, body: jsonBody(statusBody) },
      responses: responses(200, 'Hồ sơ', MemberDetail),
    }),
    async (c) =>
      c.json(await service.setStatus(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/recognize',
      tags: TAG,
      summary: 'Công nhận đảng viên chính thức (sau 12 tháng dự bị)',
      request: { params: idPath, body: jsonBody(recognizeBody) },
      responses: responses(200, 'Hồ sơ', MemberDetail),
    }),
    async (c) =>
      c.json(await service.recognize(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
