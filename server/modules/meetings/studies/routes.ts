// HTTP of study sessions: the list, a session's page, organising (create, edit, delete, make-ups), and
// the routers of attendance, reflections, statistics and the action programme. Mounted by the meetings
// area's router.
import { createRoute } from '@hono/zod-openapi';
import {
  createMakeupBody,
  createStudyBody,
  studyListQuery,
  updateStudyBody,
} from '../../../../domain/studies/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../../http/router.ts';
import { actionRoutes } from './action/routes.ts';
import { attendanceRoutes } from './attendance/routes.ts';
import { StudySession, StudySessionDetail, StudySessionList } from './presenter.ts';
import { reflectionRoutes } from './reflections/routes.ts';
import * as service from './service.ts';
import { statsRoutes } from './stats/routes.ts';

const tags = ['Học tập nghị quyết'];
const idPath = z.object({ id: idParam });
/** Field names of this area where the shared ones mean something else. */
const LABELS = {
  resolution: 'Văn bản được học tập',
  'resolution.ref': 'Số ký hiệu văn bản',
  'resolution.title': 'Trích yếu văn bản',
  mode: 'Hình thức',
  startsAt: 'Thời gian bắt đầu',
  endsAt: 'Thời gian kết thúc',
  bridge: 'Điểm cầu',
  host: 'Điểm cầu chính',
  points: 'Các điểm cầu',
  presenter: 'Báo cáo viên',
  memberIds: 'Đảng viên dự',
  place: 'Địa điểm',
  makeups: 'Gồm buổi học bù',
};

export function studyRoutes(deps: Deps) {
  const r = createRouter(LABELS);
  // Fixed paths (/mine, /stats) before /{id}.
  r.route('/', statsRoutes(deps));
  r.route('/', reflectionRoutes(deps));

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies',
      tags,
      summary: 'Các buổi học tập, quán triệt nghị quyết xem được (của đơn vị mình, cấp dưới, và được mời dự)',
      request: { query: studyListQuery },
      responses: responses(200, 'Các buổi học tập', StudySessionList),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(await service.list(deps, requestCtx(c), { ...f, makeups: f.makeups === 'true' }), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/studies',
      tags,
      summary:
        'Tạo buổi học tập, quán triệt nghị quyết, chỉ thị (trực tiếp hoặc trực tuyến), với danh sách đảng viên dự kiến',
      request: { body: jsonBody(createStudyBody) },
      responses: responses(201, 'Buổi học tập đã tạo', StudySession),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/{id}',
      tags,
      summary: 'Một buổi học tập: điểm danh, học bù, bài thu hoạch (mỗi người xem phần của mình)',
      request: { params: idPath },
      responses: responses(200, 'Buổi học tập', StudySessionDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/studies/{id}',
      tags,
      summary: 'Sửa thông tin buổi học tập',
      request: { params: idPath, body: jsonBody(updateStudyBody) },
      responses: responses(200, 'Buổi học tập', StudySession),
    }),
    async (c) =>
      c.json(await service.update(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/studies/{id}',
      tags,
      summary: 'Xóa buổi học tập chưa điểm danh, chưa có bài thu hoạch và buổi học bù',
      request: { params: idPath },
      responses: noContent('Đã xóa'),
    }),
    async (c) => {
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/studies/{id}/makeups',
      tags,
      summary: 'Mở buổi học bù cho những đảng viên chưa học (tất cả, hoặc những người được chọn)',
      request: { params: idPath, body: jsonBody(createMakeupBody) },
      responses: responses(201, 'Buổi học bù đã tạo', StudySession),
    }),
    async (c) =>
      c.json(
        await service.createMakeup(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  r.route('/', attendanceRoutes(deps));
  r.route('/', actionRoutes(deps));
  return r;
}
