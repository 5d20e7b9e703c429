// HTTP of the two tellers' entries: the state with the differences, one teller's entry, agreeing.
import { createRoute } from '@hono/zod-openapi';
import { CONGRESS_FIELD_LABELS, tallyBody, tellerParam } from '../../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ElectionResult } from '../elections/presenter.ts';
import { TallyState } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];
const idPath = z.object({ id: idParam });

export function tallyRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections/{id}/tally',
      tags,
      summary: 'Phần nhập của hai người kiểm phiếu và những phiếu còn khác nhau',
      request: { params: idPath },
      responses: responses(200, 'Tình trạng nhập phiếu', TallyState),
    }),
    async (c) => c.json(await service.state(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/elections/{id}/tally/{teller}',
      tags,
      summary: 'Phần nhập của một người kiểm phiếu (1 hoặc 2), thay cả danh sách phiếu đã nhập',
      request: { params: z.object({ id: idParam, teller: tellerParam }), body: jsonBody(tallyBody) },
      responses: responses(200, 'Tình trạng nhập phiếu', TallyState),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await service.enter(deps, requestCtx(c), p.id, p.teller, c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections/{id}/tally/agree',
      tags,
      summary: 'Hai phần nhập đã khớp: đưa các phiếu vào kết quả kiểm phiếu',
      request: { params: idPath },
      responses: responses(201, 'Kết quả sau khi nhập', ElectionResult),
    }),
    async (c) => c.json(await service.agree(deps, requestCtx(c), c.req.valid('param').id), 201),
  );

  return r;
}
