// Routes of the award registry: the list, revocation, the lists in Word and Excel.
import { createRoute } from '@hono/zod-openapi';
import { awardListQuery, REWARD_FIELD_LABELS, revokeBody } from '../../../../domain/rewards/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { RewardAward, RewardAwardList } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Thi đua, khen thưởng'];

export function registryRoutes(deps: Deps) {
  const r = createRouter(REWARD_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rewards/awards',
      tags,
      summary: 'Sổ khen thưởng theo cá nhân và tập thể',
      request: { query: awardListQuery },
      responses: responses(200, 'Danh sách', RewardAwardList),
    }),
    async (c) => c.json(await service.listAwards(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rewards/awards.docx',
      tags,
      summary: 'Danh sách khen thưởng (Word, thể thức văn bản của Đảng)',
      request: { query: awardListQuery },
      responses: fileResponses('Tệp .docx', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.awardsWord(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { ...file, type: MEDIA.docx });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/rewards/awards.xlsx',
      tags,
      summary: 'Danh sách khen thưởng (Excel)',
      request: { query: awardListQuery },
      responses: fileResponses('Tệp .xlsx', [MEDIA.xlsx]),
    }),
    async (c) => {
      const file = await service.awardsExcel(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { ...file, type: MEDIA.xlsx });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/rewards/awards/{id}/revoke',
      tags,
      summary: 'Thu hồi khen thưởng (kê khai không trung thực)',
      request: { params: z.object({ id: idParam }), body: jsonBody(revokeBody) },
      responses: responses(200, 'Khen thưởng', RewardAward),
    }),
    async (c) =>
      c.json(
        await service.revokeAward(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  return r;
}
