// Routes after the meeting: minutes, the resolution (draft, issue), the report up, and the carry-over
// of a unit for the planning form.
import { createRoute } from '@hono/zod-openapi';
import {
  carryOverQuery,
  MEETING_FIELD_LABELS,
  minutesBody,
  reportBody,
  resolutionBody,
} from '../../../../domain/meetings/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { CarryOverAnswer, MeetingMinutes, MeetingResolution } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Sinh hoạt chi bộ'];
const idPath = z.object({ id: idParam });

export function resolutionRoutes(deps: Deps) {
  const r = createRouter(MEETING_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/carry-over',
      tags: TAG,
      summary: 'Nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước của chi bộ (đưa vào nội dung kỳ tới)',
      request: { query: carryOverQuery },
      responses: responses(200, 'Nhiệm vụ chuyển kỳ', CarryOverAnswer),
    }),
    async (c) => c.json(await service.carryOver(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/meetings/{id}/minutes',
      tags: TAG,
      summary: 'Ghi biên bản: giờ bắt đầu, kết thúc thực tế, ý kiến thảo luận, kết luận',
      request: { params: idPath, body: jsonBody(minutesBody) },
      responses: responses(200, 'Biên bản', MeetingMinutes),
    }),
    async (c) =>
      c.json(
        await service.recordMinutes(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/meetings/{id}/resolution',
      tags: TAG,
      summary: 'Dự thảo nghị quyết: kết quả tháng trước, nhiệm vụ tháng này (người thực hiện, thời hạn)',
      request: { params: idPath, body: jsonBody(resolutionBody) },
      responses: responses(200, 'Dự thảo nghị quyết', MeetingResolution),
    }),
    async (c) =>
      c.json(
        await service.draftResolution(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{id}/resolution/issue',
      tags: TAG,
      summary:
        'Ban hành nghị quyết: cấp số theo sổ nghị quyết của chi bộ, giao nhiệm vụ vào hệ thống theo dõi',
      request: { params: idPath },
      responses: responses(200, 'Nghị quyết đã ban hành', MeetingResolution),
    }),
    async (c) => c.json(await service.issueResolution(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{id}/report',
      tags: TAG,
      summary: 'Báo cáo cấp ủy cấp trên (thông báo đến cán bộ của cấp ủy cấp trên)',
      request: { params: idPath, body: jsonBody(reportBody) },
      responses: responses(200, 'Đã báo cáo', MeetingResolution),
    }),
    async (c) =>
      c.json(await service.report(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
