import { createRoute } from '@hono/zod-openapi';
import {
  createOrgBody,
  moveOrgBody,
  orgSearchQuery,
  renameOrgBody,
  treeQuery,
} from '../../../domain/schemas/orgs.ts';
import { idParam, isoDate, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../http/router.ts';
import { acceptedEncodings } from '../../http/static.ts';
import { OrgChildren, OrgDetail, OrgJson, OrgSearch, OrgTree } from './presenter.ts';
import { reorganiseRoutes } from './reorganise/routes.ts';
import * as service from './service.ts';
import { etagMatches } from './tree-cache.ts';

const idPath = z.object({ id: idParam });
const tag = ['Tổ chức'];

export function orgRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/tree',
      tags: tag,
      summary: 'Cây tổ chức (gốc trước, đơn vị con lồng bên trong); asOf=YYYY-MM-DD để xem tại một ngày',
      description:
        'Trả kèm ETag; gửi If-None-Match với ETag đã có để nhận 304 khi cây chưa đổi. / ' +
        'Answered with an ETag; send it back in If-None-Match to get 304 while the tree is unchanged.',
      request: { query: treeQuery },
      responses: {
        ...responses(200, 'Cây tổ chức', OrgTree),
        304: { description: 'Cây chưa đổi kể từ ETag đã gửi trong If-None-Match' },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const tree = await service.tree(deps, requestCtx(c), {
        asOf: query.asOf,
        includeInactive: query.includeInactive === '1',
      });
      // The bytes were compressed once for this version of the tree; nothing is encoded per request.
      const encoding = acceptedEncodings(c.req.header('accept-encoding'))[0] ?? 'identity';
      const variant = tree.variants[encoding];
      c.header('ETag', variant.etag);
      c.header('Vary', 'Accept-Encoding');
      // Browsers keep the answer and ask again with If-None-Match every time.
      c.header('Cache-Control', 'private, no-cache');
      if (etagMatches(c.req.header('if-none-match'), tree)) return c.body(null, 304);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      return c.body(variant.body, 200, headers);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/search',
      tags: tag,
      summary:
        'Tìm đơn vị đang hoạt động theo tên hoặc ký hiệu (không phân biệt dấu), trong phạm vi của tài khoản',
      request: { query: orgSearchQuery },
      responses: responses(200, 'Các đơn vị khớp, theo thứ tự của cây', OrgSearch),
    }),
    async (c) => c.json(await service.searchUnits(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/{id}/children',
      tags: tag,
      summary:
        'Một tầng của cây: đơn vị và các đơn vị trực thuộc đang hoạt động (trong phạm vi của tài khoản)',
      request: { params: idPath },
      responses: responses(200, 'Đơn vị và các đơn vị trực thuộc', OrgChildren),
    }),
    async (c) => c.json(await service.children(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/{id}',
      tags: tag,
      summary: 'Một đơn vị với lịch sử tên, cấp trên, đơn vị tiền thân và kế thừa',
      request: { params: idPath },
      responses: responses(200, 'Đơn vị', OrgDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs',
      tags: tag,
      summary: 'Tạo đơn vị',
      request: { body: jsonBody(createOrgBody) },
      responses: responses(201, 'Đơn vị đã tạo', OrgJson),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/orgs/{id}',
      tags: tag,
      summary: 'Đổi tên, ký hiệu (có ngày hiệu lực)',
      request: { params: idPath, body: jsonBody(renameOrgBody) },
      responses: responses(200, 'Đơn vị sau khi đổi', OrgJson),
    }),
    async (c) =>
      c.json(await service.rename(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/move',
      tags: tag,
      summary: 'Chuyển đơn vị (cả cây con) sang đơn vị cấp trên khác',
      request: { params: idPath, body: jsonBody(moveOrgBody) },
      responses: responses(200, 'Đơn vị sau khi chuyển', OrgJson),
    }),
    async (c) =>
      c.json(await service.move(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/dissolve',
      tags: tag,
      summary: 'Giải thể đơn vị (không còn đơn vị con và tài khoản)',
      request: { params: idPath, body: jsonBody(z.object({ on: isoDate.optional() })) },
      responses: responses(200, 'Đơn vị đã giải thể', OrgJson),
    }),
    async (c) =>
      c.json(
        await service.dissolve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').on),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/orgs/{id}',
      tags: tag,
      summary: 'Xóa đơn vị nhập nhầm (chỉ khi chưa có dữ liệu)',
      request: { params: idPath },
      responses: noContent('Đã xóa'),
    }),
    async (c) => {
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.route('/', reorganiseRoutes(deps));
  return r;
}
