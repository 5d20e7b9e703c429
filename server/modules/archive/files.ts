// A file's life: opened, receives documents, closed (the end year sets the retention), declared as
// records (immutable from then on, enforced by the database), with corrections as new records
// linked to the old ones.
import { sql } from 'drizzle-orm';
import { defaultEndYear, endYearProblem, retentionEndsOn } from '../../../domain/archive/retention.ts';
import { fileActionProblem } from '../../../domain/archive/rules.ts';
import { formatDateVi, todayVn } from '../../../domain/dates.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, toIso } from '../../db/sql.ts';
import { type Deps, transact } from '../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { addDocumentEvent, pendingExtraction } from '../documents/archival.ts';
import * as docs from '../documents/queries.ts';
import { may, userId, type Who, whoOf } from './access.ts';
import { presentFile, presentFileDocument } from './presenter.ts';
import * as q from './queries.ts';

type FileAction = Parameters<typeof fileActionProblem>[1];

async function lockFor(tx: Db, who: Who, id: number, action: FileAction): Promise<q.FileRow> {
  const f = await q.lockFile(tx, who, id);
  if (!f) throw notFound('Hồ sơ');
  const problem = fileActionProblem({ status: f.status, declared: f.declared_at !== null }, action);
  if (problem) throw new RuleError(`file_${f.status}`, problem);
  return f;
}

async function audited(tx: Db, ctx: RequestCtx, action: string, before: q.FileRow, extra: object = {}) {
  const after = presentFile((await q.visibleFile(tx, null, Number(before.id))) as q.FileRow);
  await recordAudit(tx, ctx, {
    action: `archive.${action}`,
    entity: 'archive_file',
    entityId: Number(before.id),
    orgId: before.owner_org_id,
    before: presentFile(before),
    after: { ...after, ...extra },
  });
  return after;
}

export async function openFile(deps: Deps, ctx: RequestCtx, id: number) {
  const who = whoOf(ctx);
  may(who, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFor(tx, who, id, 'open');
    await tx.execute(
      sql`UPDATE archive_files SET status = 'open', opened_on = ${todayVn()}::date, updated_at = now() WHERE id = ${id}`,
    );
    return audited(tx, ctx, 'file_open', f);
  });
}

/** A unit files its own documents: the document's owner must lie in the file's unit's scope. */
async function requireOwnDocument(tx: Db, f: q.FileRow, documentId: number): Promise<void> {
  const ok = await one(
    tx,
    sql`SELECT 1 FROM documents d WHERE d.id = ${documentId}
          AND d.owner_org_id IN (SELECT so.id FROM orgs so WHERE so.path <@ org_scope_roots(${f.owner_org_id}::integer))`,
  );
  if (!ok) {
    throw new RuleError(
      'document_other_unit',
      `Văn bản không thuộc «${f.org_name}»: mỗi đơn vị lập hồ sơ từ văn bản của mình.`,
    );
  }
}

