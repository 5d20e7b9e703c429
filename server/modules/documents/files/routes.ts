// HTTP of a document's files: upload (multipart) and download.
import { createRoute } from '@hono/zod-openapi';
import { DOCUMENT_FILE_KINDS } from '../../../../domain/schemas/documents.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { DocumentFile } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Văn bản'];

export function fileRoutes(deps: Deps) {
  const r = createRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/documents/{id}/files',
      tags,
      summary:
        'Tải tệp lên (multipart, trường file): PDF, DOCX, ảnh quét JPEG/PNG/TIFF; kind=signed_original: bản gốc đã ký của văn bản đã ban hành',
      request: {
        params: z.object({ id: idParam }),
        body: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: {
                  file: { type: 'string', format: 'binary' },
                  kind: { type: 'string', enum: [...DOCUMENT_FILE_KINDS] },
                },
                required: ['file'],
              },
            },
          },
        },
      },
      responses: responses(201, 'Tệp đã lưu', DocumentFile),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.checkCanAddFile(deps, requestCtx(c), id);
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: `${deps.config.dataDir}/tmp`,
      });
      return c.json(await service.addFile(deps, requestCtx(c), id, upload), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}/files/{fileId}',
      tags,
      summary: 'Tải tệp về (variant=ocr: bản PDF/A đã nhận dạng chữ; inline=1 để xem trong trình duyệt)',
      request: {
        params: z.object({ id: idParam, fileId: idParam }),
        query: z.object({
          variant: z.enum(['original', 'ocr']).optional(),
          inline: z.enum(['0', '1']).optional(),
        }),
      },
      responses: fileResponses('Nội dung tệp', [
        MEDIA.pdf,
        MEDIA.docx,
        'image/jpeg',
        'image/png',
        'image/tiff',
      ]),
    }),
    async (c) => {
      const { id, fileId } = c.req.valid('param');
      const f = c.req.valid('query');
      const file = await service.fileForDownload(deps, requestCtx(c), {
        documentId: id,
        fileId,
        variant: f.variant ?? 'original',
      });
      return download(c, {
        body: file.stream,
        name: file.name,
        type: file.mime,
        size: file.size,
        inline: f.inline === '1',
      });
    },
  );

  return r;
}
