// Routes of discipline of party organisations: decide, list by unit, read one.
import { createRoute } from '@hono/zod-openapi';
import {
  INSPECTION_FIELD_LABELS,
  orgDisciplineBody,
  orgDisciplineListQuery,
} from '../../../../domain/inspections/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { OrgDisciplineJson, OrgDisciplineList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Kỷ luật đảng'];

export function orgDisciplineRoutes(deps: Deps) {
  const r = createRouter(INSPECTION_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/discipline/orgs',
      tags,
      summary:
        'Quyết định kỷ luật tổ chức đảng (khiển trách, cảnh cáo, giải tán): cấp trên quyết định, kiểm tra thời hiệu',
      request: { body: jsonBody(orgDisciplineBody) },
      responses: responses(201, 'Quyết định kỷ luật tổ chức đảng', OrgDisciplineJson),
    }),
    async (c) => c.json(await service.decideOrg(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/discipline/orgs',
      tags,
      summary: 'Các quyết định kỷ luật tổ chức đảng của một đơn vị và các đơn vị trực thuộc',
      request: { query: orgDisciplineListQuery },
      responses: responses(200, 'Danh sách', OrgDisciplineList),
    }),
    async (c) => c.json(await service.listOrgDecisions(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/discipline/orgs/{id}',
      tags,
      summary: 'Một quyết định kỷ luật tổ chức đảng',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Quyết định kỷ luật tổ chức đảng', OrgDisciplineJson),
    }),
    async (c) => c.json(await service.getOrgDecision(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  return r;
}
