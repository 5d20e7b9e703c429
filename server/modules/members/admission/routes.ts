// Routes of the admission pipeline.
import { createRoute } from '@hono/zod-openapi';
import {
  admissionCreateBody,
  admissionListQuery,
  admissionStageBody,
} from '../../../../domain/members/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FIELD_LABELS } from '../presenter.ts';
import { ADMISSION_FORMS } from './docs.ts';
import { MemberAdmission, MemberAdmissionBoard } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên — Kết nạp'];
const idPath = z.object({ id: idParam });

export function admissionRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/admissions',
      tags: TAG,
      summary: 'Người đang trong quy trình kết nạp, theo bước',
      request: { query: admissionListQuery },
      responses: responses(200, 'Các bước và người đang trong quy trình', MemberAdmissionBoard),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(
        await service.list(deps, requestCtx(c), { orgId: f.orgId, includeDone: f.includeDone === '1' }),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/admissions',
      tags: TAG,
      summary: 'Đưa một người vào quy trình kết nạp (tuổi từ đủ 18 đến đủ 60)',
      request: { body: jsonBody(admissionCreateBody) },
      responses: responses(201, 'Hồ sơ kết nạp', MemberAdmission),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/admissions/{id}',
      tags: TAG,
      summary: 'Một hồ sơ kết nạp',
      request: { params: idPath },
      responses: responses(200, 'Hồ sơ kết nạp', MemberAdmission),
    }),
    async (c) => c.json(await service.get(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/admissions/{id}/stages',
      tags: TAG,
      summary: 'Ghi nhận bước tiếp theo (theo thứ tự) với ngày; bước quyết định tạo hồ sơ đảng viên dự bị',
      request: { params: idPath, body: jsonBody(admissionStageBody) },
      responses: responses(200, 'Hồ sơ kết nạp', MemberAdmission),
    }),
    async (c) =>
      c.json(await service.advance(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/admissions/{id}/forms/{form}',
      tags: TAG,
      summary:
        'Mẫu Word của hồ sơ kết nạp: 3-KNĐ (giới thiệu), 6-KNĐ (nghị quyết chi bộ), 9-KNĐ (quyết định)',
      request: { params: z.object({ id: idParam, form: z.enum(ADMISSION_FORMS) }) },
      responses: fileResponses('Tệp .docx', [MEDIA.docx]),
    }),
    async (c) => {
      const { id, form } = c.req.valid('param');
      const file = await service.form(deps, requestCtx(c), id, form);
      return download(c, { ...file, type: MEDIA.docx });
    },
  );

  return r;
}
