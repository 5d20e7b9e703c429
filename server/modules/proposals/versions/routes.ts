// HTTP of a scheme's versions: upload a Word file (multipart «file», optional «note»), read a
// version's paragraphs, download its file, and the diff between two versions.
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import { diffQuery, PROPOSAL_FIELD_LABELS } from '../../../../domain/proposals/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { ProposalDiff, ProposalVersion, ProposalVersionText } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đề án, báo cáo chuyên đề'];
const versionPath = z.object({ id: idParam, version: idParam });

export function versionRoutes(deps: Deps) {
  const r = createRouter(PROPOSAL_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/proposals/{id}/versions',
      tags,
      summary: 'Tải lên lần dự thảo tiếp theo (multipart, trường «file»: tệp Word .docx; tùy chọn «note»)',
      request: { params: z.object({ id: idParam }) },
      responses: responses(201, 'Lần dự thảo đã lưu (version: số lần, textChars: số ký tự)', ProposalVersion),
    }),
    async (c) => {
      const receive = () =>
        receiveUpload(c, {
          maxBytes: deps.config.maxUploadMb * 1024 * 1024,
          tmpDir: path.join(deps.config.dataDir, 'tmp'),
        });
      return c.json(await service.upload(deps, requestCtx(c), c.req.valid('param').id, receive), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals/{id}/diff',
      tags,
      summary: 'So sánh hai lần dự thảo: từng đoạn, và từng từ trong đoạn đã sửa',
      request: { params: z.object({ id: idParam }), query: diffQuery },
      responses: responses(200, 'Những chỗ khác nhau', ProposalDiff),
    }),
    async (c) =>
      c.json(await service.diff(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals/{id}/versions/{version}',
      tags,
      summary: 'Nội dung một lần dự thảo, theo từng đoạn',
      request: { params: versionPath },
      responses: responses(200, 'Lần dự thảo', ProposalVersionText),
    }),
    async (c) => {
      const { id, version } = c.req.valid('param');
      return c.json(await service.text(deps, requestCtx(c), id, version), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/proposals/{id}/versions/{version}/file',
      tags,
      summary: 'Tải tệp Word của một lần dự thảo',
      request: { params: versionPath },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const { id, version } = c.req.valid('param');
      const f = await service.file(deps, requestCtx(c), id, version);
      return download(c, { body: f.stream, name: f.version.name, type: MEDIA.docx, size: f.version.size });
    },
  );

  return r;
}
