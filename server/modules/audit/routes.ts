import { createRoute } from '@hono/zod-openapi';
import { idParam, isoDate, limitParam, text, z } from '../../../domain/validation.ts';
import type { Deps } from '../../deps.ts';
import { createRouter, requestCtx, responses } from '../../http/router.ts';
import { AuditPage, AuditVerifyReport } from './presenter.ts';
import * as service from './service.ts';

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
      responses: responses(200, 'Các dòng nhật ký', AuditPage),
    }),
    async (c) => {
      const f = c.req.valid('query');
      return c.json(
        await service.listAudit(deps, requestCtx(c), {
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
      responses: responses(200, 'Kết quả kiểm tra', AuditVerifyReport),
    }),
    async (c) => c.json(await service.verifyInstallation(deps, requestCtx(c)), 200),
  );
  return r;
}