export async function addDocument(
  deps: Deps,
  ctx: RequestCtx,
  fileId: number,
  input: { documentId: number; correctsDocumentId?: number | undefined },
) {
  const who = whoOf(ctx);
  may(who, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFor(tx, who, fileId, 'add_document');
    const doc = who
      ? await docs.visibleById(tx, who, input.documentId)
      : await docs.lockById(tx, input.documentId);
    if (!doc) throw notFound('Văn bản');
    if (doc.status === 'destroyed') throw new RuleError('document_destroyed', 'Văn bản đã bị tiêu hủy.');
    const member = await q.membershipOf(tx, input.documentId);
    if (member) {
      throw new ConflictError(
        'document_already_filed',
        member.file_id === Number(f.id)
          ? 'Văn bản đã có trong hồ sơ này.'
          : `Văn bản đã thuộc hồ sơ ${member.code} (${member.plan_year}): mỗi văn bản chỉ thuộc một hồ sơ.`,
      );
    }
    await requireOwnDocument(tx, f, input.documentId);
    let corrects: number | null = null;
    if (input.correctsDocumentId !== undefined) {
      const old = who
        ? await docs.visibleById(tx, who, input.correctsDocumentId)
        : await docs.lockById(tx, input.correctsDocumentId);
      if (!old) throw notFound('Văn bản được đính chính');
      if (!(await q.recordOf(tx, input.correctsDocumentId))) {
        throw new RuleError(
          'not_a_record',
          'Văn bản được đính chính chưa là tài liệu lưu trữ: hãy sửa trực tiếp văn bản đó.',
        );
      }
      if (input.correctsDocumentId === input.documentId) {
        throw new RuleError('corrects_itself', 'Một văn bản không đính chính chính nó.');
      }
      corrects = input.correctsDocumentId;
    }
    await q.insertFileDocument(tx, Number(f.id), input.documentId, userId(who), corrects);
    await q.raiseSecrecy(tx, Number(f.id), doc.secrecy);
    await addDocumentEvent(tx, input.documentId, userId(who), 'filed', `${f.code} — ${f.title}`, {
      fileId: Number(f.id),
      correctsDocumentId: corrects,
    });
    if (corrects !== null) {
      await addDocumentEvent(tx, corrects, userId(who), 'corrected', null, {
        correctionDocumentId: input.documentId,
      });
    }
    return audited(tx, ctx, 'file_add_document', f, {
      documentId: input.documentId,
      correctsDocumentId: corrects,
    });
  });
}

export async function removeDocument(deps: Deps, ctx: RequestCtx, fileId: number, documentId: number) {
  const who = whoOf(ctx);
  may(who, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFor(tx, who, fileId, 'add_document');
    const member = await q.membershipOf(tx, documentId);
    if (!member || member.file_id !== Number(f.id)) throw notFound('Văn bản trong hồ sơ');
    if (who && !(await docs.visibleById(tx, who, documentId))) throw notFound('Văn bản trong hồ sơ');
    await tx.execute(
      sql`DELETE FROM archive_file_documents WHERE file_id = ${fileId} AND document_id = ${documentId}`,
    );
    await addDocumentEvent(tx, documentId, userId(who), 'unfiled', `${f.code} — ${f.title}`, { fileId });
    return audited(tx, ctx, 'file_remove_document', f, { documentId });
  });
}

const FINISHED_IN = new Set(['done', 'destroyed']);
const FINISHED_OUT = new Set(['issued', 'cancelled', 'destroyed']);

export async function closeFile(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  input: { closedOn?: string | undefined; endYear?: number | undefined },
) {
  const who = whoOf(ctx);
  may(who, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFor(tx, who, id, 'close');
    const closedOn = input.closedOn ?? todayVn();
    if (closedOn > todayVn()) throw new RuleError('date_in_future', 'Ngày đóng hồ sơ không thể sau hôm nay.');
    if (f.opened_on && closedOn < f.opened_on) {
      throw new RuleError(
        'closed_before_opened',
        `Ngày đóng hồ sơ phải từ ngày mở (${formatDateVi(f.opened_on)}).`,
      );
    }
    const list = await q.fileDocumentIds(tx, id);
    if (list.length === 0) throw new RuleError('file_empty', 'Hồ sơ chưa có văn bản nào: không đóng được.');
    // A file is closed when its work is finished: documents handled, drafts issued or cancelled.
    const unfinished = list.filter((d) => !(d.direction === 'in' ? FINISHED_IN : FINISHED_OUT).has(d.status));
    if (unfinished.length > 0) {
      const names = unfinished.slice(0, 5).map((d) => d.symbol ?? `«${d.summary.slice(0, 60)}»`);
      throw new RuleError(
        'documents_unfinished',
        `Còn ${unfinished.length} văn bản chưa xử lý xong (${names.join(', ')}): hãy hoàn thành trước khi đóng hồ sơ.`,
        { documentIds: unfinished.map((d) => Number(d.document_id)) },
      );
    }
    const dates = await rows<{ d: string | null }>(
      tx,
      sql`SELECT coalesce(d.issued_on, d.received_on) AS d FROM archive_file_documents fd
            JOIN documents d ON d.id = fd.document_id WHERE fd.file_id = ${id}`,
    );
    const endYear =
      input.endYear ??
      defaultEndYear(
        closedOn,
        dates.map((r) => r.d),
      );
    const problem = endYearProblem(endYear, f.plan_year, closedOn);
    if (problem) throw new RuleError('end_year_invalid', problem);
    const endsOn = retentionEndsOn(endYear, f.retention_years);
    await tx.execute(sql`
      UPDATE archive_files SET status = 'closed', closed_on = ${closedOn}::date, end_year = ${endYear},
             retention_ends_on = ${endsOn}::date, updated_at = now()
       WHERE id = ${id}`);
    return audited(tx, ctx, 'file_close', f);
  });
}

