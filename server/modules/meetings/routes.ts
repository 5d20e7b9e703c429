// Routes of chi bộ meetings: the plan, the list, the record, changes, the notice, cancelling and the
// quality score; the sub-features' routers are mounted first, so that their fixed paths
// (/api/meetings/absences, /overview, /register, /carry-over) are not taken for a meeting's id.
import { createRoute } from '@hono/zod-openapi';
import {
  cancelBody,
  createMeetingBody,
  listMeetingsQuery,
  MEETING_FIELD_LABELS,
  qualityBody,
  updateMeetingBody,
} from '../../../domain/meetings/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { attendanceRoutes } from './attendance/routes.ts';
import { meetingFileRoutes } from './files/routes.ts';
import { overviewRoutes } from './overview/routes.ts';
import { paperRoutes } from './papers/routes.ts';
import { MeetingDetail, MeetingList, MeetingNotice, MeetingQuality } from './presenter.ts';
import { resolutionRoutes } from './resolution/routes.ts';
import * as service from './service.ts';
import { studyRoutes } from './studies/routes.ts';
import { voteRoutes } from './votes/routes.ts';

const TAG = ['Sinh hoạt chi bộ'];
const idPath = z.object({ id: idParam });

export function meetingRoutes(deps: Deps) {
  const r = createRouter(MEETING_FIELD_LABELS);
  r.route('/', attendanceRoutes(deps));
  r.route('/', overviewRoutes(deps));
  r.route('/', resolutionRoutes(deps));
  r.route('/', voteRoutes(deps));
  r.route('/', meetingFileRoutes(deps));
  r.route('/', paperRoutes(deps));
  r.route('/', studyRoutes(deps));

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings',
      tags: TAG,
      summary:
        'Lên kế hoạch một cuộc sinh hoạt (thường kỳ, chuyên đề) của chi bộ hoặc đảng bộ: thời gian, địa điểm hoặc đường dẫn, chủ trì, thư ký, nội dung',
      request: { body: jsonBody(createMeetingBody) },
      responses: responses(
        201,
        'Cuộc sinh hoạt, kèm nhiệm vụ chưa hoàn thành của nghị quyết kỳ trước',
        MeetingDetail,
      ),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings',
      tags: TAG,
      summary: 'Các cuộc sinh hoạt (của một đơn vị và cấp dưới khi chọn), mới nhất trước, kèm cảnh báo',
      request: { query: listMeetingsQuery },
      responses: responses(200, 'Danh sách', MeetingList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{id}',
      tags: TAG,
      summary:
        'Toàn bộ hồ sơ cuộc sinh hoạt: quy định áp dụng, điểm danh, biểu quyết, tài liệu, biên bản, nghị quyết',
      request: { params: idPath },
      responses: responses(200, 'Cuộc sinh hoạt', MeetingDetail),
    }),
    async (c) => c.json(await service.get(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/meetings/{id}',
      tags: TAG,
      summary: 'Sửa kế hoạch (trước khi ban hành nghị quyết)',
      request: { params: idPath, body: jsonBody(updateMeetingBody) },
      responses: responses(200, 'Cuộc sinh hoạt', MeetingDetail),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{id}/notify',
      tags: TAG,
      summary: 'Thông báo cho đảng viên của chi bộ và cấp ủy cấp trên',
      request: { params: idPath },
      responses: responses(200, 'Đã thông báo', MeetingNotice),
    }),
    async (c) => c.json(await service.notifyMeeting(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{id}/cancel',
      tags: TAG,
      summary: 'Hủy cuộc sinh hoạt (trước khi ban hành nghị quyết)',
      request: { params: idPath, body: jsonBody(cancelBody) },
      responses: responses(200, 'Cuộc sinh hoạt', MeetingDetail),
    }),
    async (c) =>
      c.json(await service.cancel(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/meetings/{id}/quality',
      tags: TAG,
      summary: 'Chấm điểm chất lượng theo bộ tiêu chí cuộc sinh hoạt áp dụng',
      request: { params: idPath, body: jsonBody(qualityBody) },
      responses: responses(200, 'Điểm chất lượng', MeetingQuality),
    }),
    async (c) =>
      c.json(await service.score(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
