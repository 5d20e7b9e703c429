import { createRoute } from '@hono/zod-openapi';
import { z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { authorize, createRouter, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import { getSettings, updateSettings } from './service.ts';

export const settingsBody = z.object({
  requireTotpForPrivileged: z.boolean().optional(),
  stalledDays: z.number().int().min(1).max(365).optional(),
});

export function settingsRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/settings',
      tags: ['Cài đặt'],
      summary: 'Cài đặt chung',
      responses: legacyResponses(200, 'Cài đặt'),
    }),
    async (c) => {
      authorize(c, 'settings.manage');
      return c.json(await getSettings(deps.database.db), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/settings',
      tags: ['Cài đặt'],
      summary: 'Sửa cài đặt chung',
      request: { body: jsonBody(settingsBody) },
      responses: legacyResponses(200, 'Cài đặt sau khi sửa'),
    }),
    async (c) => {
      authorize(c, 'settings.manage');
      return c.json(await updateSettings(deps, requestCtx(c), c.req.valid('json')), 200);
    },
  );
  return r;
}
