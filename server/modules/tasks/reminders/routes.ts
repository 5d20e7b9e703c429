// HTTP: run the deadline reminders now (the daily job runs them at 06:00).
import { createRoute } from '@hono/zod-openapi';
import { isoDate, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { TaskReminderRun } from './presenter.ts';
import * as service from './service.ts';

export function reminderRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/reminders/run',
      tags: ['Nhiệm vụ'],
      summary: 'Chạy ngay việc nhắc hạn nhiệm vụ (việc hằng ngày lúc 6 giờ)',
      request: { body: jsonBody(z.object({ today: isoDate.optional() })) },
      responses: responses(200, 'Kết quả', TaskReminderRun),
    }),
    async (c) => c.json(await service.runTaskReminders(deps, requestCtx(c), c.req.valid('json')), 200),
  );

  return r;
}
