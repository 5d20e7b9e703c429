// Routes of the working-day calendar (Cài đặt → Lịch làm việc): a year's days off, a due date counted
// in working days, and the days an administrator enters or removes.
import { createRoute } from '@hono/zod-openapi';
import { isoDate, text, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { DueDateJson, WorkCalendarYear } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Lịch làm việc'];

const year = z.coerce.number().int().min(1900).max(2199);
const dayBody = z.strictObject({
  date: isoDate.refine((d) => d >= '1900-01-01' && d <= '2199-12-31', { message: 'ngoài khoảng 1900–2199' }),
  kind: z.enum(['off', 'work']),
  note: text(200),
});

export function calendarRoutes(deps: Deps) {
  const r = createRouter({
    year: 'Năm',
    from: 'Ngày bắt đầu',
    days: 'Số ngày làm việc',
    date: 'Ngày',
    kind: 'Loại ngày',
    note: 'Ghi chú',
  });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/work-calendar',
      tags: TAG,
      summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm',
      request: { query: z.object({ year }) },
      responses: responses(200, 'Lịch của năm', WorkCalendarYear),
    }),
    async (c) => c.json(await service.yearCalendar(deps, requestCtx(c), c.req.valid('query').year), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/work-calendar/due',
      tags: TAG,
      summary: 'Hạn sau một số ngày làm việc kể từ một ngày',
      request: {
        query: z.object({
          from: isoDate.refine((d) => d >= '1900-01-01' && d <= '2190-12-31', {
            message: 'ngoài khoảng 1900–2190',
          }),
          days: z.coerce.number().int().min(0).max(366),
        }),
      },
      responses: responses(200, 'Hạn tính theo ngày làm việc', DueDateJson),
    }),
    async (c) => {
      const { from, days } = c.req.valid('query');
      return c.json(await service.dueDate(deps, requestCtx(c), from, days), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/work-calendar/days',
      tags: TAG,
      summary: 'Nhập một ngày nghỉ (nghỉ bù, hoán đổi) hoặc một ngày làm bù (quản trị)',
      request: { body: jsonBody(dayBody) },
      responses: responses(201, 'Lịch của năm sau khi nhập', WorkCalendarYear),
    }),
    async (c) => c.json(await service.addDay(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/work-calendar/days/{date}',
      tags: TAG,
      summary: 'Xóa một ngày đã nhập (quản trị)',
      request: { params: z.object({ date: isoDate }) },
      responses: responses(200, 'Lịch của năm sau khi xóa', WorkCalendarYear),
    }),
    async (c) => c.json(await service.removeDay(deps, requestCtx(c), c.req.valid('param').date), 200),
  );

  return r;
}
