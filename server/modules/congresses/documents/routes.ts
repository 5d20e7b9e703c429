// HTTP of a congress's papers: the list by kind, a new version (text or Word file), a version with its
// comments, its Word file, a comment.
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import { DOCUMENT_KINDS } from '../../../../domain/congresses/labels.ts';
import {
  CONGRESS_FIELD_LABELS,
  documentCommentBody,
  documentVersionBody,
} from '../../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { CongressDocumentList, CongressDocumentVersion } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];
const versionPath = z.object({
  id: idParam,
  kind: z.enum(DOCUMENT_KINDS),
  version: z.coerce.number().int().min(1).max(10_000),
});

export function documentRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/documents',
      tags,
      summary:
        'Văn kiện đại hội (báo cáo chính trị, kiểm điểm, dự thảo nghị quyết, đề án nhân sự) và các lần dự thảo',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Văn kiện', CongressDocumentList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/documents',
      tags,
      summary: 'Thêm một lần dự thảo (nội dung văn bản) của một văn kiện',
      request: { params: z.object({ id: idParam }), body: jsonBody(documentVersionBody) },
      responses: responses(201, 'Văn kiện', CongressDocumentList),
    }),
    async (c) =>
      c.json(
        await service.addVersion(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/documents/{kind}/{version}',
      tags,
      summary: 'Một lần dự thảo với các ý kiến góp ý',
      request: { params: versionPath },
      responses: responses(200, 'Dự thảo', CongressDocumentVersion),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service.getVersion(deps, requestCtx(c), p.id, p.kind, p.version), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/documents/{kind}/{version}/comments',
      tags,
      summary: 'Ghi một ý kiến góp ý vào một lần dự thảo',
      request: { params: versionPath, body: jsonBody(documentCommentBody) },
      responses: responses(201, 'Dự thảo với ý kiến', CongressDocumentVersion),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await service.comment(deps, requestCtx(c), p.id, p.kind, p.version, c.req.valid('json')),
        201,
      );
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/documents/upload',
      tags,
      summary:
        'Thêm lần dự thảo bằng tệp Word (multipart «file» .docx, «kind», «note» nếu có): nội dung được trích làm văn bản để góp ý',
      request: { params: z.object({ id: idParam }) },
      responses: responses(201, 'Văn kiện', CongressDocumentList),
    }),
    async (c) => {
      const receive = () =>
        receiveUpload(c, {
          maxBytes: deps.config.maxUploadMb * 1024 * 1024,
          tmpDir: path.join(deps.config.dataDir, 'tmp'),
        });
      return c.json(await service.uploadVersion(deps, requestCtx(c), c.req.valid('param').id, receive), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/documents/{kind}/{version}/file',
      tags,
      summary: 'Tải tệp Word của một lần dự thảo',
      request: { params: versionPath },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await service.versionFile(deps, requestCtx(c), p.id, p.kind, p.version);
      return download(c, { body: f.stream, name: f.name, type: MEDIA.docx, size: f.size });
    },
  );

  return r;
}
