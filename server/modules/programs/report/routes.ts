// HTTP of the review report (sơ kết / tổng kết) of a programme over a period: the data and the Word draft.
import { createRoute } from '@hono/zod-openapi';
import { reportQuery } from '../../../../domain/programs/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { ProgramProgress } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Chương trình công tác'];
const idPath = z.object({ id: idParam });

export function reportRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/progress',
      tags,
      summary:
        'Kết quả thực hiện theo nội dung và theo đơn vị trong một kỳ (dữ liệu của báo cáo sơ kết, tổng kết)',
      request: { params: idPath, query: reportQuery },
      responses: responses(200, 'Kết quả thực hiện', ProgramProgress),
    }),
    async (c) =>
      c.json(await service.progress(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{id}/report',
      tags,
      summary: 'Dự thảo báo cáo sơ kết / tổng kết (Word) của một chương trình trong một kỳ',
      request: { params: idPath, query: reportQuery },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.reportDocx(
        deps,
        requestCtx(c),
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return download(c, { body: file.bytes, name: file.name, type: MEDIA.docx });
    },
  );

  return r;
}
