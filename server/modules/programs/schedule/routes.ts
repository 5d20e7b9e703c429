// HTTP of the weekly schedules: the week of a unit (with conflicts), events, the printable Word file.
// Mounted by the programmes' router.
import { createRoute } from '@hono/zod-openapi';
import { scheduleEventBody, scheduleWeekQuery } from '../../../../domain/programs/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import {
  createRouter,
  fileResponses,
  jsonBody,
  MEDIA,
  noContent,
  requestCtx,
  responses,
  validationHook,
} from '../../../http/router.ts';
import { ScheduleEventSaved, ScheduleWeek } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Lịch công tác tuần'];
const idPath = z.object({ id: idParam });
const hook = validationHook({ place: 'Địa điểm', date: 'Ngày' });

export function scheduleRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/schedule',
      tags,
      summary:
        'Lịch công tác tuần của một đơn vị (mặc định: đơn vị của bạn, tuần hiện tại), có cảnh báo trùng lịch',
      request: { query: scheduleWeekQuery },
      responses: responses(200, 'Lịch tuần', ScheduleWeek),
    }),
    async (c) => c.json(await service.week(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/schedule/docx',
      tags,
      summary: 'Lịch công tác tuần dạng Word để in',
      request: { query: scheduleWeekQuery },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.weekDocx(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { body: file.bytes, name: file.name, type: MEDIA.docx });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/schedule',
      tags,
      summary: 'Thêm một lịch (giờ, nội dung, địa điểm, chủ trì, thành phần, đơn vị chuẩn bị)',
      request: { body: jsonBody(scheduleEventBody) },
      responses: responses(201, 'Lịch đã thêm, kèm các trùng lịch', ScheduleEventSaved),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
    hook,
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/schedule/{id}',
      tags,
      summary: 'Sửa một lịch',
      request: { params: idPath, body: jsonBody(scheduleEventBody) },
      responses: responses(200, 'Lịch sau khi sửa', ScheduleEventSaved),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
    hook,
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/schedule/{id}',
      tags,
      summary: 'Xóa một lịch',
      request: { params: idPath },
      responses: noContent('Đã xóa'),
    }),
    async (c) => {
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
