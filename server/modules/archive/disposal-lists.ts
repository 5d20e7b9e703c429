// Reading destruction lists: the lists within the actor's scope and clearance (a list is as secret
// as its most secret file), one list with its files and the council's decision on each.
import { sql } from 'drizzle-orm';
import {
  DISPOSAL_DECISION_LABELS,
  DISPOSAL_STATUS_LABELS,
  type DisposalStatus,
} from '../../../domain/archive/rules.ts';
import { retentionLabel } from '../../../domain/archive/schedule.ts';
import type { RequestCtx } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows, toIso } from '../../db/sql.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../http/errors.ts';
import { may, ownedVisible, type Who, whoOf } from './access.ts';
import type { presentFile } from './presenter.ts';

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
  items: number;
}

const LIST_SECRECY = sql`(SELECT coalesce(max(af.secrecy), 0) FROM archive_disposal_items ai
  JOIN archive_files af ON af.id = ai.file_id WHERE ai.list_id = l.id)`;

const LIST_SQL = sql`SELECT l.id, l.owner_org_id, o.name AS org_name, l.title, l.status, l.council, l.proposed_by,
    pu.full_name AS proposed_by_name, l.proposed_at, l.reviewed_by, l.reviewed_at, l.reviewed_on, l.review_note,
    au.full_name AS approved_by_name, l.approved_at, l.decision_ref, l.approval_note, l.rejected_reason,
    eu.full_name AS executed_by_name, l.executed_at, l.files_destroyed, l.documents_destroyed, l.minutes_sha256,
    (SELECT count(*) FROM archive_disposal_items i WHERE i.list_id = l.id)::integer AS items
  FROM archive_disposal_lists l JOIN orgs o ON o.id = l.owner_org_id
  LEFT JOIN users pu ON pu.id = l.proposed_by LEFT JOIN users au ON au.id = l.approved_by
  LEFT JOIN users eu ON eu.id = l.executed_by`;

export function listVisible(who: Who) {
  return ownedVisible(who, 'archive_disposal_list', 'l', LIST_SECRECY);
}

export function presentList(l: ListRow) {
  return {
    id: Number(l.id),
    orgId: l.owner_org_id,
    orgName: l.org_name,
    title: l.title,
    status: l.status,
    statusLabel: DISPOSAL_STATUS_LABELS[l.status],
    council: l.council,
    proposedBy: l.proposed_by_name,
    proposedAt: toIso(l.proposed_at),
    reviewedAt: toIso(l.reviewed_at),
    reviewedOn: l.reviewed_on,
    reviewNote: l.review_note,
    approvedBy: l.approved_by_name,
    approvedAt: toIso(l.approved_at),
    decisionRef: l.decision_ref,
    approvalNote: l.approval_note,
    rejectedReason: l.rejected_reason,
    executedBy: l.executed_by_name,
    executedAt: toIso(l.executed_at),
    filesDestroyed: l.files_destroyed,
    documentsDestroyed: l.documents_destroyed,
    hasMinutes: l.minutes_sha256 !== null,
    items: l.items,
  };
}

export async function listLists(db: Db, who: Who) {
  may(who, 'archive.read');
  const list = await rows<ListRow>(
    db,
    sql`${LIST_SQL} WHERE ${listVisible(who)} ORDER BY l.id DESC LIMIT 500`,
  );
  return { items: list.map(presentList) };
}

export async function listById(db: Db, who: Who, id: number, lock = false) {
  if (lock) await db.execute(sql`SELECT id FROM archive_disposal_lists WHERE id = ${id} FOR UPDATE`);
  return one<ListRow>(db, sql`${LIST_SQL} WHERE l.id = ${id} AND ${listVisible(who)}`);
}

export interface ItemRow {
  file_id: number;
  decision: 'destroy' | 'keep' | null;
  keep_years: number | null;
  reason: string | null;
  snapshot: ReturnType<typeof presentFile>;
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

export async function getList(deps: Deps, ctx: RequestCtx, id: number) {
  const who = whoOf(ctx);
  may(who, 'archive.read');
  const db = deps.database.db;
  const l = await listById(db, who, id);
  if (!l) throw notFound('Danh sách tiêu hủy');
  const items = await itemsOf(db, id);
  const tombstones = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM archive_tombstones WHERE list_id = ${id}`,
  );
  return {
    ...presentList(l),
    tombstones: tombstones?.n ?? 0,
    files: items.map((i) => ({
      ...i.snapshot,
      fileId: Number(i.file_id),
      currentStatus: i.status,
      onHold: i.on_hold,
      decision: i.decision,
      decisionLabel: i.decision ? DISPOSAL_DECISION_LABELS[i.decision] : null,
      keepYears: i.keep_years,
      keepLabel: i.decision === 'keep' ? retentionLabel(i.keep_years) : null,
      reason: i.reason,
    })),
  };
}
