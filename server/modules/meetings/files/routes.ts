// Routes of a meeting's files: attach (multipart `file`, optional `kind`) and download.
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { MeetingFile } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Sinh hoạt chi bộ'];

export function meetingFileRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{id}/files',
      tags: TAG,
      summary:
        'Đăng tài liệu (multipart «file»; «kind»: material — tài liệu sinh hoạt, minutes, resolution, other)',
      request: { params: z.object({ id: idParam }) },
      responses: responses(201, 'Tệp đã đăng', MeetingFile),
    }),
    async (c) => {
      const receive = () =>
        receiveUpload(c, {
          maxBytes: deps.config.maxUploadMb * 1024 * 1024,
          tmpDir: path.join(deps.config.dataDir, 'tmp'),
        });
      return c.json(await service.attach(deps, requestCtx(c), c.req.valid('param').id, receive), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{id}/files/{fileId}',
      tags: TAG,
      summary: 'Tải tài liệu của cuộc sinh hoạt',
      request: { params: z.object({ id: idParam, fileId: idParam }) },
      responses: fileResponses('Nội dung tệp', [
        MEDIA.pdf,
        MEDIA.docx,
        MEDIA.xlsx,
        'image/jpeg',
        'image/png',
        'image/tiff',
      ]),
    }),
    async (c) => {
      const { id, fileId } = c.req.valid('param');
      const { file, stream } = await service.download(deps, requestCtx(c), id, fileId);
      return download(c, { body: stream, name: file.name, type: file.mime, size: file.size });
    },
  );

  return r;
}
