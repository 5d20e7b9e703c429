// Files on a task: progress evidence and the finished product. The content goes to the shared
// content-addressed store (server/files/store.ts); the row says which task (and which report) it
// belongs to. Uploading needs the right to report on the task; reading needs only to see it.
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { MIME, sniffUpload } from '../../../files/sniff.ts';
import { storeWithIntent } from '../../../files/stored.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { recordAudit } from '../../audit/service.ts';
import * as tq from '../queries.ts';
import { taskFor } from '../service.ts';
import { presentFile, type TaskFile } from './presenter.ts';
import * as q from './queries.ts';

/** What a task may carry as evidence or product: PDF, Word, Excel and images. */
const ALLOWED = new Set<string>([MIME.pdf, MIME.docx, MIME.xlsx, MIME.jpeg, MIME.png, MIME.tiff]);

const REFUSAL = 'Chỉ người được giao hoặc đơn vị đang chủ trì mới đính kèm tệp.';

/**
 * Attaches a file. The account's rights are checked before the upload is received (`receive` streams
 * it to a temporary file), so a refused upload is not stored at all.
 */
export async function attach(
  deps: Deps,
  ctx: RequestCtx,
  taskId: number,
  receive: () => Promise<Upload>,
): Promise<TaskFile> {
  const actor = authorize(ctx, 'task.report');
  await taskFor(deps.database.db, ctx, taskId, { right: 'report', refusal: REFUSAL });
  const upload = await receive();
  try {
    const eventId = upload.fields.eventId ? Number(upload.fields.eventId) : null;
    if (eventId !== null && !Number.isSafeInteger(eventId)) {
      throw new RuleError('event_invalid', 'Lần báo cáo được chọn không hợp lệ.');
    }
    const mime = await sniffUpload(upload, ALLOWED, 'PDF, Word, Excel và ảnh JPEG, PNG, TIFF');
    // Stored under a committed intent before the row, like every stored file (server/files/references.ts).
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    return await transact(deps, async (tx) => {
      const { row } = await taskFor(tx, ctx, taskId, { right: 'report', refusal: REFUSAL, lock: true });
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
      const file = await q.file(tx, taskId, id);
      if (!file) throw new Error('task file vanished');
      const out = presentFile(file);
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

/** A file of a task the account sees (404 for the file otherwise), as a stream from the store. */
export async function download(
  deps: Deps,
  ctx: RequestCtx,
  taskId: number,
  fileId: number,
): Promise<{ file: TaskFile; stream: Readable }> {
  const actor = authorize(ctx, 'task.read');
  const db = deps.database.db;
  if (!(await tq.visibleById(db, actor, taskId))) throw notFound('Tệp');
  const file = await q.file(db, taskId, fileId);
  if (!file) throw notFound('Tệp');
  return { file: presentFile(file), stream: deps.files.read(file.sha256) };
}
