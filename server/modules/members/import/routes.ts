// POST /api/members/import (multipart: `file` = xlsx, `orgId`) and the template. The upload has its
// own size limit (VANPHONG_MAX_UPLOAD_MB; the app's 2 MB JSON limit skips multipart requests) and
// streams to a temporary file (server/http/upload.ts), from which the workbook is read as a stream.
// A client that sends `Accept: application/x-ndjson` receives progress lines while the import runs
// and the result as the last line; otherwise the answer is the JSON result, sent once everything is
// committed.
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { toErrorResponse } from '../../../http/errors.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { FIELD_LABELS } from '../presenter.ts';
import { MemberImportLine, MemberImportResult } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên'];
const NDJSON = 'application/x-ndjson';

export function importRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/import-template',
      tags: TAG,
      summary: 'Tệp Excel mẫu để nhập danh sách đảng viên',
      responses: fileResponses('Tệp .xlsx', [MEDIA.xlsx]),
    }),
    async (c) => download(c, { ...(await service.template(requestCtx(c))), type: MEDIA.xlsx }),
  );

  const answered = responses(200, 'Kết quả nhập', MemberImportResult);
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/import',
      tags: TAG,
      summary:
        'Nhập danh sách đảng viên từ Excel (multipart: file, orgId) → { imported, rejected: [ { row, reason } ] }. Gửi Accept: application/x-ndjson để nhận tiến độ.',
      // A plain (non-zod) schema documents the form without a validator that would buffer the body:
      // the upload streams to disk (server/http/upload.ts) under VANPHONG_MAX_UPLOAD_MB.
      request: {
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file', 'orgId'],
                properties: {
                  file: { type: 'string', format: 'binary', description: 'Tệp Excel (.xlsx)' },
                  orgId: { type: 'integer', description: 'Chi bộ / đơn vị nhận các đảng viên' },
                },
              },
            },
          },
        },
      },
      responses: {
        ...answered,
        200: {
          description: answered[200].description,
          content: { ...answered[200].content, [NDJSON]: { schema: MemberImportLine } },
        },
      },
    }),
    async (c) => {
      const ctx = requestCtx(c);
      const file = await service.receiveImport(ctx, () =>
        receiveUpload(c, {
          maxBytes: deps.config.maxUploadMb * 1024 * 1024,
          tmpDir: path.join(deps.config.dataDir, 'tmp'),
        }),
      );
      if (!(c.req.header('accept') ?? '').includes(NDJSON))
        return c.json(await service.runImport(deps, ctx, file), 200);
      c.header('content-type', `${NDJSON}; charset=utf-8`);
      c.header('cache-control', 'no-store');
      // The NDJSON answer is a plain stream, which the JSON route's typed answer does not describe.
      const lines = stream(c, async (s) => {
        try {
          const result = await service.runImport(deps, ctx, file, (p) => {
            void s.write(`${JSON.stringify({ progress: p })}\n`);
          });
          await s.write(`${JSON.stringify({ result })}\n`);
        } catch (err) {
          const { status, body, known } = toErrorResponse(err);
          if (!known) deps.log.error({ err, requestId: ctx.requestId }, 'member import failed');
          await s.write(`${JSON.stringify({ ...body, status })}\n`);
        }
      });
      return lines as never;
    },
  );

  return r;
}
