// Routes of the admission pipeline.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  admissionCreateBody,
  admissionListQuery,
  admissionStageBody,
} from '../../../domain/members/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import { ADMISSION_FORMS, admissionForm } from './admission-docs.ts';
import * as admission from './admission-service.ts';
import { attachment, DOCX_TYPE } from './xlsx.ts';

const TAG = ['Đảng viên — Kết nạp'];
const idPath = z.object({ id: idParam });

export function admissionRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/admissions',
      tags: TAG,
      summary: 'Người đang trong quy trình kết nạp, theo bước',
      request: { query: admissionListQuery },
      responses: legacyResponses(200, '{ stages, items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      const f = c.req.valid('query');
      return c.json(
        await admission.list(deps.database.db, actor, { orgId: f.orgId, includeDone: f.includeDone === '1' }),
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
      responses: legacyResponses(201, 'Hồ sơ kết nạp'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      return c.json(await admission.create(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/admissions/{id}',
      tags: TAG,
      summary: 'Một hồ sơ kết nạp',
      request: { params: idPath },
      responses: legacyResponses(200, 'Hồ sơ kết nạp'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      return c.json(await admission.get(deps.database.db, actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/admissions/{id}/stages',
      tags: TAG,
      summary: 'Ghi nhận bước tiếp theo (theo thứ tự) với ngày; bước quyết định tạo hồ sơ đảng viên dự bị',
      request: { params: idPath, body: jsonBody(admissionStageBody) },
      responses: legacyResponses(200, 'Hồ sơ kết nạp'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await admission.advance(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/admissions/{id}/forms/{form}',
      tags: TAG,
      summary:
        'Mẫu Word của hồ sơ kết nạp: 3-KNĐ (giới thiệu), 6-KNĐ (nghị quyết chi bộ), 9-KNĐ (quyết định)',
      request: { params: z.object({ id: idParam, form: z.enum(ADMISSION_FORMS) }) },
      responses: legacyResponses(200, 'Tệp .docx'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      const { id, form } = c.req.valid('param');
      const buf = await admissionForm(deps.database.db, actor, id, form);
      c.header('content-type', DOCX_TYPE);
      c.header('content-disposition', attachment(`Mẫu ${form} - hồ sơ ${id}.docx`));
      return c.body(new Uint8Array(buf), 200);
    },
  );
}
