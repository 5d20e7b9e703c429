// Routes of the annual rating.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  orgRatingBody,
  ratingBody,
  ratingDecisionBody,
  ratingsQuery,
  selfReviewBody,
} from '../../../domain/members/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import * as rating from './rating-service.ts';

const TAG = ['Đảng viên — Xếp loại'];
const idPath = z.object({ id: idParam });

export function ratingRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/ratings',
      tags: TAG,
      summary: 'Xếp loại chất lượng năm của đảng viên trong đơn vị, thống kê theo đơn vị trực thuộc',
      request: { query: ratingsQuery },
      responses: legacyResponses(200, '{ items, stats, orgRatings }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      return c.json(await rating.sheet(deps.database.db, actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/members/org-ratings/{id}',
      tags: TAG,
      summary: 'Chấm điểm, xếp loại tổ chức đảng (id = đơn vị)',
      request: { params: idPath, body: jsonBody(orgRatingBody) },
      responses: legacyResponses(200, 'Xếp loại tổ chức'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await rating.rateOrg(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}/ratings',
      tags: TAG,
      summary: 'Các năm xếp loại của một đảng viên',
      request: { params: idPath },
      responses: legacyResponses(200, '{ items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.read');
      return c.json(await rating.ofMember(deps.database.db, actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/members/{id}/ratings',
      tags: TAG,
      summary: 'Chấm điểm năm (30 điểm tiêu chí chung, 70 điểm kết quả) → xếp loại theo ngưỡng',
      request: { params: idPath, body: jsonBody(ratingBody) },
      responses: legacyResponses(200, 'Xếp loại'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await rating.rate(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/members/{id}/self-review',
      tags: TAG,
      summary: 'Bản tự kiểm điểm của năm (đảng viên tự viết cho mình)',
      request: { params: idPath, body: jsonBody(selfReviewBody) },
      responses: legacyResponses(200, 'Xếp loại'),
    }),
    async (c) => {
      authorize(c, 'member.self_review');
      const { id } = c.req.valid('param');
      return c.json(await rating.selfReview(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/ratings/decision',
      tags: TAG,
      summary: 'Quyết định xếp loại của chi bộ (level=cell) hoặc cấp ủy cấp trên (level=committee)',
      request: { params: idPath, body: jsonBody(ratingDecisionBody) },
      responses: legacyResponses(200, 'Xếp loại'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await rating.decide(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );
}
