// Routes of situation information: categories and reports here; the sub-features' routers (calendar,
// hot issues, warnings, synthesis) are mounted first so that their fixed paths are not taken for ids.
import { createRoute } from '@hono/zod-openapi';
import {
  categoryBody,
  categoryParam,
  categoryPatch,
  createReportBody,
  INTEL_FIELD_LABELS,
  listReportsQuery,
} from '../../../domain/intel/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { calendarRoutes } from './calendar/routes.ts';
import { issueRoutes } from './issues/routes.ts';
import {
  IntelCategoryAdmin,
  IntelCategoryAdminList,
  IntelCategoryList,
  IntelReport,
  IntelReportList,
} from './presenter.ts';
import * as service from './service.ts';
import { synthesisRoutes } from './synthesis/routes.ts';
import { warningRoutes } from './warnings/routes.ts';

const TAG = ['Thông tin tình hình'];

export function intelRoutes(deps: Deps) {
  const r = createRouter(INTEL_FIELD_LABELS);
  r.route('/', calendarRoutes(deps));
  r.route('/', issueRoutes(deps));
  r.route('/', warningRoutes(deps));
  r.route('/', synthesisRoutes(deps));

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/categories',
      tags: TAG,
      summary: 'Danh mục lĩnh vực thông tin tình hình đang dùng',
      responses: responses(200, 'Các lĩnh vực', IntelCategoryList),
    }),
    async (c) => c.json(await service.listCategories(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/categories/all',
      tags: TAG,
      summary: 'Danh mục lĩnh vực, cả lĩnh vực đã ngừng dùng (quản trị)',
      responses: responses(200, 'Các lĩnh vực', IntelCategoryAdminList),
    }),
    async (c) => c.json(await service.allCategories(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/categories',
      tags: TAG,
      summary: 'Thêm một lĩnh vực vào danh mục (quản trị); mã không dùng lại',
      request: { body: jsonBody(categoryBody) },
      responses: responses(201, 'Lĩnh vực đã thêm', IntelCategoryAdmin),
    }),
    async (c) => c.json(await service.addCategory(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/intel/categories/{code}',
      tags: TAG,
      summary: 'Đổi tên, ngừng dùng hoặc dùng lại một lĩnh vực (quản trị); vụ việc cũ giữ lĩnh vực của mình',
      request: { params: categoryParam, body: jsonBody(categoryPatch) },
      responses: responses(200, 'Lĩnh vực', IntelCategoryAdmin),
    }),
    async (c) =>
      c.json(
        await service.changeCategory(deps, requestCtx(c), c.req.valid('param').code, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/reports',
      tags: TAG,
      summary:
        'Gửi báo cáo định kỳ hoặc báo cáo nhanh của một đơn vị; báo cáo nhanh được thông báo ngay cho lãnh đạo đơn vị và cấp trên',
      request: { body: jsonBody(createReportBody) },
      responses: responses(201, 'Báo cáo đã nhận', IntelReport),
    }),
    async (c) => c.json(await service.createReport(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/reports',
      tags: TAG,
      summary: 'Các báo cáo tình hình (của một đơn vị và cấp dưới khi chọn), mới nhất trước',
      request: { query: listReportsQuery },
      responses: responses(200, 'Danh sách', IntelReportList),
    }),
    async (c) => c.json(await service.listReports(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/reports/{id}',
      tags: TAG,
      summary: 'Một báo cáo với các vụ việc',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Báo cáo', IntelReport),
    }),
    async (c) => c.json(await service.getReport(deps, requestCtx(c), c.req.valid('param').id), 200),
  );
  return r;
}
