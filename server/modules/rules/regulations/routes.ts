// Routes of the working regulations (Quy chế làm việc): a unit's versions, one version, a new version.
import { createRoute } from '@hono/zod-openapi';
import { isoDate, text, z } from '../../../../domain/validation.ts';
import { regulationItems } from '../../../../domain/workdays/regulation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { Regulation, RegulationList } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Quy chế làm việc'];

const body = z.strictObject({
  orgId: z.number().int().positive(),
  title: text(300),
  source: text(500),
  effectiveFrom: isoDate,
  items: regulationItems,
});

export function regulationRoutes(deps: Deps) {
  const r = createRouter({
    orgId: 'Đơn vị',
    on: 'Ngày xem',
    title: 'Tên quy chế',
    source: 'Số, ngày ban hành',
    effectiveFrom: 'Ngày hiệu lực',
    items: 'Các quy định',
    article: 'Điều, khoản',
    docType: 'Loại văn bản',
    mode: 'Hình thức ký',
    signerRoles: 'Người được ký',
    viaOffice: 'Qua Văn phòng',
    days: 'Số ngày làm việc',
    consultee: 'Nơi lấy ý kiến',
    body: 'Cơ quan',
    quorum: 'Tỷ lệ có mặt',
    majority: 'Tỷ lệ biểu quyết',
  });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/work-rules',
      tags: TAG,
      summary: 'Các phiên bản quy chế làm việc của một đơn vị, đánh dấu phiên bản có hiệu lực',
      request: {
        query: z.object({ orgId: z.coerce.number().int().positive().optional(), on: isoDate.optional() }),
      },
      responses: responses(200, 'Các phiên bản quy chế', RegulationList),
    }),
    async (c) => c.json(await service.listRegulations(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/work-rules/{id}',
      tags: TAG,
      summary: 'Một phiên bản quy chế làm việc',
      request: { params: z.object({ id: z.coerce.number().int().positive() }) },
      responses: responses(200, 'Phiên bản quy chế', Regulation),
    }),
    async (c) => c.json(await service.getRegulation(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/work-rules',
      tags: TAG,
      summary: 'Thêm một phiên bản quy chế làm việc của đơn vị (quản trị, lãnh đạo)',
      request: { body: jsonBody(body) },
      responses: responses(201, 'Phiên bản đã thêm', Regulation),
    }),
    async (c) => c.json(await service.addRegulation(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  return r;
}
