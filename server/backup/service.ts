// A backup over HTTP: for an admin of the root (the backup holds every unit's data), or for the
// console on the same machine, which presents the token the server left in its data directory.
import { PassThrough, Readable } from 'node:stream';
import type { RequestCtx } from '../auth/actor.ts';
import { authorizeWho } from '../auth/authorize.ts';
import { type Deps, transact } from '../deps.ts';
import { forbidden } from '../http/errors.ts';
import { recordAudit } from '../modules/audit/service.ts';
import { writeBackup } from './backup.ts';

export interface BackupDownload {
  body: ReadableStream<Uint8Array>;
  name: string;
}

/** Starts writing the backup; the zip streams out while it is written. */
export async function startBackup(deps: Deps, ctx: RequestCtx): Promise<BackupDownload> {
  const who = authorizeWho(ctx, 'settings.manage');
  if (who?.orgPath.includes('.'))
    throw forbidden('Chỉ quản trị của đơn vị gốc mới sao lưu toàn bộ hệ thống.');
  await transact(deps, (tx) => recordAudit(tx, ctx, { action: 'system.backup', entity: 'system' }));
  const out = new PassThrough();
  writeBackup(deps, out).catch((err) => {
    deps.log.error({ err }, 'backup failed');
    out.destroy(err as Error);
  });
  const name = `vanphong-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.zip`;
  return { body: Readable.toWeb(out) as ReadableStream<Uint8Array>, name };
}
