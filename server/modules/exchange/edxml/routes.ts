// HTTP of edXML packages: an issued document's envelope, and an envelope imported from a file.
import { createRoute } from '@hono/zod-openapi';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { ExchangeImported } from '../presenter.ts';
import * as service from './service.ts';

const tags = ['Liên thông văn bản'];

export function edxmlRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/edxml',
      tags,
      summary: 'Gói tin edXML (QCVN 102:2016) của văn bản đi đã ban hành, kèm các tệp (base64)',
      request: { params: z.object({ id: idParam }) },
      responses: fileResponses('Gói tin edXML', [MEDIA.xml]),
    }),
    async (c) => {
      const { xml, name } = await service.exportEdxml(deps, requestCtx(c), c.req.valid('param').id);
      return download(c, { body: new TextEncoder().encode(xml), name, type: MEDIA.xml });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/exchange/edxml',
      tags,
      summary:
        'Nhận gói tin edXML từ tệp (multipart, trường file) thành văn bản đến của đơn vị nhận: số đến, kiểm tra trùng, tệp đính kèm; orgId: đơn vị nhận (mặc định theo mã nơi nhận); confirmDuplicate=true: vẫn vào sổ khi trùng',
      request: {
        body: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  file: { type: 'string', format: 'binary' },
                  orgId: { type: 'string' },
                  confirmDuplicate: { type: 'string', enum: ['true', 'false'] },
                },
                required: ['file'],
              },
            },
          },
        },
      },
      responses: responses(201, 'Văn bản đến đã vào sổ', ExchangeImported),
    }),
    async (c) => {
      service.checkCanImport(requestCtx(c));
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: `${deps.config.dataDir}/tmp`,
      });
      return c.json(await service.importEdxml(deps, requestCtx(c), upload), 201);
    },
  );

  return r;
}
