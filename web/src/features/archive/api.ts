// The archives area's API: its query keys, queries and changes on the typed client (`http`), uploads
// with progress (XHR: batches, scans, transfer packages) and downloads with the server's Vietnamese
// error. The answers' shapes are the server presenters' schemas.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { withQuery } from '../../api/client.ts';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type ArchiveFile = Schema<'ArchiveFile'>;
export type FileDetail = Schema<'ArchiveFileDetail'>;
export type FileDocument = Schema<'ArchiveFileDocument'>;
export type Hold = Schema<'ArchiveHold'>;
export type ScheduleRow = Schema<'ArchiveScheduleRow'>;
export type DisposalList = Schema<'ArchiveDisposalList'>;
export type DisposalListDetail = Schema<'ArchiveDisposalListDetail'>;
export type Batch = Schema<'ArchiveBatch'>;
export type BatchDetail = Schema<'ArchiveBatchDetail'>;
export type BatchItem = Schema<'ArchiveBatchItem'>;
export type FixityReport = Schema<'ArchiveFixityReport'>;

type Body<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export const archiveKeys = {
  all: ['archive'] as const,
  files: (filters: { orgId: number; year: number }) => [...archiveKeys.all, 'files', filters] as const,
  years: (orgId: number) => [...archiveKeys.all, 'years', orgId] as const,
  file: (id: number) => [...archiveKeys.all, 'file', id] as const,
  /** Both readings of the retention schedule (the rows in use; all rows). */
  schedules: () => [...archiveKeys.all, 'schedule'] as const,
  schedule: (withInactive: boolean) => [...archiveKeys.schedules(), { all: withInactive }] as const,
  due: (orgId: number) => [...archiveKeys.all, 'due', orgId] as const,
  lists: () => [...archiveKeys.all, 'lists'] as const,
  list: (id: number) => [...archiveKeys.all, 'list', id] as const,
  holds: (active: boolean) => [...archiveKeys.all, 'holds', active] as const,
  batches: () => [...archiveKeys.all, 'batches'] as const,
  batch: (id: number) => [...archiveKeys.all, 'batch', id] as const,
  ocr: () => [...archiveKeys.all, 'ocr'] as const,
  fixity: () => [...archiveKeys.all, 'fixity'] as const,
  /** Documents offered when adding one to a file. */
  documentPick: (filters: { q: string; orgId: number }) =>
    [...archiveKeys.all, 'document-pick', filters] as const,
  /** The accounts of a unit, offered as the person responsible for a file. */
  people: (orgId: number) => [...archiveKeys.all, 'people', orgId] as const,
};

const path = (id: number) => ({ params: { path: { id } } });

/** A change after which the queries under `queryKey` (by default the whole area) are asked again. */
function useChange<V, R>(mutationFn: (v: V) => Promise<R>, queryKey: readonly unknown[] = archiveKeys.all) {
  const qc = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void qc.invalidateQueries({ queryKey }) });
}

/** Asks the whole area again (after an upload, which is not a mutation of this file). */
export function useRefreshArchive() {
  const qc = useQueryClient();
  return (queryKey: readonly unknown[] = archiveKeys.all) => void qc.invalidateQueries({ queryKey });
}

// ---- The file plan and the files ----

export function usePlanYears(orgId: number) {
  return useQuery({
    queryKey: archiveKeys.years(orgId),
    queryFn: () => unwrap(http.GET('/api/archive/plan-years', { params: { query: { orgId } } })),
  });
}

export function useFiles(orgId: number, year: number) {
  return useQuery({
    queryKey: archiveKeys.files({ orgId, year }),
    queryFn: () => unwrap(http.GET('/api/archive/files', { params: { query: { orgId, year } } })),
  });
}

/** One file; polled every 3 s while the text of a document is still being read. */
export function useFile(id: number) {
  return useQuery({
    queryKey: archiveKeys.file(id),
    queryFn: () => unwrap(http.GET('/api/archive/files/{id}', path(id))),
    enabled: Number.isInteger(id) && id > 0,
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.textPending) ? 3000 : false),
  });
}

export function useCreateFile() {
  return useChange((body: Body<'/api/archive/files', 'post'>) =>
    unwrap(http.POST('/api/archive/files', { body })),
  );
}

/** Open, reopen or declare as records (no details asked). */
export function useFileStep(id: number) {
  return useChange((step: 'open' | 'reopen' | 'declare') => {
    const args = { ...path(id), body: {} };
    return unwrap(
      step === 'open'
        ? http.POST('/api/archive/files/{id}/open', args)
        : step === 'reopen'
          ? http.POST('/api/archive/files/{id}/reopen', args)
          : http.POST('/api/archive/files/{id}/declare', args),
    );
  });
}

