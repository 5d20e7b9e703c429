// Legal holds (tạm giữ): a file or a record kept out of disposal, with the reason and who placed
// it, until someone lifts it (again with a reason). Disposal refuses held files at proposal,
// approval and destruction; the database refuses them too.
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { documentFor, snapshots } from '../../documents/archival/service.ts';
import { notify } from '../../notifications/service.ts';
import { userIdOf } from '../guards.ts';
import * as aq from '../queries.ts';
import { type ArchiveHold, type ArchiveHoldList, presentHold } from './presenter.ts';
import * as q from './queries.ts';

/** The holds presented, with the symbol and summary of the records they hold. */
async function present(db: Db, list: q.HoldRow[]): Promise<ArchiveHold[]> {
  const ids = [...new Set(list.flatMap((h) => (h.document_id === null ? [] : [Number(h.document_id)])))];
  const docs = new Map((await snapshots(db, ids)).map((s) => [s.document.id, s.document]));
  return list.map((h) =>
    presentHold(h, h.document_id === null ? undefined : docs.get(Number(h.document_id))),
  );
}

export async function listHolds(
  deps: Deps,
  ctx: RequestCtx,
  opts: { active: boolean },
): Promise<ArchiveHoldList> {
  const who = authorizeWho(ctx, 'archive.read');
  const db = deps.database.db;
  return { items: await present(db, await q.listHolds(db, who, opts.active)) };
}

async function presentOne(db: Db, id: number): Promise<ArchiveHold> {
  const [out] = await present(db, [(await q.holdById(db, null, id)) as q.HoldRow]);
  return out as ArchiveHold;
}

export async function placeHold(
  deps: Deps,
  ctx: RequestCtx,
  input: { fileId?: number | undefined; documentId?: number | undefined; reason: string },
): Promise<ArchiveHold> {
  const who = authorizeWho(ctx, 'archive.hold');
  return transact(deps, async (tx) => {
    let fileId: number;
    if (input.fileId !== undefined) {
      const f = await aq.lockFile(tx, who, input.fileId);
      if (!f) throw notFound('Hồ sơ');
      if (f.status === 'destroyed') throw new ConflictError('file_destroyed', 'Hồ sơ đã bị tiêu hủy.');
      fileId = Number(f.id);
    } else {
      const documentId = input.documentId as number;
      if (who && !(await documentFor(tx, who, documentId))) throw notFound('Văn bản');
      const rec = await aq.recordOf(tx, documentId);
      if (!rec) throw notFound('Tài liệu lưu trữ');
      if (rec.destroyed_at) throw new ConflictError('record_destroyed', 'Tài liệu đã bị tiêu hủy.');
      const f = await aq.lockFile(tx, who, Number(rec.file_id));
      if (!f) throw notFound('Tài liệu lưu trữ');
      fileId = Number(f.id);
    }
    const file = (await aq.visibleFile(tx, null, fileId)) as aq.FileRow;
    const id = await q.insertHold(tx, {
      orgId: file.owner_org_id,
      fileId: input.fileId ?? null,
      documentId: input.documentId ?? null,
      reason: input.reason,
      by: userIdOf(who),
    });
    const out = await presentOne(tx, id);
    await recordAudit(tx, ctx, {
      action: 'archive.hold_place',
      entity: 'archive_hold',
      entityId: out.id,
      orgId: file.owner_org_id,
      after: out,
    });
    await notify(
      tx,
      { orgId: file.owner_org_id, roles: ['clerk'] },
      {
        kind: 'archive.hold',
        title: `Tạm giữ hồ sơ ${file.code}: không được tiêu hủy`,
        body: input.reason.slice(0, 200),
        link: `/luu-tru/ho-so/${fileId}`,
        entity: 'archive_file',
        entityId: fileId,
      },
    );
    return out;
  });
}

export async function liftHold(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  reason: string,
): Promise<ArchiveHold> {
  const who = authorizeWho(ctx, 'archive.hold');
  return transact(deps, async (tx) => {
    const h = await q.holdById(tx, who, id);
    if (!h) throw notFound('Lệnh tạm giữ');
    await q.lockHold(tx, id);
    const again = (await q.holdById(tx, null, id)) as q.HoldRow;
    if (again.lifted_at) throw new ConflictError('hold_lifted', 'Lệnh tạm giữ đã được gỡ trước đó.');
    const before = await presentOne(tx, id);
    await q.markLifted(tx, id, userIdOf(who), reason);
    const out = await presentOne(tx, id);
    await recordAudit(tx, ctx, {
      action: 'archive.hold_lift',
      entity: 'archive_hold',
      entityId: id,
      orgId: h.owner_org_id,
      before,
      after: out,
    });
    return out;
  });
}
