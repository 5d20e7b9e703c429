// Badge routes: the due list (DESIGN.md §4), awards already made, the proposal list per occasion
// as Excel and Word, and the base salary with its dates.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { formatDateVi } from '../../../domain/dates.ts';
import { awardBody, badgesQuery, baseSalaryBody } from '../../../domain/members/schemas.ts';
import { idParam, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize, jsonBody, requestCtx, requireActor, legacyResponses } from '../../http/router.ts';
import * as badges from './badges-service.ts';
import { attachment, DOCX_TYPE, XLSX_TYPE } from './xlsx.ts';

const TAG = ['Đảng viên — Huy hiệu Đảng'];

export function badgeRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges',
      tags: TAG,
      summary:
        'Đảng viên trong đơn vị (cả cây con) đến ngày `on` đã đủ mốc tuổi đảng mà chưa được tặng Huy hiệu (years = mốc cao nhất)',
      request: { query: badgesQuery },
      responses: legacyResponses(200, '{ items: [ { memberId, fullName, years, orgId, … } ] }'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.read');
      return c.json(await badges.due(deps.database.db, actor, c.req.valid('query')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges/proposal.xlsx',
      tags: TAG,
      summary: 'Danh sách đề nghị tặng Huy hiệu Đảng của đợt (Excel), kèm tiền thưởng theo lương cơ sở',
      request: { query: badgesQuery },
      responses: legacyResponses(200, 'Tệp .xlsx'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      const f = c.req.valid('query');
      const buf = await badges.proposalXlsx(deps.database.db, actor, f);
      c.header('content-type', XLSX_TYPE);
      c.header(
        'content-disposition',
        attachment(`Đề nghị Huy hiệu Đảng ${formatDateVi(f.on).replace(/\//g, '-')}.xlsx`),
      );
      return c.body(new Uint8Array(buf), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/badges/proposal.docx',
      tags: TAG,
      summary: 'Danh sách đề nghị tặng Huy hiệu Đảng của đợt (Word, thể thức văn bản của Đảng)',
      request: { query: badgesQuery },
      responses: legacyResponses(200, 'Tệp .docx'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.manage');
      const f = c.req.valid('query');
      const buf = await badges.proposalDocx(deps.database.db, actor, f);
      c.header('content-type', DOCX_TYPE);
      c.header(
        'content-disposition',
        attachment(`Đề nghị Huy hiệu Đảng ${formatDateVi(f.on).replace(/\//g, '-')}.docx`),
      );
      return c.body(new Uint8Array(buf), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/base-salaries',
      tags: TAG,
      summary: 'Mức lương cơ sở theo ngày hiệu lực và hệ số tiền thưởng kèm Huy hiệu',
      responses: legacyResponses(200, '{ items, multiples }'),
    }),
    async (c) => {
      requireActor(c);
      return c.json(await badges.salaries(deps.database.db), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/base-salaries',
      tags: TAG,
      summary: 'Thêm (hoặc sửa) mức lương cơ sở có hiệu lực từ một ngày',
      request: { body: jsonBody(baseSalaryBody) },
      responses: legacyResponses(200, '{ items, multiples }'),
    }),
    async (c) => {
      authorize(c, 'settings.manage');
      return c.json(await badges.setSalary(deps, requestCtx(c), c.req.valid('json')), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/members/{id}/badges',
      tags: TAG,
      summary: 'Ghi nhận Huy hiệu Đảng đã trao { years, awardedOn }',
      request: { params: z.object({ id: idParam }), body: jsonBody(awardBody) },
      responses: legacyResponses(201, 'Hồ sơ sau khi ghi nhận'),
    }),
    async (c) => {
      authorize(c, 'member.manage');
      const { id } = c.req.valid('param');
      return c.json(await badges.award(deps, requestCtx(c), id, c.req.valid('json')), 201);
    },
  );
}
