// HTTP of the registers and the search.
import { createRoute } from '@hono/zod-openapi';
import { searchQuery } from '../../../../domain/schemas/documents.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, requestCtx, responses } from '../../../http/router.ts';
import { DocumentList } from './presenter.ts';
import * as service from './service.ts';

export function searchRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags: ['Văn bản'],
      summary:
        'Sổ văn bản và tìm kiếm (không phân biệt dấu, theo số ký hiệu, trích yếu, nội dung, chữ trong tệp)',
      request: { query: searchQuery },
      responses: responses(200, 'Danh sách văn bản', DocumentList),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(
        await service.searchDocuments(deps, requestCtx(c), {
          ...f,
          q: f.q || undefined,
          typeCode: f.typeCode || undefined,
          status: f.status || undefined,
        }),
        200,
      );
    },
  );
  return r;
}
