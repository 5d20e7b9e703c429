import { createRoute } from '@hono/zod-openapi';
import { idParam, isoDate, limitParam, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { authorize, createRouter, legacyResponses } from '../../http/router.ts';
import { listAudit, verifyAudit } from './service.ts';

const tag = ['Nhật ký'];

const listQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  action: text(64, 0).optional(),
  entity: text(64, 0).optional(),
  entityId: text(64, 0).optional(),
  actorId: idParam.optional(),
  cursor: idParam.optional(),
  limit: limitParam,
});

export function auditRoutes(deps: Deps) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: tag,
      summary: 'Nhật ký hệ thống trong phạm vi của quản trị viên, mới nhất trước',
      request: { query: listQuery },
      responses: legacyResponses(200, 'Các dòng nhật ký'),
    }),
    async (c) => {
      const actor = authorize(c, 'audit.read');
      const f = c.req.valid('query');
      return c.json(
        await listAudit(deps.database.db, actor, {
          ...f,
          action: f.action || undefined,
          entity: f.entity || undefined,
          entityId: f.entityId || undefined,
        }),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/audit/verify',
      tags: tag,
      summary: 'Kiểm tra toàn vẹn chuỗi băm của nhật ký và các mốc neo',
      responses: legacyResponses(200, 'Kết quả kiểm tra'),
    }),
    async (c) => {
      authorize(c, 'audit.read');
      return c.json(await verifyAudit(deps.database.db, deps.config.dataDir), 200);
    },
  );
  return r;
}
