// Route of the synthesis in Word.
import { createRoute } from '@hono/zod-openapi';
import { INTEL_FIELD_LABELS, synthesisQuery } from '../../../../domain/intel/schemas.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx } from '../../../http/router.ts';
import * as service from './service.ts';

export function synthesisRoutes(deps: Deps) {
  const r = createRouter(INTEL_FIELD_LABELS);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/intel/synthesis.docx',
      tags: ['Thông tin tình hình'],
      summary:
        'Dự thảo báo cáo tổng hợp tình hình từ báo cáo của các đơn vị cấp dưới trong một kỳ (Word): theo lĩnh vực, địa bàn, vụ việc nghiêm trọng, điểm nóng đang theo dõi',
      request: { query: synthesisQuery },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const f = await service.synthesis(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { body: f.body, name: f.name, type: MEDIA.docx });
    },
  );
  return r;
}
