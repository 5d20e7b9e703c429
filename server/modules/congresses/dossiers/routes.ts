// HTTP of the candidates' dossiers (hồ sơ nhân sự): list, open one, add a paper (multipart), download
// a paper, and create an election whose list is drawn from the dossiers.
import path from 'node:path';
import { createRoute } from '@hono/zod-openapi';
import {
  CONGRESS_FIELD_LABELS,
  candidateBody,
  planElectionBody,
} from '../../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { receiveUpload } from '../../../http/upload.ts';
import { CandidateList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];
const Created = z.object({ id: z.number().int() }).openapi('CongressPlanElectionCreated');

export function dossierRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/candidates',
      tags,
      summary: 'Hồ sơ nhân sự của đề án nhân sự (mỗi người ứng cử, với các tài liệu của hồ sơ)',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Các hồ sơ', CandidateList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/candidates',
      tags,
      summary:
        'Lập hồ sơ nhân sự: một đảng viên (memberId, lý lịch lấy từ hồ sơ đảng viên) hoặc một người ghi tên (fullName)',
      request: { params: z.object({ id: idParam }), body: jsonBody(candidateBody) },
      responses: responses(201, 'Các hồ sơ', CandidateList),
    }),
    async (c) =>
      c.json(await service.add(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/candidates/{candidateId}/files',
      tags,
      summary: 'Thêm tài liệu vào hồ sơ nhân sự (multipart «file»: PDF, Word, ảnh JPEG, PNG)',
      request: { params: z.object({ id: idParam, candidateId: idParam }) },
      responses: responses(201, 'Các hồ sơ', CandidateList),
    }),
    async (c) => {
      const p = c.req.valid('param');
      const receive = () =>
        receiveUpload(c, {
          maxBytes: deps.config.maxUploadMb * 1024 * 1024,
          tmpDir: path.join(deps.config.dataDir, 'tmp'),
        });
      return c.json(await service.attach(deps, requestCtx(c), p.id, p.candidateId, receive), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/congresses/{id}/candidates/{candidateId}/files/{fileId}',
      tags,
      summary: 'Tải một tài liệu của hồ sơ nhân sự',
      request: { params: z.object({ id: idParam, candidateId: idParam, fileId: idParam }) },
      responses: fileResponses('Nội dung tệp', [MEDIA.pdf, MEDIA.docx, 'image/jpeg', 'image/png']),
    }),
    async (c) => {
      const p = c.req.valid('param');
      const { file, stream } = await service.download(deps, requestCtx(c), p.id, p.candidateId, p.fileId);
      return download(c, { body: stream, name: file.name, type: file.mime, size: Number(file.size) });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/congresses/{id}/elections',
      tags,
      summary:
        'Tạo cuộc bầu cử của đại hội với danh sách lấy từ đề án nhân sự (candidateIds: các hồ sơ, theo thứ tự trên phiếu)',
      request: { params: z.object({ id: idParam }), body: jsonBody(planElectionBody) },
      responses: responses(201, 'Đã tạo', Created),
    }),
    async (c) =>
      c.json(
        await service.createElection(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  return r;
}
