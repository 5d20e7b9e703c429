// HTTP of the comments: list, add, dispose (accepted, explained, reserved, with a reply), and the
// table of comments in Word (bảng tổng hợp tiếp thu, giải trình).
import { createRoute } from '@hono/zod-openapi';
import {
  addCommentBody,
  disposeCommentBody,
  PROPOSAL_FIELD_LABELS,
  responseTableQuery,
} from '../../../../domain/proposals/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { ProposalComment, ProposalCommentList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đề án, báo cáo chuyên đề'];
const idPath = z.object({ id: idParam });

export function commentRoutes(deps: Deps) {
  const r = createRouter(PROPOSAL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals/{id}/comments',
      tags,
      summary: 'Các ý kiến góp ý (một nơi được xin ý kiến chỉ thấy ý kiến của mình)',
      request: { params: idPath, query: responseTableQuery },
      responses: responses(200, 'Ý kiến góp ý', ProposalCommentList),
    }),
    async (c) =>
      c.json(await service.list(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/comments',
      tags,
      summary: 'Góp ý vào một lần dự thảo (tùy chọn một đoạn của nó)',
      request: { params: idPath, body: jsonBody(addCommentBody) },
      responses: responses(201, 'Ý kiến đã ghi nhận', ProposalComment),
    }),
    async (c) =>
      c.json(await service.add(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/proposals/{id}/comments/{cid}',
      tags,
      summary: 'Tiếp thu, giải trình hoặc bảo lưu một ý kiến góp ý',
      request: { params: z.object({ id: idParam, cid: idParam }), body: jsonBody(disposeCommentBody) },
      responses: responses(200, 'Ý kiến sau khi xử lý', ProposalComment),
    }),
    async (c) => {
      const { id, cid } = c.req.valid('param');
      return c.json(await service.dispose(deps, requestCtx(c), id, cid, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals/{id}/response-table.docx',
      tags,
      summary: 'Bảng tổng hợp tiếp thu, giải trình ý kiến góp ý (Word)',
      request: { params: idPath, query: responseTableQuery },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const f = await service.responseTable(
        deps,
        requestCtx(c),
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return download(c, { body: f.bytes, name: f.name, type: MEDIA.docx });
    },
  );

  return r;
}
