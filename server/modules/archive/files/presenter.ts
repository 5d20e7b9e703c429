// JSON shapes of one file (hồ sơ) with its documents, holds, approvals and destruction lists, and of
// the archive state of one document.
import { DISPOSAL_DECISIONS, DISPOSAL_STATUSES } from '../../../../domain/archive/rules.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { DocumentSnapshot } from '../../documents/archival/service.ts';
import { ArchiveFile } from '../presenter.ts';
import type { FiledRow, membershipOf, recordOf, tombstoneOf } from '../queries.ts';
import type { ApprovalRow, FileDisposalRow, FileHoldRow } from './queries.ts';

const int = z.number().int();

export const ArchiveFileDocument = z
  .object({
    id: int,
    direction: z.string(),
    typeCode: z.string(),
    symbol: z.string().nullable(),
    summary: z.string(),
    issuer: z.string().nullable(),
    issuedOn: z.string().nullable(),
    receivedOn: z.string().nullable(),
    incomingNumber: int.nullable(),
    pages: int.nullable(),
    secrecy: int,
    secrecyLabel: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    position: int,
    /** How many stored files the document has. */
    files: int,
    /** A file still waits for text extraction or OCR (the file cannot be declared yet). */
    textPending: z.boolean(),
    record: z.boolean(),
    declaredAt: z.string().nullable(),
    correctsDocumentId: int.nullable(),
    correctedBy: z.array(int),
    addedAt: z.string().nullable(),
  })
  .openapi('ArchiveFileDocument');
export type ArchiveFileDocument = z.infer<typeof ArchiveFileDocument>;

export function presentFileDocument(s: DocumentSnapshot, r: FiledRow): ArchiveFileDocument {
  const d = s.document;
  return {
    id: d.id,
    direction: d.direction,
    typeCode: d.typeCode,
    symbol: d.symbol,
    summary: d.summary,
    issuer: d.issuer,
    issuedOn: d.issuedOn,
    receivedOn: d.receivedOn,
    incomingNumber: d.incomingNumber,
    pages: d.pages,
    secrecy: d.secrecy,
    secrecyLabel: d.secrecyLabel,
    status: d.status,
    statusLabel: d.statusLabel,
    position: r.position,
    files: s.files.length,
    textPending: s.files.some((f) => f.extraction === 'pending' || f.extraction === 'ocr_pending'),
    record: r.declared_at !== null,
    declaredAt: toIso(r.declared_at),
    correctsDocumentId: r.corrects_document_id === null ? null : Number(r.corrects_document_id),
    correctedBy: (r.corrected_by ?? []).map(Number),
    addedAt: toIso(r.added_at),
  };
}

const FileHold = z.object({
  id: int,
  documentId: int.nullable(),
  reason: z.string(),
  placedAt: z.string().nullable(),
  placedBy: z.string().nullable(),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
  liftedBy: z.string().nullable(),
});

const DigitiseApproval = z.object({
  id: int,
  maxSecrecy: int,
  decisionRef: z.string(),
  note: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});

const FileDisposal = z.object({
  listId: int,
  title: z.string(),
  status: z.enum(DISPOSAL_STATUSES),
  decision: z.enum(DISPOSAL_DECISIONS).nullable(),
  keepYears: int.nullable(),
});

export const ArchiveFileDetail = ArchiveFile.extend({
  /** Documents of the file the account may not see (scope or clearance). */
  documentsHidden: int,
  items: z.array(ArchiveFileDocument),
  holds: z.array(FileHold),
  digitiseApprovals: z.array(DigitiseApproval),
  disposal: z.array(FileDisposal),
}).openapi('ArchiveFileDetail');
export type ArchiveFileDetail = z.infer<typeof ArchiveFileDetail>;

export function presentFileParts(p: {
  holds: FileHoldRow[];
  approvals: ApprovalRow[];
  disposal: FileDisposalRow[];
}): Pick<ArchiveFileDetail, 'holds' | 'digitiseApprovals' | 'disposal'> {
  return {
    holds: p.holds.map((h) => ({
      id: Number(h.id),
      documentId: h.document_id === null ? null : Number(h.document_id),
      reason: h.reason,
      placedAt: toIso(h.placed_at),
      placedBy: h.placed_by_name,
      liftedAt: toIso(h.lifted_at),
      liftReason: h.lift_reason,
      liftedBy: h.lifted_by_name,
    })),
    digitiseApprovals: p.approvals.map((a) => ({
      id: Number(a.id),
      maxSecrecy: a.max_secrecy,
      decisionRef: a.decision_ref,
      note: a.note,
      approvedAt: toIso(a.approved_at),
      approvedBy: a.name,
    })),
    disposal: p.disposal.map((d) => ({
      listId: Number(d.list_id),
      title: d.title,
      status: d.status as FileDisposal['status'],
      decision: d.decision as FileDisposal['decision'],
      keepYears: d.keep_years,
    })),
  };
}
type FileDisposal = z.infer<typeof FileDisposal>;

export const ArchiveRecordInfo = z
  .object({
    documentId: int,
    fileId: int.nullable(),
    fileCode: z.string().nullable(),
    fileYear: int.nullable(),
    record: z.boolean(),
    declaredAt: z.string().nullable(),
    destroyed: z.boolean(),
    disposalListId: int.nullable(),
    correctsDocumentId: int.nullable(),
    correctedBy: z.array(int),
  })
  .openapi('ArchiveRecordInfo');
export type ArchiveRecordInfo = z.infer<typeof ArchiveRecordInfo>;

export function presentRecordInfo(p: {
  documentId: number;
  member: Awaited<ReturnType<typeof membershipOf>>;
  record: Awaited<ReturnType<typeof recordOf>>;
  tomb: Awaited<ReturnType<typeof tombstoneOf>>;
  correctedBy: number[];
}): ArchiveRecordInfo {
  const { member, record, tomb } = p;
  return {
    documentId: p.documentId,
    fileId: member ? Number(member.file_id) : null,
    fileCode: member?.code ?? null,
    fileYear: member?.plan_year ?? null,
    record: !!record,
    declaredAt: toIso(record?.declared_at),
    destroyed: !!tomb,
    disposalListId: tomb ? Number(tomb.list_id) : null,
    correctsDocumentId: member?.corrects_document_id == null ? null : Number(member.corrects_document_id),
    correctedBy: p.correctedBy,
  };
}
