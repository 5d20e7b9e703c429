// HTTP of programmes: the list, a programme with its tree, drafting and revisions, approval, and the
// cascade to a lower unit; and the routers of the sub-features: items, the copy-check, the review
// report, and the weekly schedules (one router for the area in server/app.ts).
import { createRoute } from '@hono/zod-openapi';
import {
  approveProgramBody,
  cascadeProgramBody,
  createProgramBody,
  programListQuery,
  updateProgramBody,
} from '../../../domain/programs/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import {
  createRouter,
  jsonBody,
  noContent,
  requestCtx,
  responses,
  validationHook,
} from '../../http/router.ts';
import { cascadeRoutes } from './cascade/routes.ts';
import { itemRoutes } from './items/routes.ts';
import { ProgramApproved, ProgramDetail, ProgramJson, ProgramList, ProgramRevisions } from './presenter.ts';
import { reportRoutes } from './report/routes.ts';
import { scheduleRoutes } from './schedule/routes.ts';
import * as service from './service.ts';

const tags = ['Chương trình công tác'];
const idPath = z.object({ id: idParam });
const hook = validationHook({ kind: 'Loại chương trình' });

export function programRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs',
      tags,
      summary: 'Các chương trình công tác xem được (của đơn vị mình, cấp dưới và cấp trên ban hành xuống)',
      request: { query: programListQuery },
      responses: responses(200, 'Các chương trình', ProgramList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('query')), 200),
    hook,
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs',
      tags,
      summary:
        'Tạo chương trình công tác (toàn khóa, năm, quý, tháng, tuần), có thể cụ thể hóa chương trình cấp trên',
      request: { body: jsonBody(createProgramBody) },
      responses: responses(201, 'Chương trình đã tạo', ProgramJson),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
    hook,
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}',
      tags,
      summary: 'Một chương trình với cây nội dung, và chương trình cấp trên (để đặt cạnh nhau)',
      request: { params: idPath },
      responses: responses(200, 'Chương trình', ProgramDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{id}',
      tags,
      summary: 'Sửa chương trình (đã phê duyệt thì phải ghi lý do điều chỉnh)',
      request: { params: idPath, body: jsonBody(updateProgramBody) },
      responses: responses(200, 'Chương trình', ProgramJson),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{id}',
      tags,
      summary: 'Xóa chương trình dự thảo chưa được dùng',
      request: { params: idPath },
      responses: noContent('Đã xóa'),
    }),
    async (c) => {
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{id}/approve',
      tags,
      summary:
        'Phê duyệt: ban hành xuống đơn vị cấp dưới, giao nhiệm vụ cho các mục có đơn vị chủ trì và thời hạn',
      request: { params: idPath, body: jsonBody(approveProgramBody) },
      responses: responses(200, 'Chương trình đã phê duyệt', ProgramApproved),
    }),
    async (c) =>
      c.json(await service.approve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{id}/cascade',
      tags,
      summary:
        'Đơn vị cấp dưới cụ thể hóa: tạo chương trình từ chương trình cấp trên (các mục được sao và liên kết)',
      request: { params: idPath, body: jsonBody(cascadeProgramBody) },
      responses: responses(201, 'Chương trình của đơn vị cấp dưới', ProgramJson),
    }),
    async (c) =>
      c.json(await service.cascade(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/revisions',
      tags,
      summary: 'Các lần điều chỉnh chương trình đã phê duyệt, với lý do',
      request: { params: idPath },
      responses: responses(200, 'Các lần điều chỉnh', ProgramRevisions),
    }),
    async (c) => c.json(await service.revisions(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.route('/', itemRoutes(deps));
  r.route('/', cascadeRoutes(deps));
  r.route('/', reportRoutes(deps));
  r.route('/', scheduleRoutes(deps));
  return r;
}
