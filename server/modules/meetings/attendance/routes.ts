// Routes of the register: a meeting's attendance, the members absent without reason in a year, the
// unit's yearly register (JSON and Excel).
import { createRoute } from '@hono/zod-openapi';
import { attendanceBody, MEETING_FIELD_LABELS, unitYearQuery } from '../../../../domain/meetings/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { AbsenceList, AttendanceRegister, MeetingAttendance } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Sinh hoạt chi bộ'];
const idPath = z.object({ id: idParam });

export function attendanceRoutes(deps: Deps) {
  const r = createRouter(MEETING_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/absences',
      tags: TAG,
      summary:
        'Đảng viên vắng sinh hoạt thường kỳ không có lý do từ 3 tháng trở lên trong năm (Điều lệ Đảng, Điều 8 khoản 3)',
      request: { query: unitYearQuery },
      responses: responses(200, 'Danh sách, theo tên', AbsenceList),
    }),
    async (c) => c.json(await service.absences(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/register',
      tags: TAG,
      summary: 'Sổ theo dõi sinh hoạt của chi bộ trong năm (đảng viên × cuộc sinh hoạt)',
      request: { query: unitYearQuery },
      responses: responses(200, 'Sổ theo dõi', AttendanceRegister),
    }),
    async (c) => c.json(await service.register(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/register.xlsx',
      tags: TAG,
      summary: 'Sổ theo dõi sinh hoạt của chi bộ trong năm (Excel)',
      request: { query: unitYearQuery },
      responses: fileResponses('Tệp Excel', [MEDIA.xlsx]),
    }),
    async (c) => {
      const f = await service.registerXlsx(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { body: f.body, name: f.name, type: MEDIA.xlsx });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{id}/attendance',
      tags: TAG,
      summary: 'Điểm danh của cuộc sinh hoạt',
      request: { params: idPath },
      responses: responses(200, 'Điểm danh', MeetingAttendance),
    }),
    async (c) => c.json(await service.attendanceOf(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/meetings/{id}/attendance',
      tags: TAG,
      summary:
        'Ghi điểm danh (thay cả danh sách): present, absent_excused, absent, exempt, elsewhere (sinh hoạt tạm thời nơi khác)',
      request: { params: idPath, body: jsonBody(attendanceBody) },
      responses: responses(200, 'Điểm danh sau khi ghi', MeetingAttendance),
    }),
    async (c) =>
      c.json(
        await service.setAttendance(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
