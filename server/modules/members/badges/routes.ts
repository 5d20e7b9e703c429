// Badge routes: the due list, awards already made, the proposal list per occasion as Excel and
// Word, and the base salary with its dates.
import { createRoute } from '@hono/zod-openapi';
import {
  awardBody,
  badgesPageQuery,
  badgesQuery,
  baseSalaryBody,
} from '../../../../domain/members/schemas.ts';
import { idParam, z } from '../../../../domain/validation.ts';
import type { Deps } from '../../../deps.ts';
import { download } from '../../../http/download.ts';
import { createRouter, fileResponses, jsonBody, MEDIA, requestCtx, responses } from '../../../http/router.ts';
import { FIELD_LABELS, MemberDetail } from '../presenter.ts';
import { BadgeDueList, BadgeDueSummary, BaseSalaries } from './presenter.ts';
import * as service from './service.ts';

const TAG = ['Đảng viên — Huy hiệu Đảng'];

export function badgeRoutes(deps: Deps) {
  const r = createRouter(FIELD_LABELS);

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges',
      tags: TAG,
      summary:
        'Đảng viên trong đơn vị (cả cây con) đến ngày `on` đã đủ mốc tuổi đảng mà chưa được tặng Huy hiệu (years = mốc cao nhất), từng trang theo tên (limit, cursor)',
      request: { query: badgesPageQuery },
      responses: responses(200, 'Một trang đảng viên đến hạn Huy hiệu', BadgeDueList),
    }),
    async (c) => c.json(await service.due(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges/summary',
      tags: TAG,
      summary: 'Tổng số đảng viên đến hạn Huy hiệu theo từng mốc và tổng tiền thưởng (mọi trang)',
      request: { query: badgesQuery },
      responses: responses(200, 'Tổng hợp đảng viên đến hạn Huy hiệu', BadgeDueSummary),
    }),
    async (c) => c.json(await service.dueSummary(deps, requestCtx(c), c.req.valid('query')), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges/proposal.xlsx',
      tags: TAG,
      summary: 'Danh sách đề nghị tặng Huy hiệu Đảng của đợt (Excel), kèm tiền thưởng theo lương cơ sở',
      request: { query: badgesQuery },
      responses: fileResponses('Tệp .xlsx', [MEDIA.xlsx]),
    }),
    async (c) => {
      const file = await service.proposalXlsx(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { ...file, type: MEDIA.xlsx });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges/proposal.docx',
      tags: TAG,
      summary: 'Danh sách đề nghị tặng Huy hiệu Đảng của đợt (Word, thể thức văn bản của Đảng)',
      request: { query: badgesQuery },
      responses: fileResponses('Tệp .docx', [MEDIA.docx]),
    }),
    async (c) => {
      const file = await service.proposalDocx(deps, requestCtx(c), c.req.valid('query'));
      return download(c, { ...file, type: MEDIA.docx });
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/base-salaries',
      tags: TAG,
      summary: 'Mức lương cơ sở theo ngày hiệu lực và hệ số tiền thưởng kèm Huy hiệu',
      responses: responses(200, 'Lương cơ sở và hệ số', BaseSalaries),
    }),
    async (c) => c.json(await service.salaries(deps, requestCtx(c)), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/base-salaries',
      tags: TAG,
      summary: 'Thêm (hoặc sửa) mức lương cơ sở có hiệu lực từ một ngày',
      request: { body: jsonBody(baseSalaryBody) },
      responses: responses(200, 'Lương cơ sở và hệ số', BaseSalaries),
    }),
    async (c) => c.json(await service.setSalary(deps, requestCtx(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/badges',
      tags: TAG,
      summary: 'Ghi nhận Huy hiệu Đảng đã trao { years, awardedOn }',
      request: { params: z.object({ id: idParam }), body: jsonBody(awardBody) },
      responses: responses(201, 'Hồ sơ sau khi ghi nhận', MemberDetail),
    }),
    async (c) =>
      c.json(await service.award(deps, requestCtx(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  return r;
}
