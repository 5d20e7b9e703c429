import { PassThrough, Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import { safeEqual } from '../auth/crypto.ts';
import type { Deps } from '../deps.ts';
import { transact } from '../deps.ts';
import { forbidden } from '../http/errors.ts';
import { authorize, createRouter, requestCtx, legacyResponses } from '../http/router.ts';
import { recordAudit } from '../modules/audit/service.ts';
import { writeBackup } from './backup.ts';

/** Backups contain every unit's data: only an admin of the root, or the console with its token. */
export function backupRoutes(deps: Deps, backupToken: () => string | undefined) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/admin/backup',
      tags: ['Hệ thống'],
      summary: 'Sao lưu toàn bộ (cơ sở dữ liệu và tệp) thành một tệp zip có mã băm',
      responses: { 200: { description: 'Tệp sao lưu' }, ...legacyResponses(200, '') },
    }),
    async (c) => {
      const token = c.req.header('x-backup-token');
      const expected = backupToken();
      if (!(token && expected && safeEqual(token, expected))) {
        const actor = authorize(c, 'settings.manage');
        if (actor.orgPath.includes('.'))
          throw forbidden('Chỉ quản trị của đơn vị gốc mới sao lưu toàn bộ hệ thống.');
      }
      await transact(deps, (tx) =>
        recordAudit(tx, requestCtx(c), { action: 'system.backup', entity: 'system' }),
      );
      const out = new PassThrough();
      writeBackup(deps, out).catch((err) => {
        deps.log.error({ err }, 'backup failed');
        out.destroy(err as Error);
      });
      const name = `vanphong-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.zip`;
      return c.body(Readable.toWeb(out) as ReadableStream, 200, {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      });
    },
  );
  return r;
}
