// Routes of transfers (chuyển sinh hoạt) and residence (sinh hoạt nơi cư trú).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  receiveTransferBody,
  residenceBody,
  residenceCommentBody,
  transferBody,
  transferInBody,
} from '../../../domain/members/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize, jsonBody, requestCtx, legacyResponses } from '../../http/router.ts';
import * as transfers from './transfers-service.ts';

const TAG = ['Đảng viên — Chuyển sinh hoạt'];
const idPath = z.object({ id: idParam });

export function transferRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
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
      responses: legacyResponses(200, '{ items }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      return c.json(await transfers.list(deps.database.db, actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/transfer-in',
      tags: TAG,
      summary: 'Tiếp nhận đảng viên từ đơn vị ngoài hệ thống (tạo hồ sơ kèm giấy giới thiệu)',
      request: { body: jsonBody(transferInBody) },
      responses: legacyResponses(201, '{ member, transfer }'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
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
      responses: legacyResponses(200, 'Lần chuyển sinh hoạt'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
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
        responses: legacyResponses(200, 'Lần chuyển sinh hoạt'),
      }),
      async (c) => {
        authorize(c, 'member.manage');
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
      responses: legacyResponses(201, 'Lần chuyển sinh hoạt'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
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
      responses: legacyResponses(200, '{ transfers, residences, residenceComments }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.read');
      return c.json(await transfers.ofMember(deps.database.db, actor, c.req.valid('param').id), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/residences',
      tags: TAG,
      summary: 'Đăng ký sinh hoạt nơi cư trú',
      request: { params: idPath, body: jsonBody(residenceBody) },
      responses: legacyResponses(201, 'Chuyển sinh hoạt và nơi cư trú của đảng viên'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
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
      responses: legacyResponses(201, 'Chuyển sinh hoạt và nơi cư trú của đảng viên'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await transfers.addComment(deps, requestCtx(c), id, c.req.valid('json')), 201);
    },
  );
}
