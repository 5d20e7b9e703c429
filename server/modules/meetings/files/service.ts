// Files of a meeting: the materials posted before it (sổ tay đảng viên điện tử: the time each was
// posted decides the "posted late" warning), the signed minutes and resolution, others. Stored in the
// content-addressed store under a committed intent, like every file (server/files/references.ts).
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { fileKind } from '../../../../domain/meetings/schemas.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { closeIntent } from '../../../files/references.ts';
import { MIME, sniffUpload } from '../../../files/sniff.ts';
import { abandon, storeWithIntent } from '../../../files/stored.ts';
import { notFound, ValidationError } from '../../../http/errors.ts';
import type { Upload } from '../../../http/upload.ts';
import { recordAudit } from '../../audit/service.ts';
import type { MeetingRow } from '../queries.ts';
import { managedMeeting, requireNotIn, visibleMeeting } from '../record.ts';
import { type MeetingFile, presentFile } from './presenter.ts';
import * as q from './queries.ts';

const ALLOWED = new Set<string>([MIME.pdf, MIME.docx, MIME.xlsx, MIME.jpeg, MIME.png, MIME.tiff]);

/**
 * Attaches a file (multipart `file`, and `kind`: material by default). The account's right is checked
 * before the upload is received, so a refused upload is not stored at all.
 */
export async function attach(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  receive: () => Promise<Upload>,
): Promise<MeetingFile> {
  const actor = authorize(ctx, 'meeting.manage');
  await transact(deps, async (tx) =>
    requireNotIn(await managedMeeting(tx, actor, meetingId), ['cancelled'], 'đăng tài liệu'),
  );
  const upload = await receive();
  try {
    const kind = fileKind.safeParse(upload.fields.kind || 'material');
    if (!kind.success)
      throw new ValidationError('Loại tài liệu: phải là một trong material, minutes, resolution, other');
    const mime = await sniffUpload(upload, ALLOWED, 'PDF, Word, Excel và ảnh JPEG, PNG, TIFF');
    const stored = await storeWithIntent(deps, upload.tempPath, upload.sha256);
    try {
      return await transact(deps, async (tx) => {
        const row = await managedMeeting(tx, actor, meetingId);
        requireNotIn(row, ['cancelled'], 'đăng tài liệu');
        const id = await q.insert(tx, {
          meetingId: row.id,
          kind: kind.data,
          name: upload.filename,
          mime,
          size: upload.size,
          sha256: upload.sha256,
          by: actor.userId,
        });
        await closeIntent(tx, stored.intent);
        const out = presentFile((await q.file(tx, row.id, id)) as q.FileRow);
        await recordAudit(tx, ctx, {
          action: 'meeting.file',
          entity: 'meeting',
          entityId: row.id,
          orgId: row.org_id,
          after: out,
        });
        return out;
      });
    } catch (err) {
      await abandon(deps, [stored]);
      throw err;
    }
  } finally {
    await rm(upload.tempPath, { force: true });
  }
}

/** A file of a meeting the account sees, as a stream from the store (404 otherwise). */
export async function download(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  fileId: number,
): Promise<{ file: MeetingFile; stream: Readable }> {
  const actor = authorize(ctx, 'meeting.read');
  const db = deps.database.db;
  await visibleMeeting(db, ctx, actor, meetingId);
  const file = await q.file(db, meetingId, fileId);
  if (!file) throw notFound('Tệp');
  return { file: presentFile(file), stream: deps.files.read(file.sha256) };
}

/** A meeting's files (the meeting already read by the caller). */
export async function filesFor(db: Db, ctx: RequestCtx, row: MeetingRow): Promise<MeetingFile[]> {
  authorize(ctx, 'meeting.read');
  return (await q.ofMeeting(db, row.id)).map(presentFile);
}
