// HTTP of the home page: one answer per account, shaped by its role.
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter, requestCtx, responses } from '../../http/router.ts';
import { HomeJson } from './presenter.ts';
import * as service from './service.ts';

export function homeRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/home',
      tags: ['Trang chủ'],
      summary:
        'Trang chủ của tôi: đảng viên — cuộc họp tới, nhiệm vụ, đảng phí, hồ sơ, học tập, thông báo; cán bộ — việc đang chờ (số lượng và đường dẫn)',
      responses: responses(200, 'Trang chủ', HomeJson),
    }),
    async (c) => {
      // Personal data: never kept by a shared cache or the browser's HTTP cache (the app's service
      // worker keeps its own copy for offline reading, cleared at logout).
      c.header('Cache-Control', 'private, no-store');
      return c.json(await service.home(deps, requestCtx(c)), 200);
    },
  );
  return r;
}