export function useCloseFile(id: number) {
  return useChange((body: Body<'/api/archive/files/{id}/close', 'post'>) =>
    unwrap(http.POST('/api/archive/files/{id}/close', { ...path(id), body })),
  );
}

export function useAddFileDocument(id: number) {
  return useChange((body: Body<'/api/archive/files/{id}/documents', 'post'>) =>
    unwrap(http.POST('/api/archive/files/{id}/documents', { ...path(id), body })),
  );
}

export function useApproveDigitise(id: number) {
  return useChange((body: Body<'/api/archive/files/{id}/digitise-approvals', 'post'>) =>
    unwrap(http.POST('/api/archive/files/{id}/digitise-approvals', { ...path(id), body })),
  );
}

/** Documents of a unit matching `q` (without diacritics), 20 at most, for the pickers of a file. */
export function useDocumentPick(q: string, orgId: number) {
  return useQuery({
    queryKey: archiveKeys.documentPick({ q, orgId }),
    queryFn: () =>
      unwrap(http.GET('/api/documents', { params: { query: { q: q || undefined, orgId, limit: 20 } } })),
  });
}

/** The accounts of a unit (needs user.read: pass `enabled` false without it). */
export function usePeople(orgId: number, enabled: boolean) {
  return useQuery({
    queryKey: archiveKeys.people(orgId),
    queryFn: () => unwrap(http.GET('/api/users', { params: { query: { orgId } } })),
    enabled,
  });
}

// ---- The retention schedule ----

/** The rows in use, for choosing a file's retention. */
export function useSchedule() {
  return useQuery({
    queryKey: archiveKeys.schedule(false),
    queryFn: () => unwrap(http.GET('/api/archive/schedule')),
    staleTime: 5 * 60_000,
  });
}

/** Every row, those no longer used too, for editing the schedule. */
export function useScheduleRows() {
  return useQuery({
    queryKey: archiveKeys.schedule(true),
    queryFn: () => unwrap(http.GET('/api/archive/schedule', { params: { query: { all: '1' } } })),
  });
}

/** Adds a row (`id` undefined) or changes one. */
export function useSaveScheduleRow() {
  return useChange(
    ({ id, body }: { id: number | undefined; body: Body<'/api/archive/schedule', 'post'> }) =>
      unwrap(
        id === undefined
          ? http.POST('/api/archive/schedule', { body })
          : http.PATCH('/api/archive/schedule/{id}', { ...path(id), body }),
      ),
    archiveKeys.schedules(),
  );
}

// ---- Holds ----

export function useHolds(active: boolean) {
  return useQuery({
    queryKey: archiveKeys.holds(active),
    queryFn: () =>
      unwrap(http.GET('/api/archive/holds', { params: { query: { active: active ? '1' : '0' } } })),
  });
}

export function usePlaceHold() {
  return useChange((body: Body<'/api/archive/holds', 'post'>) =>
    unwrap(http.POST('/api/archive/holds', { body })),
  );
}

export function useLiftHold() {
  return useChange(({ id, body }: { id: number; body: Body<'/api/archive/holds/{id}/lift', 'post'> }) =>
    unwrap(http.POST('/api/archive/holds/{id}/lift', { ...path(id), body })),
  );
}

// ---- Disposal ----

export function useDueFiles(orgId: number) {
  return useQuery({
    queryKey: archiveKeys.due(orgId),
    queryFn: () => unwrap(http.GET('/api/archive/disposal/due', { params: { query: { orgId } } })),
  });
}

export function useDisposalLists() {
  return useQuery({
    queryKey: archiveKeys.lists(),
    queryFn: () => unwrap(http.GET('/api/archive/disposal-lists')),
  });
}

export function useProposeDisposal() {
  return useChange((body: Body<'/api/archive/disposal-lists', 'post'>) =>
    unwrap(http.POST('/api/archive/disposal-lists', { body })),
  );
}

export function useDisposalList(id: number) {
  return useQuery({
    queryKey: archiveKeys.list(id),
    queryFn: () => unwrap(http.GET('/api/archive/disposal-lists/{id}', path(id))),
  });
}

export function useReviewDisposal(id: number) {
  return useChange((body: Body<'/api/archive/disposal-lists/{id}/review', 'post'>) =>
    unwrap(http.POST('/api/archive/disposal-lists/{id}/review', { ...path(id), body })),
  );
}

export function useApproveDisposal(id: number) {
  return useChange((body: Body<'/api/archive/disposal-lists/{id}/approve', 'post'>) =>
    unwrap(http.POST('/api/archive/disposal-lists/{id}/approve', { ...path(id), body })),
  );
}

