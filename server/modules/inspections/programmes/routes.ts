// Routes of annual inspection and supervision programmes.
import { createRoute } from '@hono/zod-openapi';
import {
  INSPECTION_FIELD_LABELS,
  programmeBody,
  programmeListQuery,
} from '../../../../domain/inspections/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { InspectionProgramme, InspectionProgrammeList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Kiểm tra, giám sát'];

export function programmeRoutes(deps: Deps) {
  const r = createRouter(INSPECTION_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/inspections/programmes',
      tags,
      summary: 'Ban hành chương trình kiểm tra, giám sát năm (nội dung giao cho đơn vị, đảng viên)',
      request: { body: jsonBody(programmeBody) },
      responses: responses(201, 'Chương trình', InspectionProgramme),
    }),
    async (c) => c.json(await service.createProgramme(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/inspections/programmes',
      tags,
      summary: 'Các chương trình kiểm tra, giám sát',
      request: { query: programmeListQuery },
      responses: responses(200, 'Danh sách', InspectionProgrammeList),
    }),
    async (c) => c.json(await service.listProgrammes(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/inspections/programmes/{id}',
      tags,
      summary: 'Một chương trình kiểm tra, giám sát với các nội dung',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Chương trình', InspectionProgramme),
    }),
    async (c) => c.json(await service.getProgramme(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  return r;
}
