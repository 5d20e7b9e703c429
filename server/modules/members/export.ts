// GET /api/members/export: any filtered list as Excel with Vietnamese headers, streamed in pages of
// the same keyset order as the list (by given name), so a city-wide export never holds 450,000
// records in memory. The export is audited with its filters and size (personal data leaves).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { todayVn } from '../../../domain/dates.ts';
import { EXPORT_COLUMNS } from '../../../domain/members/records.ts';
import { exportQuery } from '../../../domain/members/schemas.ts';
import { type Deps, transact } from '../../deps.ts';
import type { AppEnv } from '../../http/env.ts';
import { authorize, requestCtx, legacyResponses } from '../../http/router.ts';
import { recordAudit } from '../audit/service.ts';
import * as list from './list-queries.ts';
import { presentListItem } from './presenter.ts';
import { attachment, type Column, streamWorkbook, XLSX_TYPE } from './xlsx.ts';

const PAGE = 5_000;
const DATES = new Set(['birthDate', 'admittedOn', 'officialOn']);

export function exportRoutes(r: OpenAPIHono<AppEnv>, deps: Deps) {
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/members/export',
      tags: ['Đảng viên'],
      summary: 'Xuất danh sách đảng viên đã lọc ra Excel (tiêu đề tiếng Việt)',
      request: { query: exportQuery },
      responses: legacyResponses(200, 'Tệp .xlsx'),
    }),
    async (c) => {
      const actor = authorize(c, 'member.read');
      const f = c.req.valid('query');
      const filters = { ...f, q: f.q || undefined, shared: f.shared === '1' };
      const today = todayVn();
      const where = await list.listWhere(deps.database.db, actor, filters, today);
      const total = await list.count(deps.database.db, where);
      await transact(deps, (tx) =>
        recordAudit(tx, requestCtx(c), {
          action: 'member.export',
          entity: 'member',
          after: { filters, total },
        }),
      );
      const columns: Column[] = EXPORT_COLUMNS.map(([key, header]) => ({
        key,
        header,
        date: DATES.has(key),
        width: key === 'fullName' || key === 'orgName' ? 28 : 16,
      }));
      const body = streamWorkbook(
        'Danh sách đảng viên',
        columns,
        async (add, drained) => {
          let after: list.Cursor | null = null;
          for (;;) {
            const rows = await list.page(deps.database.db, where, after, PAGE);
            for (const row of rows) {
              add({
                ...presentListItem(row, today),
                ethnicity: row.ethnicity,
                religion: row.religion,
                homeTown: row.home_town,
                education: row.education,
                theoryLevel: row.theory_level,
                occupation: row.occupation,
                position: row.position,
              });
            }
            const last = rows[rows.length - 1];
            if (!last || rows.length < PAGE) return;
            after = { key: last.sort_key, id: last.id };
            await drained();
          }
        },
        (err) => deps.log.error({ err }, 'member export failed'),
      );
      c.header('content-type', XLSX_TYPE);
      c.header('content-disposition', attachment(`Danh sách đảng viên ${today}.xlsx`));
      return c.body(body, 200);
    },
  );
}
