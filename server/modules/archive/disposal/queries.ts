// SQL of retention and disposal: destruction lists (as secret as their most secret file), their
// items with the council's decisions, the approval and its new retention periods, and the steps of
// carrying out an approved list — among them the transaction-local setting vanphong.disposal_list,
// the one door through the database's record guard (docs/archive.md, threat model).
import { sql } from 'drizzle-orm';
import type { DisposalStatus } from '../../../../domain/archive/rules.ts';
import type { Who } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import type { ArchiveFile } from '../presenter.ts';
import { archiveVisible } from '../queries.ts';

export interface ListRow {
  id: number;
  owner_org_id: number;
  org_name: string;
  title: string;
  status: DisposalStatus;
  council: string | null;
  proposed_by: number | null;
  proposed_by_name: string | null;
  proposed_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  reviewed_on: string | null;
  review_note: string | null;
  approved_by_name: string | null;
  approved_at: string | null;
  decision_ref: string | null;
  approval_note: string | null;
  rejected_reason: string | null;
  executed_by_name: string | null;
  executed_at: string | null;
  files_destroyed: number | null;
  documents_destroyed: number | null;
  minutes_sha256: string | null;
  minutes_name: string | null;
  items: number;
}

const LIST_SECRECY = sql`(SELECT coalesce(max(af.secrecy), 0) FROM archive_disposal_items ai
  JOIN archive_files af ON af.id = ai.file_id WHERE ai.list_id = l.id)`;

const LIST_SQL = sql`SELECT l.id, l.owner_org_id, o.name AS org_name, l.title, l.status, l.council, l.proposed_by,
    pu.full_name AS proposed_by_name, l.proposed_at, l.reviewed_by, l.reviewed_at, l.reviewed_on, l.review_note,
    au.full_name AS approved_by_name, l.approved_at, l.decision_ref, l.approval_note, l.rejected_reason,
    eu.full_name AS executed_by_name, l.executed_at, l.files_destroyed, l.documents_destroyed, l.minutes_sha256,
    l.minutes_name, (SELECT count(*) FROM archive_disposal_items i WHERE i.list_id = l.id)::integer AS items
  FROM archive_disposal_lists l JOIN orgs o ON o.id = l.owner_org_id
  LEFT JOIN users pu ON pu.id = l.proposed_by LEFT JOIN users au ON au.id = l.approved_by
  LEFT JOIN users eu ON eu.id = l.executed_by`;

const listVisible = (who: Who) => archiveVisible(who, 'archive_disposal_list', 'l', LIST_SECRECY);

const ACTIVE = sql`('proposed','reviewed','approved')`;

export function listLists(db: Db, who: Who) {
  return rows<ListRow>(db, sql`${LIST_SQL} WHERE ${listVisible(who)} ORDER BY l.id DESC LIMIT 500`);
}

/** A list the account may see, locked first when it is about to change. */
export async function listById(db: Db, who: Who, id: number, lock = false) {
  if (lock) await db.execute(sql`SELECT id FROM archive_disposal_lists WHERE id = ${id} FOR UPDATE`);
  return one<ListRow>(db, sql`${LIST_SQL} WHERE l.id = ${id} AND ${listVisible(who)}`);
}

export interface ItemRow {
  file_id: number;
  decision: 'destroy' | 'keep' | null;
  keep_years: number | null;
  reason: string | null;
  /** The file as it was when proposed. */
  snapshot: ArchiveFile;
  status: string;
  on_hold: boolean;
}

export function itemsOf(db: Db, listId: number) {
  return rows<ItemRow>(
    db,
    sql`SELECT i.file_id, i.decision, i.keep_years, i.reason, i.snapshot, f.status,
               EXISTS (SELECT 1 FROM archive_holds h WHERE h.lifted_at IS NULL AND (h.file_id = f.id OR h.document_id IN
                        (SELECT fd.document_id FROM archive_file_documents fd WHERE fd.file_id = f.id))) AS on_hold
          FROM archive_disposal_items i JOIN archive_files f ON f.id = i.file_id
         WHERE i.list_id = ${listId} ORDER BY (i.snapshot->>'year'), (i.snapshot->>'fileCode')`,
  );
}

export async function tombstoneCount(db: Db, listId: number): Promise<number> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM archive_tombstones WHERE list_id = ${listId}`,
  );
  return r?.n ?? 0;
}

/** Of these files, the first one already in an open list. */
export function fileInOpenList(db: Db, fileIds: readonly number[]) {
  return one<{ code: string; list_id: number }>(
    db,
    sql`SELECT f.code, l.id AS list_id FROM archive_disposal_items i JOIN archive_disposal_lists l ON l.id = i.list_id
          JOIN archive_files f ON f.id = i.file_id WHERE i.file_id = ANY(${array(fileIds)}::bigint[]) AND l.status IN ${ACTIVE}
         LIMIT 1`,
  );
}

export async function insertList(
  tx: Db,
  l: { orgId: number; title: string; council: string | null; by: number | null },
): Promise<number> {
  const row = (await one<{ id: number }>(
    tx,
    sql`INSERT INTO archive_disposal_lists (owner_org_id, title, council, proposed_by)
        VALUES (${l.orgId}, ${l.title}, ${l.council}, ${l.by}) RETURNING id`,
  )) as { id: number };
  return Number(row.id);
}

export async function insertItem(
  tx: Db,
  listId: number,
  fileId: number,
  snapshot: ArchiveFile,
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO archive_disposal_items (list_id, file_id, snapshot)
    VALUES (${listId}, ${fileId}, ${JSON.stringify(snapshot)}::jsonb)`);
}

