// JSON shapes that the archive's sub-features share: a file (hồ sơ) of a unit's plan, and lists of them.
import { FILE_STATUS_LABELS, FILE_STATUSES } from '../../../domain/archive/rules.ts';
import { retentionLabel } from '../../../domain/archive/schedule.ts';
import { SECRECY_LABELS } from '../../../domain/roles.ts';
import { z } from '../../../domain/validation.ts';
import { toIso } from '../../db/sql.ts';
import type { FileRow } from './queries.ts';

export const secrecyLabel = (s: number) => SECRECY_LABELS[s as 0 | 1 | 2 | 3] ?? String(s);

const int = z.number().int();

export const ArchiveFile = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    year: int,
    fileCode: z.string(),
    title: z.string(),
    section: z.string().nullable(),
    responsibleId: int.nullable(),
    responsibleName: z.string().nullable(),
    scheduleId: int.nullable(),
    scheduleCode: z.string().nullable(),
    scheduleTitle: z.string().nullable(),
    /** null: permanent (vĩnh viễn). */
    retentionYears: int.nullable(),
    retentionLabel: z.string(),
    secrecy: int,
    secrecyLabel: z.string(),
    status: z.enum(FILE_STATUSES),
    statusLabel: z.string(),
    openedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    endYear: int.nullable(),
    retentionEndsOn: z.string().nullable(),
    declared: z.boolean(),
    declaredAt: z.string().nullable(),
    note: z.string().nullable(),
    documents: int,
    records: int,
    onHold: z.boolean(),
    createdAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .openapi('ArchiveFile');
export type ArchiveFile = z.infer<typeof ArchiveFile>;

export function presentFile(f: FileRow): ArchiveFile {
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

export const ArchiveFileList = z.object({ items: z.array(ArchiveFile) }).openapi('ArchiveFileList');
export type ArchiveFileList = z.infer<typeof ArchiveFileList>;
