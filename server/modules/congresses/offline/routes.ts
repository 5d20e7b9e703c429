// HTTP of offline counting: this installation's station key, trusting a station, exporting an
// election's signed package, importing one.
import { createRoute } from '@hono/zod-openapi';
import { resultPackage } from '../../../../domain/congresses/package.ts';
import { CONGRESS_FIELD_LABELS, stationBody } from '../../../../domain/congresses/schemas.ts';
import { id, idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { createRouter, jsonBody, requestCtx, responses } from '../../../http/router.ts';
import { ElectionCreated } from '../elections/presenter.ts';
import { StationInfo } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];
const importBody = z.object({ orgId: id, congressId: id.optional(), package: resultPackage });

export function offlineRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections/station',
      tags,
      summary: 'Khóa ký (Ed25519) của bản cài đặt này và các máy kiểm phiếu được tin cậy',
      responses: responses(200, 'Máy kiểm phiếu', StationInfo),
    }),
    async (c) => c.json(await service.station(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections/stations',
      tags,
      summary: 'Ghi nhận khóa công khai của một máy kiểm phiếu (quản trị viên)',
      request: { body: jsonBody(stationBody) },
      responses: responses(201, 'Máy kiểm phiếu', StationInfo),
    }),
    async (c) => c.json(await service.trustStation(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections/import',
      tags,
      summary:
        'Nhập gói kết quả đã ký của máy kiểm phiếu: kiểm tra khóa, chữ ký, chuỗi mã băm, quy tắc và kết quả; gói bị sửa bị từ chối',
      request: { body: jsonBody(importBody) },
      responses: responses(201, 'Cuộc bầu cử đã nhập', ElectionCreated),
    }),
    async (c) => c.json(await service.importPackage(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections/{id}/package',
      tags,
      summary: 'Gói kết quả kiểm phiếu đã ký (chuỗi mã băm các phiếu, chữ ký Ed25519 của bản cài đặt)',
      request: { params: z.object({ id: idParam }) },
      responses: responses(200, 'Gói kết quả', resultPackage),
    }),
    async (c) => c.json(await service.exportPackage(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  return r;
}
