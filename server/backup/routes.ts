import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../deps.ts';
import { download } from '../http/download.ts';
import { createRouter, fileResponses, MEDIA, requestCtx } from '../http/router.ts';
import { consoleCtx } from './server-info.ts';
import { startBackup } from './service.ts';

/** Backups contain every unit's data: only an admin of the root, or the console with its token. */
export function backupRoutes(deps: Deps, backupToken: () => string | undefined) {
  const r = createRouter();
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/admin/backup',
      tags: ['Hệ thống'],
      summary: 'Sao lưu toàn bộ (cơ sở dữ liệu và tệp) thành một tệp zip có mã băm',
      responses: fileResponses('Tệp sao lưu', [MEDIA.zip]),
    }),
    async (c) => {
      const ctx = consoleCtx(requestCtx(c), c.req.header('x-backup-token'), backupToken());
      const backup = await startBackup(deps, ctx);
      return download(c, { body: backup.body, name: backup.name, type: MEDIA.zip });
    },
  );
  return r;
}
