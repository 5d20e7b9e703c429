// HTTP of attendance: the check-in of expected members, and the list as Excel.
import { createRoute } from '@hono/zod-openapi';
import { attendanceBody } from '../../../../../domain/studies/schemas.ts';
import { idParam, z } from '../../../../../domain/validation.ts';
import type { Deps } from '../../../../deps.ts';
import { download } from '../../../../http/download.ts';
import {
  createRouter,
  fileResponses,
  jsonBody,
  MEDIA,
  requestCtx,
  responses,
} from '../../../../http/router.ts';
import { StudySessionDetail } from '../presenter.ts';
import * as service from './service.ts';

const tags = ['Học tập nghị quyết'];
const LABELS = { entries: 'Điểm danh', status: 'Điểm danh', point: 'Điểm cầu', reason: 'Lý do vắng' };

export function attendanceRoutes(deps: Deps) {
  const r = createRouter(LABELS);

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/studies/{id}/attendance',
      tags,
      summary:
        'Điểm danh: có mặt, vắng có lý do, vắng không lý do (đơn vị tổ chức cho mọi người; điểm cầu cho đảng viên của mình)',
      request: { params: z.object({ id: idParam }), body: jsonBody(attendanceBody) },
      responses: responses(200, 'Buổi học tập sau khi điểm danh', StudySessionDetail),
    }),
    async (c) =>
      c.json(await service.record(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/{id}/attendance.xlsx',
      tags,
      summary: 'Danh sách điểm danh và bài thu hoạch (Excel)',
      request: { params: z.object({ id: idParam }) },
      responses: fileResponses('Tệp Excel', [MEDIA.xlsx]),
    }),
    async (c) => {
      const { buffer, name } = await service.exportList(deps, requestCtx(c), c.req.valid('param').id);
      return download(c, { body: buffer, name, type: MEDIA.xlsx });
    },
  );

  return r;
}