export async function reopenFile(deps: Deps, ctx: RequestCtx, id: number) {
  const who = whoOf(ctx);
  may(who, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFor(tx, who, id, 'reopen');
    const listed = await one(
      tx,
      sql`SELECT 1 FROM archive_disposal_items i JOIN archive_disposal_lists l ON l.id = i.list_id
           WHERE i.file_id = ${id} AND l.status IN ('proposed','reviewed','approved')`,
    );
    if (listed) throw new RuleError('file_in_disposal', 'Hồ sơ đang nằm trong một danh sách tiêu hủy.');
    await tx.execute(sql`
      UPDATE archive_files SET status = 'open', closed_on = NULL, end_year = NULL, retention_ends_on = NULL, updated_at = now()
       WHERE id = ${id}`);
    return audited(tx, ctx, 'file_reopen', f);
  });
}

/** Declares the closed file's documents as records: from now on the database refuses any change. */
export async function declareFile(deps: Deps, ctx: RequestCtx, id: number) {
  const who = whoOf(ctx);
  may(who, 'archive.manage');
  return transact(deps, async (tx) => {
    const f = await lockFor(tx, who, id, 'declare');
    const list = await q.fileDocumentIds(tx, id);
    const ids = list.map((d) => Number(d.document_id));
    const pending = await pendingExtraction(tx, ids);
    if (pending.length > 0) {
      throw new RuleError(
        'text_pending',
        `Còn ${pending.length} văn bản đang được trích xuất chữ hoặc nhận dạng (OCR): hãy chờ xong rồi lập tài liệu lưu trữ.`,
      );
    }
    await q.declareDocuments(tx, id, ids, userId(who));
    await tx.execute(
      sql`UPDATE archive_files SET declared_at = now(), declared_by = ${userId(who)}, updated_at = now() WHERE id = ${id}`,
    );
    for (const docId of ids) {
      await addDocumentEvent(tx, docId, userId(who), 'declared', `${f.code} — ${f.title}`, { fileId: id });
    }
    return audited(tx, ctx, 'file_declare', f, { documentIds: ids });
  });
}

