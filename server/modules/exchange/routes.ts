// HTTP of the exchange between systems: set-up (this installation's key, the peers, the units'
// agency codes, the journal) here; packages, the outbox, the inbox and status messages mounted.
import { createRoute } from '@hono/zod-openapi';
import { peerBody, unitCodeBody } from '../../../domain/exchange/schemas.ts';
import { idParam, limitParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, jsonBody, noContent, requestCtx, responses } from '../../http/router.ts';
import { edxmlRoutes } from './edxml/routes.ts';
import { inboxRoutes } from './inbox/routes.ts';
import { outboxRoutes } from './outbox/routes.ts';
import {
  ExchangeIdentity,
  ExchangeJournal,
  ExchangePeer,
  ExchangePeerList,
  ExchangeUnitCode,
} from './presenter.ts';
import * as service from './service.ts';
import { statusRoutes } from './status/routes.ts';

const tags = ['Liên thông văn bản'];
const idPath = z.object({ id: idParam });

export function exchangeRoutes(deps: Deps) {
  const r = createRouter({
    name: 'Tên hệ thống',
    url: 'Địa chỉ',
    codes: 'Mã định danh',
    publicKey: 'Khóa công khai',
    code: 'Mã định danh',
  });

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/exchange/identity',
      tags,
      summary:
        'Khóa công khai của hệ thống này (trao cho hệ thống bên kia khi thiết lập) và mã định danh các đơn vị',
      responses: responses(200, 'Định danh liên thông', ExchangeIdentity),
    }),
    async (c) => c.json(await service.identity(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/exchange/peers',
      tags,
      summary: 'Các hệ thống liên thông: địa chỉ, mã định danh phục vụ, khóa công khai',
      responses: responses(200, 'Hệ thống liên thông', ExchangePeerList),
    }),
    async (c) => c.json(await service.listPeers(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/exchange/peers',
      tags,
      summary: 'Khai báo một hệ thống liên thông',
      request: { body: jsonBody(peerBody) },
      responses: responses(201, 'Hệ thống liên thông', ExchangePeer),
    }),
    async (c) => c.json(await service.addPeer(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/exchange/peers/{id}',
      tags,
      summary: 'Gỡ một hệ thống liên thông (gói tin chưa gửi tới nó sẽ báo lỗi)',
      request: { params: idPath },
      responses: noContent('Đã gỡ'),
    }),
    async (c) => {
      await service.removePeer(deps, requestCtx(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/exchange/units/{id}/code',
      tags,
      summary: 'Gán (hoặc bỏ, code=null) mã định danh liên thông của một đơn vị',
      request: { params: idPath, body: jsonBody(unitCodeBody) },
      responses: responses(200, 'Mã định danh của đơn vị', ExchangeUnitCode),
    }),
    async (c) =>
      c.json(
        await service.setUnitCode(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json').code),
        200,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/exchange/journal',
      tags,
      summary: 'Nhật ký liên thông: hộp thư đi theo trạng thái, các gói tin gần nhất',
      request: { query: z.object({ limit: limitParam.optional() }) },
      responses: responses(200, 'Nhật ký liên thông', ExchangeJournal),
    }),
    async (c) => c.json(await service.journal(deps, requestCtx(c), c.req.valid('query').limit ?? 50), 200),
  );

  r.route('/', edxmlRoutes(deps));
  r.route('/', inboxRoutes(deps));
  r.route('/', outboxRoutes(deps));
  r.route('/', statusRoutes(deps));
  return r;
}
