// Routes of the grassroots fund book.
import { createRoute } from '@hono/zod-openapi';
import {
  FINANCE_FIELD_LABELS,
  fundBookQuery,
  fundCorrectionBody,
  fundEntryBody,
  quarterQuery,
} from '../../../../domain/finance/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FundBook, FundEntry, FundQuarter } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Tài chính đảng'];

export function fundRoutes(deps: Deps) {
  const r = createRouter(FINANCE_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/finance/fund/entries',
      tags: TAG,
      summary: 'Ghi một khoản thu hoặc chi vào sổ quỹ của tổ chức cơ sở đảng',
      request: { body: jsonBody(fundEntryBody) },
      responses: responses(201, 'Bút toán đã ghi', FundEntry),
    }),
    async (c) => c.json(await service.addEntry(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/finance/fund/entries/{id}/corrections',
      tags: TAG,
      summary: 'Sửa một bút toán bằng bút toán mới dẫn chiếu bút toán cũ (không xóa, không sửa đè)',
      request: { params: z.object({ id: idParam }), body: jsonBody(fundCorrectionBody) },
      responses: responses(201, 'Bút toán sửa', FundEntry),
    }),
    async (c) =>
      c.json(
        await service.correctEntry(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/fund/book',
      tags: TAG,
      summary: 'Sổ quỹ: số dư đầu kỳ, các bút toán, tổng thu, tổng chi, số dư cuối kỳ',
      request: { query: fundBookQuery },
      responses: responses(200, 'Sổ quỹ', FundBook),
    }),
    async (c) => c.json(await service.fundBook(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/fund/quarter',
      tags: TAG,
      summary: 'Báo cáo quý của sổ quỹ: thu, chi theo nội dung, số dư',
      request: { query: quarterQuery },
      responses: responses(200, 'Báo cáo quý', FundQuarter),
    }),
    async (c) => c.json(await service.fundQuarter(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/finance/fund/quarter.docx',
      tags: TAG,
      summary: 'Báo cáo quý của sổ quỹ (Word)',
      request: { query: quarterQuery },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.fundQuarterDocx(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { ...file, type: MEDIA.docx });
    },
  );

  return r;
}
