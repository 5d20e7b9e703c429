// A file's life: opened, receives documents, closed (the end year sets the retention), declared as
// records (immutable from then on, enforced by the database), with corrections as new records
// linked to the old ones. Documents are read and their history written through the documents area.
import { defaultEndYear, endYearProblem, retentionEndsOn } from '../../../../domain/archive/retention.ts';
import { formatDateVi, todayVn } from '../../../../domain/dates.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { ConflictError, notFound, RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import {
  addDocumentEvent,
  documentFor,
  pendingExtraction,
  snapshots,
} from '../../documents/archival/service.ts';
import { lockFileFor, userIdOf } from '../guards.ts';
import { type ArchiveFile, presentFile } from '../presenter.ts';
import * as aq from '../queries.ts';
import {
  type ArchiveFileDetail,
  type ArchiveRecordInfo,
  presentFileDocument,
  presentFileParts,
  presentRecordInfo,
} from './presenter.ts';
import * as q from './queries.ts';

async function audited(tx: Db, ctx: RequestCtx, action: string, before: aq.FileRow, extra: object = {}) {
  const after = presentFile((await aq.visibleFile(tx, null, Number(before.id))) as aq.FileRow);
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

export async function openFile(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFileFor(tx, who, id, 'open');
    await q.markOpen(tx, id, todayVn());
    return audited(tx, ctx, 'file_open', f);
  });
}

export async function addDocument(
  deps: Deps,
  ctx: RequestCtx,
  fileId: number,
  input: { documentId: number; correctsDocumentId?: number | undefined },
): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFileFor(tx, who, fileId, 'add_document');
    const doc = await documentFor(tx, who, input.documentId);
    if (!doc) throw notFound('Văn bản');
    if (doc.status === 'destroyed') throw new RuleError('document_destroyed', 'Văn bản đã bị tiêu hủy.');
    const member = await aq.membershipOf(tx, input.documentId);
    if (member) {
      throw new ConflictError(
        'document_already_filed',
        member.file_id === Number(f.id)
          ? 'Văn bản đã có trong hồ sơ này.'
          : `Văn bản đã thuộc hồ sơ ${member.code} (${member.plan_year}): mỗi văn bản chỉ thuộc một hồ sơ.`,
      );
    }
    // A unit files its own documents: the document's owner must lie in the file's unit's scope.
    if (!(await aq.unitWithinScopeOf(tx, f.owner_org_id, doc.orgId))) {
      throw new RuleError(
        'document_other_unit',
        `Văn bản không thuộc «${f.org_name}»: mỗi đơn vị lập hồ sơ từ văn bản của mình.`,
      );
    }
    let corrects: number | null = null;
    if (input.correctsDocumentId !== undefined) {
      if (!(await documentFor(tx, who, input.correctsDocumentId))) throw notFound('Văn bản được đính chính');
      if (!(await aq.recordOf(tx, input.correctsDocumentId))) {
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
    await aq.insertFileDocument(tx, Number(f.id), input.documentId, userIdOf(who), corrects);
    await aq.raiseSecrecy(tx, Number(f.id), doc.secrecy);
    await addDocumentEvent(tx, input.documentId, userIdOf(who), 'filed', `${f.code} — ${f.title}`, {
      fileId: Number(f.id),
      correctsDocumentId: corrects,
    });
    if (corrects !== null) {
      await addDocumentEvent(tx, corrects, userIdOf(who), 'corrected', null, {
        correctionDocumentId: input.documentId,
      });
    }
    return audited(tx, ctx, 'file_add_document', f, {
      documentId: input.documentId,
      correctsDocumentId: corrects,
    });
  });
}

