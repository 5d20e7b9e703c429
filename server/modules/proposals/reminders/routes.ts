// HTTP: run the consultation reminders now (the daily job runs them at 06:15).
import { createRoute } from '@hono/zod-openapi';
import { isoDate, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ProposalReminderRun } from './presenter.ts';
import * as service from './service.ts';

export function reminderRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/reminders/run',
      tags: ['Đề án, báo cáo chuyên đề'],
      summary: 'Chạy ngay việc nhắc hạn góp ý (việc hằng ngày lúc 6 giờ 15)',
      request: { body: jsonBody(z.object({ today: isoDate.optional() })) },
      responses: responses(200, 'Kết quả', ProposalReminderRun),
    }),
    async (c) => c.json(await service.runProposalReminders(deps, requestCtx(c), c.req.valid('json')), 200),
  );

  return r;
}
