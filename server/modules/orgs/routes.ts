import { createRoute } from '@hono/zod-openapi';
import {
  createOrgBody,
  mergeOrgsBody,
  moveOrgBody,
  renameOrgBody,
  splitOrgBody,
  treeQuery,
} from '../../../domain/schemas/orgs.ts';
import { idParam, isoDate, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { authorize, createRouter, jsonBody, requestCtx, requireActor, legacyResponses } from '../../http/router.ts';
import * as service from './service.ts';
import { cachedTree, etagMatches } from './tree-cache.ts';

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
        ...legacyResponses(200, 'Cây tổ chức'),
        304: { description: 'Cây chưa đổi kể từ ETag đã gửi trong If-None-Match' },
      },
    }),
    async (c) => {
      requireActor(c);
      const query = c.req.valid('query');
      // The tree is the same for every account (units are not records: everyone sees the whole
      // tree), so one cached copy per option serves everybody (tree-cache.ts).
      const tree = await cachedTree(deps.database, {
        asOf: query.asOf,
        includeInactive: query.includeInactive === '1',
      });
      c.header('ETag', tree.etag);
      // Browsers keep the answer and ask again with If-None-Match every time.
      c.header('Cache-Control', 'private, no-cache');
      if (etagMatches(c.req.header('if-none-match'), tree.etag)) return c.body(null, 304);
      return c.body(tree.body, 200, { 'content-type': 'application/json' });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/orgs/{id}',
      tags: tag,
      summary: 'Một đơn vị với lịch sử tên, cấp trên, đơn vị tiền thân và kế thừa',
      request: { params: idPath },
      responses: legacyResponses(200, 'Đơn vị'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(await service.detail(deps.database.db, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs',
      tags: tag,
      summary: 'Tạo đơn vị',
      request: { body: jsonBody(createOrgBody) },
      responses: legacyResponses(201, 'Đơn vị đã tạo'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      return c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/orgs/{id}',
      tags: tag,
      summary: 'Đổi tên, ký hiệu (có ngày hiệu lực)',
      request: { params: idPath, body: jsonBody(renameOrgBody) },
      responses: legacyResponses(200, 'Đơn vị sau khi đổi'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      return c.json(
        await service.rename(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/move',
      tags: tag,
      summary: 'Chuyển đơn vị (cả cây con) sang đơn vị cấp trên khác',
      request: { params: idPath, body: jsonBody(moveOrgBody) },
      responses: legacyResponses(200, 'Đơn vị sau khi chuyển'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      return c.json(
        await service.move(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/merge',
      tags: tag,
      summary: 'Hợp nhất nhiều đơn vị vào một đơn vị (mới hoặc có sẵn)',
      request: { body: jsonBody(mergeOrgsBody) },
      responses: legacyResponses(200, 'Kết quả hợp nhất'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      return c.json(await service.merge(deps, requestCtx(c), c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/split',
      tags: tag,
      summary: 'Chia tách một đơn vị thành nhiều đơn vị mới',
      request: { params: idPath, body: jsonBody(splitOrgBody) },
      responses: legacyResponses(200, 'Kết quả chia tách'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      return c.json(
        await service.split(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/orgs/{id}/dissolve',
      tags: tag,
      summary: 'Giải thể đơn vị (không còn đơn vị con và tài khoản)',
      request: { params: idPath, body: jsonBody(z.object({ on: isoDate.optional() })) },
      responses: legacyResponses(200, 'Đơn vị đã giải thể'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      const { id } = c.req.valid('param');
      return c.json(await service.dissolve(deps, requestCtx(c), id, c.req.valid('json').on), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/orgs/{id}',
      tags: tag,
      summary: 'Xóa đơn vị nhập nhầm (chỉ khi chưa có dữ liệu)',
      request: { params: idPath },
      responses: legacyResponses(204, 'Đã xóa'),
    }),
    async (c) => {
      authorize(c, 'org.manage');
      await service.remove(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return r;
}
