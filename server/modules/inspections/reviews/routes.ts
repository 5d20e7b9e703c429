// Routes of the year-end review of a unit: the computed criteria and the grades.
import { createRoute } from '@hono/zod-openapi';
import { INSPECTION_FIELD_LABELS } from '../../../../domain/inspections/schemas.ts';
import { orgRatingBody } from '../../../../domain/members/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { UnitReview } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Kiểm điểm, đánh giá, xếp loại'];
/** 0 or absent: the year's review; 1–4: a quarter's (Quy định 366-QĐ/TW adds quarterly reviews). */
const quarterField = z.number().int().min(0).max(4).optional();
const periodQuery = z.object({
  year: z.coerce.number().int().min(1930).max(2200),
  quarter: z.coerce.number().int().min(0).max(4).optional(),
});

export function reviewRoutes(deps: Deps) {
  const r = createRouter(INSPECTION_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/reviews/units/{orgId}',
      tags,
      summary:
        'Kiểm điểm tập thể (Mẫu 01) năm hoặc quý: tiêu chí tính tự động (nhiệm vụ đúng hạn, kỷ luật), xếp loại đề xuất và quyết định',
      request: {
        params: z.object({ orgId: idParam }),
        query: periodQuery,
      },
      responses: responses(200, 'Kiểm điểm tập thể', UnitReview),
    }),
    async (c) =>
      c.json(
        await service.unitReview(deps, requestCtx(c), {
          orgId: c.req.valid('param').orgId,
          ...c.req.valid('query'),
        }),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/reviews/units/{orgId}/mau-01.docx',
      tags,
      summary: 'Báo cáo kiểm điểm tập thể (Mẫu 01) bằng Word',
      request: {
        params: z.object({ orgId: idParam }),
        query: periodQuery,
      },
      responses: fileResponses('Tệp .docx', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.reviewWord(deps, requestCtx(c), {
        orgId: c.req.valid('param').orgId,
        ...c.req.valid('query'),
      });
      return download(c, { ...file, type: MEDIA.docx });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/reviews/units/{orgId}',
      tags,
      summary: 'Ghi điểm tự đánh giá và xếp loại của cấp trên; tiêu chí nhiệm vụ lấy từ theo dõi nhiệm vụ',
      request: {
        params: z.object({ orgId: idParam }),
        body: jsonBody(orgRatingBody.omit({ allTasksOnTime: true }).extend({ quarter: quarterField })),
      },
      responses: responses(200, 'Kiểm điểm tập thể', UnitReview),
    }),
    async (c) =>
      c.json(
        await service.rateUnit(deps, requestCtx(c), c.req.valid('param').orgId, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
