// Shapes and queries of the archives area (server/modules/archive/presenter.ts and friends), uploads
// with progress (XHR) and downloads with the server's Vietnamese error.
import { useQuery } from '@tanstack/react-query';
import { get } from '../../api/client.ts';

export interface ArchiveFile {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  fileCode: string;
  title: string;
  section: string | null;
  responsibleId: number | null;
  responsibleName: string | null;
  scheduleId: number | null;
  scheduleCode: string | null;
  scheduleTitle: string | null;
  retentionYears: number | null;
  retentionLabel: string;
  secrecy: number;
  secrecyLabel: string;
  status: 'planned' | 'open' | 'closed' | 'destroyed';
  statusLabel: string;
  openedOn: string | null;
  closedOn: string | null;
  endYear: number | null;
  retentionEndsOn: string | null;
  declared: boolean;
  declaredAt: string | null;
  note: string | null;
  documents: number;
  records: number;
  onHold: boolean;
}

export interface FileDocument {
  id: number;
  direction: string;
  typeCode: string;
  symbol: string | null;
  summary: string;
  issuedOn: string | null;
  receivedOn: string | null;
  secrecy: number;
  status: string;
  statusLabel: string;
  files: number;
  textPending: boolean;
  record: boolean;
  correctsDocumentId: number | null;
  correctedBy: number[];
}

export interface Hold {
  id: number;
  fileId: number | null;
  documentId: number | null;
  target?: 'file' | 'record';
  fileCode?: string | null;
  fileTitle?: string | null;
  symbol?: string | null;
  summary?: string | null;
  reason: string;
  placedAt: string | null;
  placedBy: string | null;
  active?: boolean;
  liftedAt: string | null;
  liftReason: string | null;
  liftedBy: string | null;
}

export interface FileDetail extends ArchiveFile {
  documentsHidden: number;
  items: FileDocument[];
  holds: Hold[];
  digitiseApprovals: {
    id: number;
    maxSecrecy: number;
    decisionRef: string;
    note: string | null;
    approvedAt: string;
    approvedBy: string | null;
  }[];
  disposal: {
    listId: number;
    title: string;
    status: string;
    decision: string | null;
    keepYears: number | null;
  }[];
}

export interface ScheduleRow {
  id: number;
  rowCode: string;
  group: string;
  title: string;
  retentionYears: number | null;
  retentionLabel: string;
  note: string | null;
  active: boolean;
}

export interface DisposalList {
  id: number;
  orgId: number;
  orgName: string;
  title: string;
  status: 'proposed' | 'reviewed' | 'approved' | 'rejected' | 'executed';
  statusLabel: string;
  council: string | null;
  proposedBy: string | null;
  proposedAt: string | null;
  reviewedOn: string | null;
  reviewNote: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  decisionRef: string | null;
  rejectedReason: string | null;
  executedBy: string | null;
  executedAt: string | null;
  filesDestroyed: number | null;
  documentsDestroyed: number | null;
  hasMinutes: boolean;
  items: number;
}

export interface DisposalListDetail extends DisposalList {
  tombstones: number;
  files: (ArchiveFile & {
    fileId: number;
    currentStatus: string;
    onHold: boolean;
    decision: 'destroy' | 'keep' | null;
    decisionLabel: string | null;
    keepYears: number | null;
    keepLabel: string | null;
    reason: string | null;
  })[];
}

export interface BatchItem {
  id: number;
  row: number;
  fileId: number;
  fileCode: string | null;
  symbol: string | null;
  issuedOn: string;
  summary: string;
  pages: number;
  secrecy: number;
  sourceName: string;
  sourceSha256: string | null;
  documentId: number | null;
  status: string;
  statusLabel: string;
  error: string | null;
  warning: string | null;
  pdfaSha256: string | null;
  textChars: number | null;
  seconds: number | null;
}

export interface Batch {
  id: number;
  orgId: number;
  orgName: string;
  secrecy: number;
  secrecyLabel: string;
  name: string;
  manifestName: string | null;
  createdAt: string | null;
  createdBy: string | null;
  counts: Record<string, number>;
  total: number;
  finished: number;
  percent: number;
  awaitingScans: number;
  ocrSecondsPerPage: number | null;
}

export interface BatchDetail extends Batch {
  items: BatchItem[];
}

export const archiveKeys = {
  all: ['archive'] as const,
  files: (params: object) => ['archive', 'files', params] as const,
  years: (orgId: number) => ['archive', 'years', orgId] as const,
  file: (id: number) => ['archive', 'file', id] as const,
  schedule: ['archive', 'schedule'] as const,
  due: (orgId?: number) => ['archive', 'due', orgId ?? null] as const,
  lists: ['archive', 'lists'] as const,
  list: (id: number) => ['archive', 'list', id] as const,
  holds: (active: boolean) => ['archive', 'holds', active] as const,
  batches: ['archive', 'batches'] as const,
  batch: (id: number) => ['archive', 'batch', id] as const,
  ocr: ['archive', 'ocr'] as const,
  fixity: ['archive', 'fixity'] as const,
};

export function useSchedule() {
  return useQuery({
    queryKey: archiveKeys.schedule,
    queryFn: () => get<{ items: ScheduleRow[] }>('/api/archive/schedule'),
    staleTime: 5 * 60_000,
  });
}

export function useOcrStatus() {
  return useQuery({
    queryKey: archiveKeys.ocr,
    queryFn: () => get<{ ocrAvailable: boolean; message: string }>('/api/archive/digitisation/status'),
    staleTime: 5 * 60_000,
  });
}

export { downloadFile as download, uploadForm } from '../../api/files.ts';
