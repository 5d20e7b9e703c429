// JSON shapes of the archives area.
import { FILE_STATUS_LABELS } from '../../../domain/archive/rules.ts';
import { retentionLabel } from '../../../domain/archive/schedule.ts';
import { SECRECY_LABELS } from '../../../domain/roles.ts';
import { toIso } from '../../db/sql.ts';
import { presentDocument } from '../documents/presenter.ts';
import type { FileDocRow, FileRow } from './queries.ts';

const secrecyLabel = (s: number) => SECRECY_LABELS[s as 0 | 1 | 2 | 3] ?? String(s);

export function presentFile(f: FileRow) {
  return {
    id: Number(f.id),
    orgId: f.owner_org_id,
    orgName: f.org_name,
    year: f.plan_year,
    fileCode: f.code,
    title: f.title,
    section: f.section,
    responsibleId: f.responsible_id,
    responsibleName: f.responsible_name,
    scheduleId: f.schedule_id,
    scheduleCode: f.schedule_code,
    scheduleTitle: f.schedule_title,
    retentionYears: f.retention_years,
    retentionLabel: retentionLabel(f.retention_years),
    secrecy: f.secrecy,
    secrecyLabel: secrecyLabel(f.secrecy),
    status: f.status,
    statusLabel: FILE_STATUS_LABELS[f.status],
    openedOn: f.opened_on,
    closedOn: f.closed_on,
    endYear: f.end_year,
    retentionEndsOn: f.retention_ends_on,
    declared: f.declared_at !== null,
    declaredAt: toIso(f.declared_at),
    note: f.note,
    documents: f.documents,
    records: f.records,
    onHold: f.on_hold,
    createdAt: toIso(f.created_at),
    updatedAt: toIso(f.updated_at),
  };
}
export type FileJson = ReturnType<typeof presentFile>;

export function presentFileDocument(d: FileDocRow) {
  const doc = presentDocument(d);
  return {
    id: doc.id,
    direction: doc.direction,
    typeCode: doc.typeCode,
    symbol: doc.symbol,
    summary: doc.summary,
    issuer: doc.issuer,
    issuedOn: doc.issuedOn,
    receivedOn: doc.receivedOn,
    incomingNumber: doc.incomingNumber,
    pages: doc.pages,
    secrecy: doc.secrecy,
    secrecyLabel: doc.secrecyLabel,
    status: doc.status,
    statusLabel: doc.statusLabel,
    position: d.position,
    files: d.file_count,
    textPending: d.pending > 0,
    record: d.declared_at !== null,
    declaredAt: toIso(d.declared_at),
    correctsDocumentId: d.corrects_document_id === null ? null : Number(d.corrects_document_id),
    correctedBy: (d.corrected_by ?? []).map(Number),
    addedAt: toIso(d.added_at),
  };
}

export function presentSchedule(r: {
  id: number;
  code: string;
  grp: string;
  title: string;
  retention_years: number | null;
  note: string | null;
  active: boolean;
}) {
  return {
    id: r.id,
    rowCode: r.code,
    group: r.grp,
    title: r.title,
    retentionYears: r.retention_years,
    retentionLabel: retentionLabel(r.retention_years),
    note: r.note,
    active: r.active,
  };
}
