// JSON shapes of retention and disposal: the files due, destruction lists with the council's
// decision on each file, and the outcome of a destruction.
import {
  DISPOSAL_DECISION_LABELS,
  DISPOSAL_DECISIONS,
  DISPOSAL_STATUS_LABELS,
  DISPOSAL_STATUSES,
  FILE_STATUSES,
} from '../../../../domain/archive/rules.ts';
import { retentionLabel } from '../../../../domain/archive/schedule.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import { ArchiveFile } from '../presenter.ts';
import type { ItemRow, ListRow } from './queries.ts';

const int = z.number().int();

export const ArchiveDueFiles = z
  .object({ on: z.string(), items: z.array(ArchiveFile) })
  .openapi('ArchiveDueFiles');
export type ArchiveDueFiles = z.infer<typeof ArchiveDueFiles>;

export const ArchiveDisposalList = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    title: z.string(),
    status: z.enum(DISPOSAL_STATUSES),
    statusLabel: z.string(),
    council: z.string().nullable(),
    proposedBy: z.string().nullable(),
    proposedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedOn: z.string().nullable(),
    reviewNote: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    decisionRef: z.string().nullable(),
    approvalNote: z.string().nullable(),
    rejectedReason: z.string().nullable(),
    executedBy: z.string().nullable(),
    executedAt: z.string().nullable(),
    filesDestroyed: int.nullable(),
    documentsDestroyed: int.nullable(),
    hasMinutes: z.boolean(),
    /** How many files the list names. */
    items: int,
  })
  .openapi('ArchiveDisposalList');
export type ArchiveDisposalList = z.infer<typeof ArchiveDisposalList>;

export function presentList(l: ListRow): ArchiveDisposalList {
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

export const ArchiveDisposalLists = z
  .object({ items: z.array(ArchiveDisposalList) })
  .openapi('ArchiveDisposalLists');
export type ArchiveDisposalLists = z.infer<typeof ArchiveDisposalLists>;

/** A file of a list: as it was when proposed, with its state now and the council's decision. */
const DisposalItem = ArchiveFile.extend({
  fileId: int,
  currentStatus: z.enum(FILE_STATUSES),
  onHold: z.boolean(),
  decision: z.enum(DISPOSAL_DECISIONS).nullable(),
  decisionLabel: z.string().nullable(),
  keepYears: int.nullable(),
  keepLabel: z.string().nullable(),
  reason: z.string().nullable(),
});

export const ArchiveDisposalListDetail = ArchiveDisposalList.extend({
  /** Documents destroyed under this list (their tombstones). */
  tombstones: int,
  files: z.array(DisposalItem),
}).openapi('ArchiveDisposalListDetail');
export type ArchiveDisposalListDetail = z.infer<typeof ArchiveDisposalListDetail>;

export function presentListDetail(
  l: ListRow,
  items: ItemRow[],
  tombstones: number,
): ArchiveDisposalListDetail {
  return {
    ...presentList(l),
    tombstones,
    files: items.map((i) => ({
      ...i.snapshot,
      fileId: Number(i.file_id),
      currentStatus: i.status as ArchiveFile['status'],
      onHold: i.on_hold,
      decision: i.decision,
      decisionLabel: i.decision ? DISPOSAL_DECISION_LABELS[i.decision] : null,
      keepYears: i.keep_years,
      keepLabel: i.decision === 'keep' ? retentionLabel(i.keep_years) : null,
      reason: i.reason,
    })),
  };
}

export const ArchiveDestruction = z
  .object({
    id: int,
    filesDestroyed: int,
    documentsDestroyed: int,
    minutesSha256: z.string(),
    minutesName: z.string(),
    /** Stored files no row uses any more, deleted from the store after the commit. */
    storeFilesDeleted: int,
  })
  .openapi('ArchiveDestruction');
export type ArchiveDestruction = z.infer<typeof ArchiveDestruction>;