export async function removeDocument(
  deps: Deps,
  ctx: RequestCtx,
  fileId: number,
  documentId: number,
): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFileFor(tx, who, fileId, 'add_document');
    const member = await aq.membershipOf(tx, documentId);
    if (!member || member.file_id !== Number(f.id)) throw notFound('Văn bản trong hồ sơ');
    if (!(await documentFor(tx, who, documentId))) throw notFound('Văn bản trong hồ sơ');
    await q.removeFileDocument(tx, fileId, documentId);
    await addDocumentEvent(tx, documentId, userIdOf(who), 'unfiled', `${f.code} — ${f.title}`, { fileId });
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
): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFileFor(tx, who, id, 'close');
    const closedOn = input.closedOn ?? todayVn();
    if (closedOn > todayVn()) throw new RuleError('date_in_future', 'Ngày đóng hồ sơ không thể sau hôm nay.');
    if (f.opened_on && closedOn < f.opened_on) {
      throw new RuleError(
        'closed_before_opened',
        `Ngày đóng hồ sơ phải từ ngày mở (${formatDateVi(f.opened_on)}).`,
      );
    }
    const list = (await snapshots(tx, await aq.fileDocumentIds(tx, id))).map((s) => s.document);
    if (list.length === 0) throw new RuleError('file_empty', 'Hồ sơ chưa có văn bản nào: không đóng được.');
    // A file is closed when its work is finished: documents handled, drafts issued or cancelled.
    const unfinished = list.filter((d) => !(d.direction === 'in' ? FINISHED_IN : FINISHED_OUT).has(d.status));
    if (unfinished.length > 0) {
      const names = unfinished.slice(0, 5).map((d) => d.symbol ?? `«${d.summary.slice(0, 60)}»`);
      throw new RuleError(
        'documents_unfinished',
        `Còn ${unfinished.length} văn bản chưa xử lý xong (${names.join(', ')}): hãy hoàn thành trước khi đóng hồ sơ.`,
        { documentIds: unfinished.map((d) => d.id) },
      );
    }
    const endYear =
      input.endYear ??
      defaultEndYear(
        closedOn,
        list.map((d) => d.issuedOn ?? d.receivedOn),
      );
    const problem = endYearProblem(endYear, f.plan_year, closedOn);
    if (problem) throw new RuleError('end_year_invalid', problem);
    await q.markClosed(tx, id, {
      closedOn,
      endYear,
      retentionEndsOn: retentionEndsOn(endYear, f.retention_years),
    });
    return audited(tx, ctx, 'file_close', f);
  });
}

export async function reopenFile(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.file');
  return transact(deps, async (tx) => {
    const f = await lockFileFor(tx, who, id, 'reopen');
    if (await q.inOpenDisposalList(tx, id))
      throw new RuleError('file_in_disposal', 'Hồ sơ đang nằm trong một danh sách tiêu hủy.');
    await q.markReopened(tx, id);
    return audited(tx, ctx, 'file_reopen', f);
  });
}

/** Declares the closed file's documents as records: from now on the database refuses any change. */
export async function declareFile(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveFile> {
  const who = authorizeWho(ctx, 'archive.manage');
  return transact(deps, async (tx) => {
    const f = await lockFileFor(tx, who, id, 'declare');
    const ids = await aq.fileDocumentIds(tx, id);
    const pending = await pendingExtraction(tx, ids);
    if (pending.length > 0) {
      throw new RuleError(
        'text_pending',
        `Còn ${pending.length} văn bản đang được trích xuất chữ hoặc nhận dạng (OCR): hãy chờ xong rồi lập tài liệu lưu trữ.`,
      );
    }
    await aq.declareDocuments(tx, id, ids, userIdOf(who));
    await q.markDeclared(tx, id, userIdOf(who));
    for (const docId of ids) {
      await addDocumentEvent(tx, docId, userIdOf(who), 'declared', `${f.code} — ${f.title}`, { fileId: id });
    }
    return audited(tx, ctx, 'file_declare', f, { documentIds: ids });
  });
}

export async function getFile(deps: Deps, ctx: RequestCtx, id: number): Promise<ArchiveFileDetail> {
  const who = authorizeWho(ctx, 'archive.read');
  const db = deps.database.db;
  const f = await aq.visibleFile(db, who, id);
  if (!f) throw notFound('Hồ sơ');
  const [filed, holds, approvals, disposal] = await Promise.all([
    aq.filedRows(db, id),
    q.holdsOfFile(db, id),
    q.approvalsOfFile(db, id),
    q.disposalOfFile(db, id),
  ]);
  const seen = await snapshots(
    db,
    filed.map((r) => Number(r.document_id)),
    who ? { actor: who } : {},
  );
  const filedById = new Map(filed.map((r) => [Number(r.document_id), r]));
  const items = seen.flatMap((s) => {
    const r = filedById.get(s.document.id);
    return r ? [presentFileDocument(s, r)] : [];
  });
  return {
    ...presentFile(f),
    documentsHidden: f.documents - items.length,
    items,
    ...presentFileParts({ holds, approvals, disposal }),
  };
}

/** The archive state of one document: its file, whether it is a record, its corrections. */
export async function recordInfo(
  deps: Deps,
  ctx: RequestCtx,
  documentId: number,
): Promise<ArchiveRecordInfo> {
  const who = authorizeWho(ctx, 'archive.read');
  const db = deps.database.db;
  if (!(await documentFor(db, who, documentId))) throw notFound('Văn bản');
  const [member, record, tomb, correctedBy] = await Promise.all([
    aq.membershipOf(db, documentId),
    aq.recordOf(db, documentId),
    aq.tombstoneOf(db, documentId),
    q.correctionsOf(db, documentId),
  ]);
  return presentRecordInfo({ documentId, member, record, tomb, correctedBy });
}