export async function setDecision(
  tx: Db,
  listId: number,
  d: { fileId: number; decision: 'destroy' | 'keep'; keepYears: number | null; reason: string },
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_disposal_items SET decision = ${d.decision}, keep_years = ${d.keepYears}::integer, reason = ${d.reason}
     WHERE list_id = ${listId} AND file_id = ${d.fileId}`);
}

export async function markReviewed(
  tx: Db,
  id: number,
  r: { by: number | null; reviewedOn: string; council: string; note: string | null },
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_disposal_lists SET status = 'reviewed', reviewed_by = ${r.by}, reviewed_at = now(),
           reviewed_on = ${r.reviewedOn}::date, council = ${r.council}, review_note = ${r.note}
     WHERE id = ${id}`);
}

/** A file the council keeps: its new end of retention (and permanent when keepYears is null). */
export async function extendRetention(
  tx: Db,
  fileId: number,
  endsOn: string | null,
  keepYears: number | null,
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_files SET retention_ends_on = ${endsOn}::date,
           retention_years = CASE WHEN ${keepYears}::integer IS NULL THEN NULL ELSE retention_years END, updated_at = now()
     WHERE id = ${fileId}`);
}

/** Approved; with nothing to destroy the list ends here (executed, nothing destroyed). */
export async function markApproved(
  tx: Db,
  id: number,
  a: { by: number | null; decisionRef: string; note: string | null; nothingToDestroy: boolean },
): Promise<void> {
  const nothing = a.nothingToDestroy;
  await tx.execute(sql`
    UPDATE archive_disposal_lists SET status = ${nothing ? 'executed' : 'approved'}, approved_by = ${a.by},
           approved_at = now(), decision_ref = ${a.decisionRef}, approval_note = ${a.note},
           executed_at = ${nothing ? sql`now()` : sql`NULL`}, files_destroyed = ${nothing ? 0 : null}::integer,
           documents_destroyed = ${nothing ? 0 : null}::integer
     WHERE id = ${id}`);
}

export async function markRejected(tx: Db, id: number, reason: string): Promise<void> {
  await tx.execute(
    sql`UPDATE archive_disposal_lists SET status = 'rejected', rejected_reason = ${reason} WHERE id = ${id}`,
  );
}

// ---- Carrying out an approved list -------------------------------------------------------------

export function orgWithParent(db: Db, orgId: number) {
  return one<{ name: string; parent_name: string | null }>(
    db,
    sql`SELECT o.name, p.name AS parent_name FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id WHERE o.id = ${orgId}`,
  );
}

/**
 * Opens the database's record guard for this approved list, until the end of the transaction (or
 * closeDisposal): only the destruction steps of its files pass (migration 0006).
 */
export async function openDisposal(tx: Db, listId: number): Promise<void> {
  await tx.execute(sql`SELECT set_config('vanphong.disposal_list', ${String(listId)}, true)`);
}

export async function closeDisposal(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT set_config('vanphong.disposal_list', '', true)`);
}

export async function insertTombstone(
  tx: Db,
  t: { listId: number; fileId: number; documentId: number; metadata: unknown; by: number | null },
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO archive_tombstones (list_id, file_id, document_id, metadata, destroyed_by)
    VALUES (${t.listId}, ${t.fileId}, ${t.documentId}, ${JSON.stringify(t.metadata)}::jsonb, ${t.by})`);
}

export async function markFileDestroyed(tx: Db, fileId: number, listId: number): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_records SET destroyed_at = now(), destroyed_list_id = ${listId}
     WHERE file_id = ${fileId} AND destroyed_at IS NULL`);
  await tx.execute(
    sql`UPDATE archive_files SET status = 'destroyed', updated_at = now() WHERE id = ${fileId}`,
  );
}

export async function markExecuted(
  tx: Db,
  id: number,
  e: { by: number | null; files: number; documents: number; minutesSha256: string; minutesName: string },
): Promise<void> {
  await tx.execute(sql`
    UPDATE archive_disposal_lists SET status = 'executed', executed_by = ${e.by}, executed_at = now(),
           files_destroyed = ${e.files}, documents_destroyed = ${e.documents},
           minutes_sha256 = ${e.minutesSha256}, minutes_name = ${e.minutesName}
     WHERE id = ${id}`);
}

/** Reviewed destruction lists the account sees and did not propose: what waits for its approval. */
export async function awaitingApproval(db: Db, who: Who): Promise<number> {
  const row = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM archive_disposal_lists l
         WHERE l.status = 'reviewed' AND l.proposed_by IS DISTINCT FROM ${who?.userId ?? null}::integer
           AND ${listVisible(who)}`,
  );
  return row?.n ?? 0;
}
