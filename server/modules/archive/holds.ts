// Legal holds (tạm giữ): a file or a record kept out of disposal, with the reason and who placed
// it, until someone lifts it (again with a reason). Disposal refuses held files at proposal,
// approval and destruction; the database refuses them too.
import { sql } from 'drizzle-orm';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import * as docs from '../documents/queries.ts';
import { notify } from '../notifications/service.ts';
import { fileVisible, may, userId, type Who, whoOf } from './access.ts';
import * as q from './queries.ts';

interface HoldRow {
  id: number;
  owner_org_id: number;
  file_id: number | null;
  document_id: number | null;
  target_file_id: number | null;
  file_code: string | null;
  file_title: string | null;
  symbol: string | null;
  summary: string | null;
  reason: string;
  placed_at: string;
  placed_by_name: string | null;
  lifted_at: string | null;
  lift_reason: string | null;
  lifted_by_name: string | null;
}

function present(h: HoldRow) {
  return {
    id: Number(h.id),
    orgId: h.owner_org_id,
    fileId: h.target_file_id === null ? null : Number(h.target_file_id),
    documentId: h.document_id === null ? null : Number(h.document_id),
    target: h.document_id === null ? 'file' : 'record',
    fileCode: h.file_code,
    fileTitle: h.file_title,
    symbol: h.symbol,
    summary: h.summary,
    reason: h.reason,
    placedAt: toIso(h.placed_at),
    placedBy: h.placed_by_name,
    active: h.lifted_at === null,
    liftedAt: toIso(h.lifted_at),
    liftReason: h.lift_reason,
    liftedBy: h.lifted_by_name,
  };
}

// A hold is visible with the file it protects (a record's hold, with the record's file).
const HOLD_SQL = sql`SELECT h.id, h.owner_org_id, h.file_id, h.document_id, f.id AS target_file_id, f.code AS file_code,
    f.title AS file_title, d.symbol, d.summary, h.reason, h.placed_at, pu.full_name AS placed_by_name, h.lifted_at,
    h.lift_reason, lu.full_name AS lifted_by_name
  FROM archive_holds h
  LEFT JOIN documents d ON d.id = h.document_id
  JOIN archive_files f ON f.id = coalesce(h.file_id, (SELECT fd.file_id FROM archive_file_documents fd WHERE fd.document_id = h.document_id))
  LEFT JOIN users pu ON pu.id = h.placed_by LEFT JOIN users lu ON lu.id = h.lifted_by`;

export async function listHolds(db: Db, who: Who, opts: { active: boolean }) {
  may(who, 'archive.read');
  const list = await rows<HoldRow>(
    db,
    sql`${HOLD_SQL} WHERE ${fileVisible(who)} ${opts.active ? sql`AND h.lifted_at IS NULL` : sql``}
         ORDER BY h.lifted_at IS NULL DESC, h.id DESC LIMIT 500`,
  );
  return { items: list.map(present) };
}

async function holdById(db: Db, who: Who, id: number) {
  return one<HoldRow>(db, sql`${HOLD_SQL} WHERE h.id = ${id} AND ${fileVisible(who)}`);
}

export async function placeHold(
  deps: Deps,
  ctx: RequestCtx,
  input: { fileId?: number | undefined; documentId?: number | undefined; reason: string },
) {
  const who = whoOf(ctx);
  may(who, 'archive.hold');
  return transact(deps, async (tx) => {
    let fileId: number;
    if (input.fileId !== undefined) {
      const f = await q.lockFile(tx, who, input.fileId);
      if (!f) throw notFound('Hồ sơ');
      if (f.status === 'destroyed') throw new ConflictError('file_destroyed', 'Hồ sơ đã bị tiêu hủy.');
      fileId = Number(f.id);
    } else {
      const documentId = input.documentId as number;
      if (who && !(await docs.visibleById(tx, who, documentId))) throw notFound('Văn bản');
      const rec = await q.recordOf(tx, documentId);
      if (!rec) throw notFound('Tài liệu lưu trữ');
      if (rec.destroyed_at) throw new ConflictError('record_destroyed', 'Tài liệu đã bị tiêu hủy.');
      const f = await q.lockFile(tx, who, Number(rec.file_id));
      if (!f) throw notFound('Tài liệu lưu trữ');
      fileId = Number(f.id);
    }
    const file = (await q.visibleFile(tx, null, fileId)) as q.FileRow;
    const row = (await one<{ id: number }>(
      tx,
      sql`INSERT INTO archive_holds (owner_org_id, file_id, document_id, reason, placed_by)
          VALUES (${file.owner_org_id}, ${input.fileId ?? null}, ${input.documentId ?? null}, ${input.reason}, ${userId(who)})
          RETURNING id`,
    )) as { id: number };
    const out = present((await holdById(tx, null, Number(row.id))) as HoldRow);
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

export async function liftHold(deps: Deps, ctx: RequestCtx, id: number, reason: string) {
  const who = whoOf(ctx);
  may(who, 'archive.hold');
  return transact(deps, async (tx) => {
    const h = await holdById(tx, who, id);
    if (!h) throw notFound('Lệnh tạm giữ');
    await tx.execute(sql`SELECT id FROM archive_holds WHERE id = ${id} FOR UPDATE`);
    const again = (await holdById(tx, null, id)) as HoldRow;
    if (again.lifted_at) throw new ConflictError('hold_lifted', 'Lệnh tạm giữ đã được gỡ trước đó.');
    await tx.execute(
      sql`UPDATE archive_holds SET lifted_at = now(), lifted_by = ${userId(who)}, lift_reason = ${reason} WHERE id = ${id}`,
    );
    const out = present((await holdById(tx, null, id)) as HoldRow);
    await recordAudit(tx, ctx, {
      action: 'archive.hold_lift',
      entity: 'archive_hold',
      entityId: id,
      orgId: h.owner_org_id,
      before: present(h),
      after: out,
    });
    return out;
  });
}
