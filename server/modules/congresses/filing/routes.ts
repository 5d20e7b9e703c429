// HTTP of the congress file (hồ sơ đại hội): its manifest, and the package as a zip.
import { createRoute } from '@hono/zod-openapi';
import { CONGRESS_FIELD_LABELS, handoverBody } from '../../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FilingManifestJson, HandoverJson } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];

export function filingRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/file',
      tags,
      summary:
        'Hồ sơ đại hội: danh mục các tài liệu (văn kiện các bản, đại biểu và thẩm tra tư cách, hồ sơ nhân sự, biên bản kiểm phiếu, kết quả, chuẩn y)',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Danh mục', FilingManifestJson),
    }),
    async (c) => c.json(await service.manifest(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/file.zip',
      tags,
      summary: 'Tải hồ sơ đại hội (zip, danh mục manifest.json kèm mã SHA-256 của từng tài liệu)',
      request: { params: z.object({ id: idParam }) },
      responses: fileResponses('Tệp zip', [MEDIA.zip]),
    }),
    async (c) => {
      const f = await service.zip(deps, requestCtx(c), c.req.valid('param').id);
      return download(c, { body: f.bytes, name: f.name, type: MEDIA.zip });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/file/handover',
      tags,
      summary:
        'Giao nộp hồ sơ đại hội vào lưu trữ của đơn vị: một hồ sơ đã đóng, bảo quản vĩnh viễn, mỗi tài liệu là một văn bản lưu trữ',
      request: { params: z.object({ id: idParam }), body: jsonBody(handoverBody) },
      responses: responses(201, 'Hồ sơ lưu trữ đã tạo', HandoverJson),
    }),
    async (c) =>
      c.json(await service.handOver(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  return r;
}
