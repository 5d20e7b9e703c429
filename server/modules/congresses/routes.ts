// HTTP of congresses: create with a timetable, the list, the page, timetable steps; the elections',
// tellers' and packages' routers are mounted here (fixed paths before those with {id}).
import { createRoute } from '@hono/zod-openapi';
import {
  CONGRESS_FIELD_LABELS,
  createCongressBody,
  listQuery,
  milestoneBody,
  milestoneDoneBody,
} from '../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { delegateRoutes } from './delegates/routes.ts';
import { documentRoutes } from './documents/routes.ts';
import { dossierRoutes } from './dossiers/routes.ts';
import { electionRoutes } from './elections/routes.ts';
import { filingRoutes } from './filing/routes.ts';
import { offlineRoutes } from './offline/routes.ts';
import { CongressDetail, CongressList } from './presenter.ts';
import * as service from './service.ts';
import { tallyRoutes } from './tally/routes.ts';

const tags = ['Đại hội, bầu cử'];
const idPath = z.object({ id: idParam });

export function congressRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses',
      tags,
      summary: 'Chuẩn bị đại hội của một đơn vị: nhiệm kỳ, ngày đại hội, lịch trình với thời hạn',
      request: { body: jsonBody(createCongressBody) },
      responses: responses(201, 'Đại hội đã tạo', CongressDetail),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses',
      tags,
      summary: 'Các đại hội trong phạm vi',
      request: { query: listQuery },
      responses: responses(200, 'Danh sách đại hội', CongressList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}',
      tags,
      summary: 'Trang đại hội: lịch trình, các cuộc bầu cử',
      request: { params: idPath },
      responses: responses(200, 'Đại hội', CongressDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/milestones',
      tags,
      summary: 'Thêm một bước vào lịch trình với thời hạn',
      request: { params: idPath, body: jsonBody(milestoneBody) },
      responses: responses(201, 'Đại hội sau khi thêm', CongressDetail),
    }),
    async (c) =>
      c.json(
        await service.addMilestone(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/congresses/{id}/milestones/{milestoneId}',
      tags,
      summary: 'Ghi ngày hoàn thành một bước (null: chưa xong)',
      request: {
        params: z.object({ id: idParam, milestoneId: idParam }),
        body: jsonBody(milestoneDoneBody),
      },
      responses: responses(200, 'Đại hội sau khi cập nhật', CongressDetail),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await service.setMilestoneDone(deps, requestCtx(c), p.id, p.milestoneId, c.req.valid('json')),
        200,
      );
    },
  );

  r.route('/', delegateRoutes(deps));
  r.route('/', documentRoutes(deps));
  r.route('/', dossierRoutes(deps));
  r.route('/', filingRoutes(deps));
  r.route('/', offlineRoutes(deps));
  r.route('/', electionRoutes(deps));
  r.route('/', tallyRoutes(deps));
  return r;
}
