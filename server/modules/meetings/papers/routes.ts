// Routes of the Word papers of a meeting.
import { createRoute } from '@hono/zod-openapi';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx } from '../../../http/router.ts';
import { type Paper, paper } from './service.ts';

const SUMMARIES: Record<Paper, string> = {
  invitation: 'Giấy mời dự sinh hoạt (Word, thể thức văn bản của Đảng)',
  attendance: 'Danh sách đảng viên dự sinh hoạt (Word)',
  minutes: 'Biên bản sinh hoạt (Word)',
  resolution: 'Nghị quyết chi bộ (Word; dự thảo khi chưa ban hành)',
};

export function paperRoutes(deps: Deps) {
  const r = createRouter();
  for (const which of Object.keys(SUMMARIES) as Paper[]) {
    r.openapi(
      createRoute({
        method: 'get',
        path: `/api/meetings/{id}/${which}.docx`,
        tags: ['Sinh hoạt chi bộ'],
        summary: SUMMARIES[which],
        request: { params: z.object({ id: idParam }) },
        responses: fileResponses('Tệp Word', [MEDIA.docx]),
      }),
      async (c) => {
        const f = await paper(deps, requestCtx(c), c.req.valid('param').id, which);
        return download(c, { body: f.body, name: f.name, type: MEDIA.docx });
      },
    );
  }
  return r;
}
