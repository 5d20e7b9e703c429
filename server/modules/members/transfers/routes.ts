// Routes of transfers (chuyển sinh hoạt) and residence (sinh hoạt nơi cư trú).
import { createRoute } from '@hono/zod-openapi';
import {
  receiveTransferBody,
  residenceBody,
  residenceCommentBody,
  transferBody,
  transferInBody,
} from '../../../../domain/members/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { FIELD_LABELS } from '../presenter.ts';
import { MemberMoves, MemberTransfer, MemberTransferIn, MemberTransferList } from './presenter.ts';
import * as transfers from './service.ts';

const TAG = ['Đảng viên — Chuyển sinh hoạt'];
const idPath = z.object({ id: idParam });

export function transferRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/transfers',
      tags: TAG,
      summary: 'Các lần chuyển sinh hoạt đi hoặc đến các đơn vị trong phạm vi',
      request: {
        query: z.object({
          orgId: idParam.optional(),
          state: z.enum(['pending', 'done', 'ended', 'cancelled']).optional(),
        }),
      },
      responses: responses(200, 'Các lần chuyển sinh hoạt', MemberTransferList),
    }),
    async (c) => {
      return c.json(await transfers.list(deps, requestCtx(c), c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/transfer-in',
      tags: TAG,
      summary: 'Tiếp nhận đảng viên từ đơn vị ngoài hệ thống (tạo hồ sơ kèm giấy giới thiệu)',
      request: { body: jsonBody(transferInBody) },
      responses: responses(201, 'Hồ sơ và lần chuyển đến', MemberTransferIn),
    }),
    async (c) => {
      return c.json(await transfers.transferIn(deps, requestCtx(c), c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/transfers/{id}/receive',
      tags: TAG,
      summary: 'Đơn vị nhận ghi nhận đảng viên đã đến (chính thức: chuyển về đơn vị nhận)',
      request: { params: idPath, body: jsonBody(receiveTransferBody) },
      responses: responses(200, 'Lần chuyển sinh hoạt', MemberTransfer),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await transfers.receive(deps, requestCtx(c), id, c.req.valid('json')), 200);
    },
  );

  for (const action of ['cancel', 'end'] as const) {
    r.openapi(
      createRoute({
        method: 'post',
        path: `/api/members/transfers/{id}/${action}`,
        tags: TAG,
        summary:
          action === 'cancel'
            ? 'Hủy lần chuyển sinh hoạt chưa được tiếp nhận'
            : 'Kết thúc sinh hoạt tạm thời',
        request: { params: idPath },
        responses: responses(200, 'Lần chuyển sinh hoạt', MemberTransfer),
      }),
      async (c) => {
        return c.json(await transfers.close(deps, requestCtx(c), c.req.valid('param').id, action), 200);
      },
    );
  }

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/transfers',
      tags: TAG,
      summary: 'Chuyển sinh hoạt đảng (chính thức hoặc tạm thời) đi đơn vị khác, có số giấy giới thiệu',
      request: { params: idPath, body: jsonBody(transferBody) },
      responses: responses(201, 'Lần chuyển sinh hoạt', MemberTransfer),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await transfers.transferOut(deps, requestCtx(c), id, c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/{id}/transfers',
      tags: TAG,
      summary: 'Chuyển sinh hoạt, đăng ký nơi cư trú và nhận xét của nơi cư trú của một đảng viên',
      request: { params: idPath },
      responses: responses(200, 'Chuyển sinh hoạt và nơi cư trú của đảng viên', MemberMoves),
    }),
    async (c) => {
      return c.json(await transfers.ofMember(deps, requestCtx(c), c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/residences',
      tags: TAG,
      summary: 'Đăng ký sinh hoạt nơi cư trú',
      request: { params: idPath, body: jsonBody(residenceBody) },
      responses: responses(201, 'Chuyển sinh hoạt và nơi cư trú của đảng viên', MemberMoves),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await transfers.addResidence(deps, requestCtx(c), id, c.req.valid('json')), 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/residence-comments',
      tags: TAG,
      summary: 'Nhận xét hằng năm của chi ủy nơi cư trú',
      request: { params: idPath, body: jsonBody(residenceCommentBody) },
      responses: responses(201, 'Chuyển sinh hoạt và nơi cư trú của đảng viên', MemberMoves),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await transfers.addComment(deps, requestCtx(c), id, c.req.valid('json')), 201);
    },
  );

  return r;
}
