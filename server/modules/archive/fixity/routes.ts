// HTTP: fixity reports and a check on demand.
import { createRoute } from '@hono/zod-openapi';
import { z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ArchiveFixityOverview, ArchiveFixityQueued } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Lưu trữ — kiểm tra, nộp lưu'];

export function fixityRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/archive/fixity',
      tags,
      summary: 'Báo cáo kiểm tra toàn vẹn tệp gần nhất (tệp thiếu, hỏng, không còn dùng)',
      responses: responses(200, 'Báo cáo', ArchiveFixityOverview),
    }),
    async (c) => c.json(await service.lastReport(deps, requestCtx(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/archive/fixity',
      tags,
      summary: 'Kiểm tra toàn vẹn tệp ngay (chạy nền)',
      request: { body: jsonBody(z.object({})) },
      responses: responses(200, 'Đã xếp hàng', ArchiveFixityQueued),
    }),
    async (c) => c.json(await service.requestFixity(deps, requestCtx(c)), 200),
  );
  return r;
}
