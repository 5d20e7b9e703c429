// HTTP of tasks: giving a task (POST /api/tasks), the task page, progress reports and edits, the
// people a task may be given to; and the routers of the sub-features: lists and roll-ups, extensions
// and transfers, files, reminders.
import { createRoute } from '@hono/zod-openapi';
import { createTaskBody, editTaskBody, taskUpdateBody } from '../../../domain/programs/schemas.ts';
import { idParam, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses, validationHook } from '../../http/router.ts';
import { taskFileRoutes } from './files/routes.ts';
import { taskListRoutes } from './lists/routes.ts';
import { moveRoutes } from './moves/routes.ts';
import { TaskAssignees, TaskDetail, TaskEdited, TaskJson, TaskReported } from './presenter.ts';
import { reminderRoutes } from './reminders/routes.ts';
import * as service from './service.ts';

const tags = ['Nhiệm vụ'];
const idPath = z.object({ id: idParam });
const hook = validationHook({ 'source.kind': 'Loại nguồn', 'source.id': 'Mã nguồn' });

export function taskRoutes(deps: Deps) {
  const r = createRouter();

  // Static paths (/api/tasks/summary, /api/tasks/reminders/run, …) before /api/tasks/{id}.
  r.route('/', taskListRoutes(deps));
  r.route('/', reminderRoutes(deps));

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/assignees',
      tags,
      summary: 'Người có thể được giao nhiệm vụ của một đơn vị (tìm theo tên)',
      request: { query: z.object({ orgId: idParam, q: text(100, 0).optional() }) },
      responses: responses(200, 'Danh sách người', TaskAssignees),
    }),
    async (c) => c.json(await service.assignees(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks',
      tags,
      summary: 'Giao nhiệm vụ (hạn trong quá khứ được chấp nhận: nhiệm vụ nhập sau)',
      request: { body: jsonBody(createTaskBody) },
      responses: responses(201, 'Nhiệm vụ đã tạo', TaskJson),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
    hook,
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/tasks/{id}',
      tags,
      summary: 'Một nhiệm vụ với lịch sử báo cáo, gia hạn, chuyển đơn vị và tệp',
      request: { params: idPath },
      responses: responses(200, 'Nhiệm vụ', TaskDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/tasks/{id}',
      tags,
      summary: 'Sửa tiêu đề, nội dung, người thực hiện, đơn vị phối hợp',
      request: { params: idPath, body: jsonBody(editTaskBody) },
      responses: responses(200, 'Nhiệm vụ', TaskEdited),
    }),
    async (c) =>
      c.json(await service.edit(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/tasks/{id}/updates',
      tags,
      summary: 'Báo cáo tiến độ (0–100 %); 100 là hoàn thành (kèm sản phẩm)',
      request: { params: idPath, body: jsonBody(taskUpdateBody) },
      responses: responses(201, 'Nhiệm vụ sau khi cập nhật', TaskReported),
    }),
    async (c) =>
      c.json(await service.report(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.route('/', moveRoutes(deps));
  r.route('/', taskFileRoutes(deps));
  return r;
}