export function useRejectDisposal(id: number) {
  return useChange((body: Body<'/api/archive/disposal-lists/{id}/reject', 'post'>) =>
    unwrap(http.POST('/api/archive/disposal-lists/{id}/reject', { ...path(id), body })),
  );
}

/** Destroys what the approved list says; the answer counts what went. */
export function useDestroyDisposal(id: number) {
  return useChange(() =>
    unwrap(http.POST('/api/archive/disposal-lists/{id}/destroy', { ...path(id), body: {} })),
  );
}

export function downloadDisposalMinutes(id: number) {
  return downloadFile(`/api/archive/disposal-lists/${id}/minutes.docx`, `bien-ban-huy-${id}.docx`);
}

// ---- Digitisation ----

export function useOcrStatus() {
  return useQuery({
    queryKey: archiveKeys.ocr(),
    queryFn: () => unwrap(http.GET('/api/archive/digitisation/status')),
    staleTime: 5 * 60_000,
  });
}

/** The batches; polled every 2 s while OCR still has documents to read. */
export function useBatches() {
  return useQuery({
    queryKey: archiveKeys.batches(),
    queryFn: () => unwrap(http.GET('/api/archive/batches')),
    refetchInterval: (q) =>
      q.state.data?.items.some((b) => b.finished < b.total - b.awaitingScans) ? 2000 : false,
  });
}

const WORKING = new Set<BatchItem['status']>(['queued', 'running']);

/** One batch; polled every 2 s while a document is queued or being read. */
export function useBatch(id: number) {
  return useQuery({
    queryKey: archiveKeys.batch(id),
    queryFn: () => unwrap(http.GET('/api/archive/batches/{id}', path(id))),
    refetchInterval: (q) => (q.state.data?.items.some((i) => WORKING.has(i.status)) ? 2000 : false),
  });
}

export function useRetryBatch(id: number) {
  return useChange(
    () => unwrap(http.POST('/api/archive/batches/{id}/retry', { ...path(id), body: {} })),
    archiveKeys.batch(id),
  );
}

/** A new batch from its manifest (Excel); the scans follow one by one (`uploadScan`). */
export function createBatch(orgId: number, name: string, manifest: File): Promise<BatchDetail> {
  const body = new FormData();
  body.append('orgId', String(orgId));
  body.append('name', name);
  body.append('file', manifest, manifest.name);
  return uploadForm<BatchDetail>('/api/archive/batches', body);
}

/** One scan of a batch, with upload progress (0–100). */
export function uploadScan(
  batchId: number,
  file: File,
  onProgress: (percent: number) => void,
): Promise<BatchItem> {
  const body = new FormData();
  body.append('file', file, file.name);
  return uploadForm<BatchItem>(`/api/archive/batches/${batchId}/scans`, body, onProgress);
}

export function downloadDigitiseTemplate() {
  return downloadFile('/api/archive/digitisation/template.xlsx', 'mau-bang-ke-so-hoa.xlsx');
}

// ---- Fixity and transfer packages ----

/** The last fixity report and the history; asked every 5 s (a check may be running). */
export function useFixity() {
  return useQuery({
    queryKey: archiveKeys.fixity(),
    queryFn: () => unwrap(http.GET('/api/archive/fixity')),
    refetchInterval: 5000,
  });
}

export function useRunFixity() {
  return useChange(() => unwrap(http.POST('/api/archive/fixity', { body: {} })), archiveKeys.fixity());
}

export type PackageAnswer = Schema<'ArchivePackageVerdict'> | Schema<'ArchivePackageImport'>;

/** Verifies a transfer package, or imports it into the unit `orgId`, with upload progress (0–100). */
export function sendPackage(
  file: File,
  mode: 'verify' | 'import',
  orgId: number,
  onProgress: (percent: number) => void,
): Promise<PackageAnswer> {
  const body = new FormData();
  if (mode === 'import') body.append('orgId', String(orgId));
  body.append('file', file, file.name);
  return uploadForm<PackageAnswer>(`/api/archive/packages/${mode}`, body, onProgress);
}

/** The transfer package of one closed file, or of a unit's closed files over a range of years. */
export function downloadPackage(
  what: { fileId: number; fileCode: string } | { orgId: number; fromYear: number; toYear: number },
) {
  return 'fileId' in what
    ? downloadFile(
        withQuery('/api/archive/packages.zip', { fileIds: what.fileId }),
        `nop-luu-${what.fileCode}.zip`,
      )
    : downloadFile(withQuery('/api/archive/packages.zip', what), 'goi-nop-luu.zip');
}
