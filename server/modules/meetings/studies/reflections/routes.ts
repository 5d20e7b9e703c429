// HTTP of written reflections: submit (multipart), the versions of one member's, the file, the mark,
// and a member's own sessions.
import { createRoute } from '@hono/zod-openapi';
import { markBody } from '../../../../../domain/studies/schemas.ts';
import { idParam, z } from '../../../../../domain/validation.ts';
import type { Deps } from '../../../../deps.ts';
import { download } from '../../../../http/download.ts';
import {
  createRouter,
  fileResponses,
  jsonBody,
  MEDIA,
  requestCtx,
  responses,
} from '../../../../http/router.ts';
import { receiveUpload } from '../../../../http/upload.ts';
import { MyStudyList, StudyReflection, StudyReflectionList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Học tập nghị quyết'];
const LABELS = { grade: 'Xếp loại', score: 'Điểm', comment: 'Nhận xét', memberId: 'Đảng viên' };

export function reflectionRoutes(deps: Deps) {
  const r = createRouter(LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/mine',
      tags,
      summary: 'Các buổi học tập của tôi (đảng viên): điểm danh, kết quả học, bài thu hoạch',
      responses: responses(200, 'Các buổi học tập của tôi', MyStudyList),
    }),
    async (c) => c.json(await service.mine(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/studies/{id}/reflections',
      tags,
      summary:
        'Nộp bài thu hoạch (multipart, trường file: PDF hoặc Word); memberId chỉ dành cho cán bộ nộp hộ bản giấy',
      request: {
        params: z.object({ id: idParam }),
        body: {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', format: 'binary' }, memberId: { type: 'integer' } },
                required: ['file'],
              },
            },
          },
        },
      },
      responses: responses(201, 'Bài thu hoạch đã nộp', StudyReflection),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await service.checkCanSubmit(deps, requestCtx(c), id);
      const upload = await receiveUpload(c, {
        maxBytes: deps.config.maxUploadMb * 1024 * 1024,
        tmpDir: `${deps.config.dataDir}/tmp`,
      });
      return c.json(await service.submit(deps, requestCtx(c), id, upload), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/{id}/reflections',
      tags,
      summary: 'Các lần nộp bài thu hoạch của một đảng viên (của chính mình nếu không ghi memberId)',
      request: { params: z.object({ id: idParam }), query: z.object({ memberId: idParam.optional() }) },
      responses: responses(200, 'Các lần nộp, mới nhất trước', StudyReflectionList),
    }),
    async (c) =>
      c.json(
        await service.versions(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('query').memberId),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/studies/{id}/reflections/{reflectionId}/file',
      tags,
      summary: 'Tải tệp bài thu hoạch',
      request: { params: z.object({ id: idParam, reflectionId: idParam }) },
      responses: fileResponses('Tệp bài thu hoạch', [MEDIA.pdf, MEDIA.docx]),
    }),
    async (c) => {
      const { id, reflectionId } = c.req.valid('param');
      const { reflection, stream } = await service.file(deps, requestCtx(c), id, reflectionId);
      return download(c, {
        body: stream,
        name: reflection.name,
        type: reflection.mime,
        size: reflection.size,
      });
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/studies/{id}/reflections/{reflectionId}/mark',
      tags,
      summary: 'Chấm bài thu hoạch: Đạt hoặc Chưa đạt, điểm (thang 10, không bắt buộc), nhận xét',
      request: { params: z.object({ id: idParam, reflectionId: idParam }), body: jsonBody(markBody) },
      responses: responses(200, 'Bài thu hoạch đã chấm', StudyReflection),
    }),
    async (c) => {
      const { id, reflectionId } = c.req.valid('param');
      return c.json(await service.mark(deps, requestCtx(c), id, reflectionId, c.req.valid('json')), 200);
    },
  );

  return r;
}
