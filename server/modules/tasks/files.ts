// Files on a task: progress evidence and the finished product. The content goes to the shared
// content-addressed store (server/files/store.ts); the row says which task (and which report) it
// belongs to. Uploading needs the right to report on the task; reading needs only to see it.

import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Actor, RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { type Deps, transact } from '../../deps.ts';
import { closeIntent } from '../../files/references.ts';
import { MIME, sniffUpload } from '../../files/sniff.ts';
import { storeWithIntent } from '../../files/stored.ts';
import { forbidden, notFound, RuleError } from '../../http/errors.ts';
import type { Upload } from '../../http/upload.ts';
import { recordAudit } from '../audit/service.ts';
import { presentFile } from './presenter.ts';
import * as q from './queries.ts';
import { authority } from './scope.ts';
import { actorOf } from './service.ts';

export function uploadDir(deps: Deps): string {
  return path.join(deps.config.dataDir, 'tmp');
}

/** What a task may carry as evidence or product: PDF, Word, Excel and images. */
const ALLOWED = new Set<string>([MIME.pdf, MIME.docx, MIME.xlsx, MIME.jpeg, MIME.png, MIME.tiff]);

export async function attach(deps: Deps, ctx: RequestCtx, taskId: number, upload: Upload) {
  const actor = actorOf(ctx);
  const db = deps.database.db;
  try {
    const seen = await q.visibleById(db, actor, taskId);
    if (!seen) throw notFound('Nhiệm vụ');
    if (!(await authority(db, actor, seen)).report) {
      throw forbidden('Chỉ người được giao hoặc đơn vị đang chủ trì mới đính kèm tệp.');
    }
    const eventId = upload.fields.eventId ? Number(upload.fields.eventId) : null;
    if (eventId !== null && !Number.isSafeInteger(eventId)) {
      throw new RuleError('event_invalid', 'Lần báo cáo được chọn không hợp lệ.');
    }
    const mime = await sniffUpload(upload, ALLOWED, 'PDF, Word, Excel và ảnh JPEG, PNG, TIFF');
    // Stored under a committed intent before the row, like every stored file (server/files/references.ts).
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    return await transact(deps, async (tx) => {
      const row = await q.visibleById(tx, actor, taskId);
      if (!row) throw notFound('Nhiệm vụ');
      const id = await q.insertFile(tx, {
        taskId,
        eventId,
        name: upload.filename,
        mime,
        size: upload.size,
        sha256: upload.sha256,
        by: actor.userId,
      });
      await closeIntent(tx, stored.intent);
      const file = (await q.files(tx, taskId)).find((f) => Number(f.id) === id);
      const out = file ? presentFile(file) : { id };
      await recordAudit(tx, ctx, {
        action: 'task.file',
        entity: 'task',
        entityId: taskId,
        orgId: row.owner_org_id,
        after: out,
      });
      return out;
    });
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

export async function download(db: Db, deps: Deps, actor: Actor, taskId: number, fileId: number) {
  const row = await q.visibleById(db, actor, taskId);
  if (!row) throw notFound('Tệp');
  const file = await q.file(db, taskId, fileId);
  if (!file) throw notFound('Tệp');
  return { file: presentFile(file), stream: deps.files.read(file.sha256) };
}
