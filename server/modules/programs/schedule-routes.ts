// HTTP of the weekly schedules: the week of a unit (with conflicts), events, the printable Word file.
import { createRoute } from '@hono/zod-openapi';
import { todayVn } from '../../../domain/dates.ts';
import { scheduleEventBody, scheduleWeekQuery } from '../../../domain/programs/schemas.ts';
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
import * as orgQueries from '../orgs/queries.ts';
import { DOCX_TYPE } from './routes.ts';
import { buildScheduleDocx } from './schedule-docx.ts';
import * as service from './schedule-service.ts';

const tag = ['Lịch công tác tuần'];
const idPath = z.object({ id: idParam });
const hook = validationHook({ place: 'Địa điểm', date: 'Ngày' });

export function scheduleRoutes(deps: Deps) {
  const r = createRouter();
  const db = () => deps.database.db;

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/schedule',
      tags: tag,
      summary:
        'Lịch công tác tuần của một đơn vị (mặc định: đơn vị của bạn, tuần hiện tại), có cảnh báo trùng lịch',
      request: { query: scheduleWeekQuery },
      responses: legacyResponses(200, 'Lịch tuần'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      return c.json(await service.week(db(), actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/schedule/docx',
      tags: tag,
      summary: 'Lịch công tác tuần dạng Word để in',
      request: { query: scheduleWeekQuery },
      responses: legacyResponses(200, 'Tệp Word'),
    }),
    async (c) => {
      const actor = authorize(c, 'program.read');
      const w = await service.week(db(), actor, c.req.valid('query'));
      const org = await orgQueries.byId(db(), w.orgId);
      const superior = org?.parent_id ? await orgQueries.byId(db(), org.parent_id) : undefined;
      const buf = await buildScheduleDocx(w, {
        superior: superior?.name ?? null,
        shortCode: org?.short_code ?? '',
        today: todayVn(),
      });
      c.header('content-type', DOCX_TYPE);
      c.header('content-disposition', `attachment; filename="Lich-cong-tac-tuan-${w.weekStart}.docx"`);
      return c.body(new Uint8Array(buf), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/schedule',
      tags: tag,
      summary: 'Thêm một lịch (giờ, nội dung, địa điểm, chủ trì, thành phần, đơn vị chuẩn bị)',
      request: { body: jsonBody(scheduleEventBody) },
      responses: legacyResponses(201, 'Lịch đã thêm, kèm các trùng lịch'),
    }),
    async (c) => {
      authorize(c, 'schedule.manage');
      return c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201);
    },
    hook,
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/schedule/{id}',
      tags: tag,
      summary: 'Sửa một lịch',
      request: { params: idPath, body: jsonBody(scheduleEventBody) },
      responses: legacyResponses(200, 'Lịch sau khi sửa'),
    }),
    async (c) => {
      authorize(c, 'schedule.manage');
      return c.json(
        await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
    hook,
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/schedule/{id}',
      tags: tag,
      summary: 'Xóa một lịch',
      request: { params: idPath },
      responses: legacyResponses(204, 'Đã xóa'),
    }),
    async (c) => {
      authorize(c, 'schedule.manage');
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
