// Routes of the portal statements: import (multipart: file, orgId), the lines, and settling an
// unmatched line (name the member, or set it aside with a note).
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import {
  dismissBody,
  FINANCE_FIELD_LABELS,
  portalLinesQuery,
  resolveBody,
} from '../../../../../domain/finance/schemas.ts';
import { idParam, z } from '../../../../../domain/validation.ts';
import type { Deps } from '../../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../../http/router.ts';
import { receiveUpload } from '../../../../http/upload.ts';
import { PortalImportResult, PortalLine, PortalLineList } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên — Đảng phí'];
const params = z.object({ id: idParam });

export function portalRoutes(deps: Deps) {
  const r = createRouter(FINANCE_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/fees/portal/import',
      tags: TAG,
      summary:
        'Nhập sao kê đảng phí nộp qua Cổng dịch vụ công quốc gia (multipart: file = CSV hoặc Excel, orgId); đối chiếu theo số thẻ đảng viên, mỗi giao dịch chỉ tính một lần',
      request: {
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file', 'orgId'],
                properties: {
                  file: { type: 'string', format: 'binary', description: 'Sao kê (.csv hoặc .xlsx)' },
                  orgId: { type: 'integer', description: 'Đơn vị nhận sao kê' },
                },
              },
            },
          },
        },
      },
      responses: responses(200, 'Kết quả nhập sao kê', PortalImportResult),
    }),
    async (c) => {
      const receive = () =>
        receiveUpload(c, {
          maxBytes: deps.config.maxUploadMb * 1024 * 1024,
          tmpDir: path.join(deps.config.dataDir, 'tmp'),
        });
      return c.json(await service.importStatement(deps, requestCtx(c), receive), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/fees/portal/lines',
      tags: TAG,
      summary: 'Các dòng sao kê đã nhập vào đơn vị (lọc theo trạng thái, ví dụ chưa đối chiếu được)',
      request: { query: portalLinesQuery },
      responses: responses(200, 'Dòng sao kê', PortalLineList),
    }),
    async (c) => c.json(await service.listLines(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/fees/portal/lines/{id}/resolve',
      tags: TAG,
      summary: 'Gán dòng sao kê chưa đối chiếu được cho một đảng viên (số tiền được cộng vào tháng nộp)',
      request: { params, body: jsonBody(resolveBody) },
      responses: responses(200, 'Dòng sao kê đã xử lý', PortalLine),
    }),
    async (c) =>
      c.json(
        await service.resolveLine(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/fees/portal/lines/{id}/dismiss',
      tags: TAG,
      summary: 'Để riêng một dòng sao kê không thuộc đơn vị (kèm ghi chú)',
      request: { params, body: jsonBody(dismissBody) },
      responses: responses(200, 'Dòng sao kê đã xử lý', PortalLine),
    }),
    async (c) =>
      c.json(
        await service.dismissLine(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
