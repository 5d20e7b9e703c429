// HTTP of the registers as Excel.
import { createRoute } from '@hono/zod-openapi';
import { registerQuery } from '../../../../domain/schemas/documents.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx } from '../../../http/router.ts';
import * as service from './service.ts';

export function registerRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/register.xlsx',
      tags: ['Văn bản'],
      summary: 'Sổ đăng ký văn bản đến / đi theo khoảng ngày (Excel)',
      request: { query: registerQuery },
      responses: fileResponses('Tệp Excel', [MEDIA.xlsx]),
    }),
    async (c) => {
      const { buffer, name } = await service.registerExport(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { body: new Uint8Array(buffer), name, type: MEDIA.xlsx });
    },
  );
  return r;
}
