// HTTP of a scheme's measures: add, remove (before it is a task), and turn them into tasks.
import { createRoute } from '@hono/zod-openapi';
import { addMeasureBody, PROPOSAL_FIELD_LABELS } from '../../../../domain/proposals/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../../http/router.ts';
import { ProposalMeasure, ProposalMeasureTasks } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đề án, báo cáo chuyên đề'];
const idPath = z.object({ id: idParam });

export function measureRoutes(deps: Deps) {
  const r = createRouter(PROPOSAL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/measures',
      tags,
      summary: 'Thêm một giải pháp (đơn vị chủ trì thực hiện, thời hạn); sau khi ban hành thì giao ngay',
      request: { params: idPath, body: jsonBody(addMeasureBody) },
      responses: responses(201, 'Giải pháp', ProposalMeasure),
    }),
    async (c) =>
      c.json(await service.add(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/proposals/{id}/measures/{measureId}',
      tags,
      summary: 'Bỏ một giải pháp chưa thành nhiệm vụ',
      request: { params: z.object({ id: idParam, measureId: idParam }) },
      responses: noContent('Đã bỏ'),
    }),
    async (c) => {
      const { id, measureId } = c.req.valid('param');
      await service.remove(deps, requestCtx(c), id, measureId);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/measures/tasks',
      tags,
      summary: 'Giao các giải pháp chưa có nhiệm vụ thành nhiệm vụ (đề án đã ban hành)',
      request: { params: idPath },
      responses: responses(200, 'Các giải pháp và nhiệm vụ', ProposalMeasureTasks),
    }),
    async (c) => c.json(await service.createTasks(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  return r;
}
