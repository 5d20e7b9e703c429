// Routes of party fees.
import { createRoute } from '@hono/zod-openapi';
import { arrearsQuery, feeBookQuery, feesQuery, paymentsBody } from '../../../../domain/members/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FIELD_LABELS } from '../presenter.ts';
import { portalRoutes } from './portal/routes.ts';
import { FeeArrears, FeeMonthSheet, FeePaymentsRecorded } from './presenter.ts';
import { reliefRoutes } from './reliefs/routes.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên — Đảng phí'];

export function feeRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees',
      tags: TAG,
      summary: 'Đảng phí một tháng của đơn vị: mức phải đóng theo quy định và số đã nộp',
      request: { query: feesQuery },
      responses: responses(200, 'Bảng đảng phí của tháng', FeeMonthSheet),
    }),
    async (c) => c.json(await service.monthSheet(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/fees/payments',
      tags: TAG,
      summary: 'Ghi nhận đảng phí đã nộp theo tháng (ghi đè nếu đã có)',
      request: { body: jsonBody(paymentsBody) },
      responses: responses(200, 'Số khoản đã ghi', FeePaymentsRecorded),
    }),
    async (c) => c.json(await service.recordPayments(deps, requestCtx(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees/arrears',
      tags: TAG,
      summary:
        'Đảng viên không nộp đảng phí từ 3 tháng liền trở lên (tính đến tháng đã chọn, mặc định tháng trước)',
      request: { query: arrearsQuery },
      responses: responses(200, 'Đảng viên nợ đảng phí', FeeArrears),
    }),
    async (c) => c.json(await service.arrears(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees/book.xlsx',
      tags: TAG,
      summary: 'Sổ thu đảng phí của chi bộ trong năm (Excel)',
      request: { query: feeBookQuery },
      responses: fileResponses('Tệp .xlsx', [MEDIA.xlsx]),
    }),
    async (c) => {
      const file = await service.feeBook(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { ...file, type: MEDIA.xlsx });
    },
  );

  r.route('/', reliefRoutes(deps));
  r.route('/', portalRoutes(deps));

  return r;
}
