// Routes of the annual rating.
import { createRoute } from '@hono/zod-openapi';
import {
  orgRatingBody,
  ratingBody,
  ratingDecisionBody,
  ratingsQuery,
  selfReviewBody,
} from '../../../../domain/members/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { FIELD_LABELS } from '../presenter.ts';
import { MemberRating, MemberRatings, OrgRating, RatingSheet } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên — Xếp loại'];
const idPath = z.object({ id: idParam });

export function ratingRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/ratings',
      tags: TAG,
      summary: 'Xếp loại chất lượng năm của đảng viên trong đơn vị, thống kê theo đơn vị trực thuộc',
      request: { query: ratingsQuery },
      responses: responses(200, 'Bảng xếp loại', RatingSheet),
    }),
    async (c) => c.json(await service.sheet(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/members/org-ratings/{id}',
      tags: TAG,
      summary: 'Chấm điểm, xếp loại tổ chức đảng (id = đơn vị)',
      request: { params: idPath, body: jsonBody(orgRatingBody) },
      responses: responses(200, 'Xếp loại tổ chức', OrgRating),
    }),
    async (c) =>
      c.json(await service.rateOrg(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}/ratings',
      tags: TAG,
      summary: 'Các năm xếp loại của một đảng viên',
      request: { params: idPath },
      responses: responses(200, 'Các năm xếp loại', MemberRatings),
    }),
    async (c) => c.json(await service.ofMember(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/members/{id}/ratings',
      tags: TAG,
      summary: 'Chấm điểm năm (30 điểm tiêu chí chung, 70 điểm kết quả) → xếp loại theo ngưỡng',
      request: { params: idPath, body: jsonBody(ratingBody) },
      responses: responses(200, 'Xếp loại', MemberRating),
    }),
    async (c) =>
      c.json(await service.rate(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/members/{id}/self-review',
      tags: TAG,
      summary: 'Bản tự kiểm điểm của năm (đảng viên tự viết cho mình)',
      request: { params: idPath, body: jsonBody(selfReviewBody) },
      responses: responses(200, 'Xếp loại', MemberRating),
    }),
    async (c) =>
      c.json(
        await service.selfReview(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/ratings/decision',
      tags: TAG,
      summary: 'Quyết định xếp loại của chi bộ (level=cell) hoặc cấp ủy cấp trên (level=committee)',
      request: { params: idPath, body: jsonBody(ratingDecisionBody) },
      responses: responses(200, 'Xếp loại', MemberRating),
    }),
    async (c) =>
      c.json(await service.decide(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
