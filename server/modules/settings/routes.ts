import { createRoute } from '@hono/zod-openapi';
import { settingsBody } from '../../../domain/schemas/settings.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../http/router.ts';
import { SettingsJson } from './presenter.ts';
import * as service from './service.ts';

export function settingsRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/settings',
      tags: ['Cài đặt'],
      summary: 'Cài đặt chung',
      responses: responses(200, 'Cài đặt', SettingsJson),
    }),
    async (c) => c.json(await service.readSettings(deps, requestCtx(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/settings',
      tags: ['Cài đặt'],
      summary: 'Sửa cài đặt chung',
      request: { body: jsonBody(settingsBody) },
      responses: responses(200, 'Cài đặt sau khi sửa', SettingsJson),
    }),
    async (c) => c.json(await service.updateSettings(deps, requestCtx(c), c.req.valid('json')), 200),
  );
  return r;
}
