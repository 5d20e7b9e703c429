// HTTP of elections: create (stable), ballots as an agreed count (stable), the result (stable), the
// list and page, the count record in Word, sending for approval and the approval.
import { createRoute } from '@hono/zod-openapi';
import {
  approveBody,
  ballotsBody,
  CONGRESS_FIELD_LABELS,
  createElectionBody,
} from '../../../../domain/congresses/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { ElectionCreated, ElectionDetail, ElectionList, ElectionResult } from './presenter.ts';
import * as service from './service.ts';

const tags = ['Đại hội, bầu cử'];
const idPath = z.object({ id: idParam });
const listQuery = z.object({ orgId: idParam.optional(), congressId: idParam.optional() });

export function electionRoutes(deps: Deps) {
  const r = createRouter(CONGRESS_FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections',
      tags,
      summary:
        'Tạo cuộc bầu cử với danh sách bầu cử; danh sách vượt số dư cho phép (quy tắc congresses.candidate_surplus) bị từ chối (422)',
      request: { body: jsonBody(createElectionBody) },
      responses: responses(201, 'Cuộc bầu cử đã tạo', ElectionCreated),
    }),
    async (c) => c.json(await service.create(deps, requestCtx(c), c.req.valid('json')), 201),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections',
      tags,
      summary: 'Các cuộc bầu cử trong phạm vi (lọc theo đơn vị, đại hội)',
      request: { query: listQuery },
      responses: responses(200, 'Danh sách', ElectionList),
    }),
    async (c) => c.json(await service.list(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections/{id}',
      tags,
      summary: 'Trang cuộc bầu cử: danh sách, quy tắc áp dụng, kết quả, trạng thái chuẩn y',
      request: { params: idPath },
      responses: responses(200, 'Cuộc bầu cử', ElectionDetail),
    }),
    async (c) => c.json(await service.detail(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections/{id}/ballots',
      tags,
      summary:
        'Nhập phiếu đã được Ban kiểm phiếu thống nhất (mỗi phiếu: hợp lệ hay không, một ô cho mỗi người trong danh sách); phiếu bầu nhiều hơn số lượng cần bầu được tính là không hợp lệ',
      request: { params: idPath, body: jsonBody(ballotsBody) },
      responses: responses(201, 'Kết quả sau khi nhập', ElectionResult),
    }),
    async (c) =>
      c.json(
        await service.addBallots(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections/{id}/result',
      tags,
      summary:
        'Kết quả: số phiếu, tỷ lệ so với phiếu hợp lệ và so với số được triệu tập, trúng cử (quá bán, không quá số lượng), bầu tiếp khi bằng phiếu ở vị trí cuối',
      request: { params: idPath },
      responses: responses(200, 'Kết quả', ElectionResult),
    }),
    async (c) => c.json(await service.result(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/elections/{id}/record.docx',
      tags,
      summary: 'Biên bản kiểm phiếu (Word)',
      request: { params: idPath },
      responses: fileResponses('Tệp Word', [MEDIA.docx]),
    }),
    async (c) => {
      const f = await service.countRecord(deps, requestCtx(c), c.req.valid('param').id);
      return download(c, { body: f.bytes, name: f.name, type: MEDIA.docx });
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections/{id}/submit',
      tags,
      summary: 'Kết thúc kiểm phiếu và trình cấp ủy cấp trên chuẩn y',
      request: { params: idPath },
      responses: responses(200, 'Cuộc bầu cử đã trình', ElectionDetail),
    }),
    async (c) => c.json(await service.submit(deps, requestCtx(c), c.req.valid('param').id), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/elections/{id}/approve',
      tags,
      summary: 'Cấp ủy cấp trên chuẩn y kết quả bầu cử',
      request: { params: idPath, body: jsonBody(approveBody) },
      responses: responses(200, 'Cuộc bầu cử đã được chuẩn y', ElectionDetail),
    }),
    async (c) =>
      c.json(await service.approve(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return r;
}
