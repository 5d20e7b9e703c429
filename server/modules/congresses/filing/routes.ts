// HTTP of the congress file (hồ sơ đại hội): its manifest, and the package as a zip.
import { createRoute } from '@hono/zod-openapi';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FilingManifestJson } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];

export function filingRoutes(deps: Deps) {
  const r = createRouter();

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

  return r;
}
