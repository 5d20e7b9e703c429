// Routes of the reporting calendar: who owes what and who is late, setting a unit's schedule, and
// running the reminders on demand (the daily job runs the same).
import { createRoute } from '@hono/zod-openapi';
import {
  calendarQuery,
  INTEL_FIELD_LABELS,
  reminderRunBody,
  scheduleBody,
} from '../../../../domain/intel/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../../http/router.ts';
import { IntelCalendar, IntelCalendarEntry, IntelReminderRun } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Thông tin tình hình'];
const orgPath = z.object({ orgId: idParam });

export function calendarRoutes(deps: Deps) {
  const r = createRouter(INTEL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/calendar',
      tags: TAG,
      summary: 'Lịch báo cáo định kỳ của các đơn vị cấp dưới: kỳ gần nhất, đơn vị chậm nộp, hạn kỳ tới',
      request: { query: calendarQuery },
      responses: responses(200, 'Lịch báo cáo', IntelCalendar),
    }),
    async (c) => c.json(await service.calendar(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/intel/schedules/{orgId}',
      tags: TAG,
      summary: 'Đặt kỳ báo cáo (hằng tuần, hằng tháng) và hạn nộp cho một đơn vị cấp dưới',
      request: { params: orgPath, body: jsonBody(scheduleBody) },
      responses: responses(200, 'Lịch của đơn vị', IntelCalendarEntry),
    }),
    async (c) =>
      c.json(
        await service.setSchedule(deps, requestCtx(c), c.req.valid('param').orgId, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/intel/schedules/{orgId}',
      tags: TAG,
      summary: 'Bỏ lịch báo cáo của một đơn vị',
      request: { params: orgPath },
      responses: noContent('Đã bỏ'),
    }),
    async (c) => {
      await service.removeSchedule(deps, requestCtx(c), c.req.valid('param').orgId);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/intel/reminders/run',
      tags: TAG,
      summary: 'Gửi ngay các lời nhắc nộp báo cáo (việc hằng ngày cũng làm như vậy)',
      request: { body: jsonBody(reminderRunBody) },
      responses: responses(200, 'Kết quả', IntelReminderRun),
    }),
    async (c) => c.json(await service.runReminders(deps, requestCtx(c), c.req.valid('json')), 200),
  );
  return r;
}