export async function getFile(deps: Deps, ctx: RequestCtx, id: number) {
  const who = whoOf(ctx);
  may(who, 'archive.read');
  const db = deps.database.db;
  const f = await q.visibleFile(db, who, id);
  if (!f) throw notFound('Hồ sơ');
  const [documents, holds, approvals, disposal] = await Promise.all([
    q.fileDocuments(db, who, id),
    rows<{
      id: number;
      document_id: number | null;
      reason: string;
      placed_at: string;
      placed_by_name: string | null;
      lifted_at: string | null;
      lift_reason: string | null;
      lifted_by_name: string | null;
    }>(
      db,
      sql`SELECT h.id, h.document_id, h.reason, h.placed_at, pu.full_name AS placed_by_name, h.lifted_at, h.lift_reason,
                 lu.full_name AS lifted_by_name
            FROM archive_holds h LEFT JOIN users pu ON pu.id = h.placed_by LEFT JOIN users lu ON lu.id = h.lifted_by
           WHERE h.file_id = ${id} OR h.document_id IN (SELECT document_id FROM archive_file_documents WHERE file_id = ${id})
           ORDER BY h.id DESC`,
    ),
    rows<{
      id: number;
      max_secrecy: number;
      decision_ref: string;
      note: string | null;
      approved_at: string;
      name: string | null;
    }>(
      db,
      sql`SELECT a.id, a.max_secrecy, a.decision_ref, a.note, a.approved_at, u.full_name AS name
            FROM archive_digitise_approvals a LEFT JOIN users u ON u.id = a.approved_by WHERE a.file_id = ${id} ORDER BY a.id`,
    ),
    rows<{
      list_id: number;
      title: string;
      status: string;
      decision: string | null;
      keep_years: number | null;
    }>(
      db,
      sql`SELECT l.id AS list_id, l.title, l.status, i.decision, i.keep_years FROM archive_disposal_items i
            JOIN archive_disposal_lists l ON l.id = i.list_id WHERE i.file_id = ${id} ORDER BY l.id`,
    ),
  ]);
  return {
    ...presentFile(f),
    documentsHidden: f.documents - documents.length,
    items: documents.map(presentFileDocument),
    holds: holds.map((h) => ({
      id: Number(h.id),
      documentId: h.document_id === null ? null : Number(h.document_id),
      reason: h.reason,
      placedAt: toIso(h.placed_at),
      placedBy: h.placed_by_name,
      liftedAt: toIso(h.lifted_at),
      liftReason: h.lift_reason,
      liftedBy: h.lifted_by_name,
    })),
    digitiseApprovals: approvals.map((a) => ({
      id: Number(a.id),
      maxSecrecy: a.max_secrecy,
      decisionRef: a.decision_ref,
      note: a.note,
      approvedAt: toIso(a.approved_at),
      approvedBy: a.name,
    })),
    disposal: disposal.map((d) => ({
      listId: Number(d.list_id),
      title: d.title,
      status: d.status,
      decision: d.decision,
      keepYears: d.keep_years,
    })),
  };
}

/** The archive state of one document: its file, whether it is a record, its corrections. */
export async function recordInfo(deps: Deps, ctx: RequestCtx, documentId: number) {
  const who = whoOf(ctx);
  may(who, 'archive.read');
  const db = deps.database.db;
  const doc = who ? await docs.visibleById(db, who, documentId) : await docs.lockById(db, documentId);
  if (!doc) throw notFound('Văn bản');
  const [member, record, tomb, corrections] = await Promise.all([
    q.membershipOf(db, documentId),
    q.recordOf(db, documentId),
    q.tombstoneOf(db, documentId),
    rows<{ document_id: number }>(
      db,
      sql`SELECT document_id FROM archive_file_documents WHERE corrects_document_id = ${documentId} ORDER BY document_id`,
    ),
  ]);
  return {
    documentId,
    fileId: member ? Number(member.file_id) : null,
    fileCode: member?.code ?? null,
    fileYear: member?.plan_year ?? null,
    record: !!record,
    declaredAt: toIso(record?.declared_at),
    destroyed: !!tomb,
    disposalListId: tomb ? Number(tomb.list_id) : null,
    correctsDocumentId: member?.corrects_document_id == null ? null : Number(member.corrects_document_id),
    correctedBy: corrections.map((c) => Number(c.document_id)),
  };
}

/**
 * Registered with the documents area: a declared record (or a destroyed document) is refused with
 * a clear message before the database's guard would refuse it.
 */
export async function recordGuard(db: Db, documentId: number): Promise<void> {
  const r = await q.recordOf(db, documentId);
  if (r) {
    throw new RuleError(
      'record_immutable',
      `Văn bản đã là tài liệu lưu trữ (hồ sơ ${r.code}, năm ${r.plan_year}): không được sửa, xóa hay thêm tệp. Muốn đính chính, hãy tạo văn bản mới và đưa vào hồ sơ như bản đính chính của văn bản này.`,
    );
  }
  const t = await q.tombstoneOf(db, documentId);
  if (t)
    throw new RuleError(
      'document_destroyed',
      'Văn bản đã bị tiêu hủy theo danh sách tiêu hủy đã được phê duyệt.',
    );
}
