// Routes of party fees.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { arrearsQuery, feeBookQuery, feesQuery, paymentsBody } from '../../../domain/members/schemas.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import * as fees from './fees-service.ts';
import { attachment, XLSX_TYPE } from './xlsx.ts';

const TAG = ['Đảng viên — Đảng phí'];

export function feeRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees',
      tags: TAG,
      summary: 'Đảng phí một tháng của đơn vị: mức phải đóng theo quy định và số đã nộp',
      request: { query: feesQuery },
      responses: legacyResponses(200, '{ items, totals }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      return c.json(await fees.monthSheet(deps.database.db, actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/fees/payments',
      tags: TAG,
      summary: 'Ghi nhận đảng phí đã nộp theo tháng (ghi đè nếu đã có)',
      request: { body: jsonBody(paymentsBody) },
      responses: legacyResponses(200, '{ recorded }'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      return c.json(await fees.recordPayments(deps, requestCtx(c), c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees/arrears',
      tags: TAG,
      summary:
        'Đảng viên không nộp đảng phí từ 3 tháng liền trở lên (tính đến tháng đã chọn, mặc định tháng trước)',
      request: { query: arrearsQuery },
      responses: legacyResponses(200, '{ items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      return c.json(await fees.arrears(deps.database.db, actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees/book.xlsx',
      tags: TAG,
      summary: 'Sổ thu đảng phí của chi bộ trong năm (Excel)',
      request: { query: feeBookQuery },
      responses: legacyResponses(200, 'Tệp .xlsx'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      const f = c.req.valid('query');
      const buf = await fees.feeBook(deps.database.db, actor, f);
      c.header('content-type', XLSX_TYPE);
      c.header('content-disposition', attachment(`Sổ đảng phí ${f.year}.xlsx`));
      return c.body(new Uint8Array(buf), 200);
    },
  );
}
