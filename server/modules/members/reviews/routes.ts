// Routes of a member's review (Mẫu 2A/2B/2C) for a year or a quarter.
import { createRoute } from '@hono/zod-openapi';
import {
  memberReviewBody,
  periodQuery,
  REVIEW_FIELD_LABELS,
  reviewGradeBody,
} from '../../../../domain/inspections/review-schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { MemberReview } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Kiểm điểm, đánh giá, xếp loại'];
const params = z.object({ id: idParam });

export function memberReviewRoutes(deps: Deps) {
  const r = createRouter(REVIEW_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/reviews/members/{id}',
      tags,
      summary:
        'Bản kiểm điểm cá nhân (Mẫu 2A/2B/2C) năm hoặc quý: nội dung, tiêu chí tính tự động, xếp loại đề xuất và quyết định',
      request: { params, query: periodQuery },
      responses: responses(200, 'Bản kiểm điểm cá nhân', MemberReview),
    }),
    async (c) =>
      c.json(await service.reviewOf(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/reviews/members/{id}',
      tags,
      summary: 'Đảng viên (hoặc cán bộ nhập thay) viết bản kiểm điểm theo mẫu và tự chấm điểm',
      request: { params, body: jsonBody(memberReviewBody) },
      responses: responses(200, 'Bản kiểm điểm cá nhân', MemberReview),
    }),
    async (c) =>
      c.json(
        await service.writeReview(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/reviews/members/{id}/proposal',
      tags,
      summary: 'Chi bộ đề xuất mức xếp loại',
      request: { params, body: jsonBody(reviewGradeBody) },
      responses: responses(200, 'Bản kiểm điểm cá nhân', MemberReview),
    }),
    async (c) =>
      c.json(await service.propose(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/reviews/members/{id}/decision',
      tags,
      summary: 'Cấp ủy cấp trên quyết định xếp loại (là xếp loại của đảng viên trong kỳ)',
      request: { params, body: jsonBody(reviewGradeBody) },
      responses: responses(200, 'Bản kiểm điểm cá nhân', MemberReview),
    }),
    async (c) =>
      c.json(await service.decide(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/reviews/members/{id}/kiem-diem.docx',
      tags,
      summary: 'Bản kiểm điểm cá nhân theo mẫu, bằng Word',
      request: { params, query: periodQuery },
      responses: fileResponses('Tệp .docx', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.reviewWord(
        deps,
        requestCtx(c),
        c.req.valid('param').id,
        c.req.valid('query'),
      );
      return download(c, { ...file, type: MEDIA.docx });
    },
  );

  return r;
}
