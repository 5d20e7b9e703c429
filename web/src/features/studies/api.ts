// The study sessions API (server/modules/meetings/studies): the answers' types (the server presenters'
// schemas), the query keys, and the queries and mutations of the pages. Reflections are uploaded with
// a progress bar (api/files.ts); the Excel list is downloaded under the name the server gives.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { STUDIED_TYPE_CODES } from '../../../../domain/resolution.ts';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';
import { homeKeys } from '../home/api.ts';
import { programKeys } from '../programs/api.ts';

// ——— Answers ———

export type StudySession = Schema<'StudySession'>;
export type StudySessionDetail = Schema<'StudySessionDetail'>;
export type StudyAttendee = Schema<'StudyAttendee'>;
export type StudyReflection = Schema<'StudyReflection'>;
export type MyStudy = Schema<'MyStudy'>;
export type StudyStats = Schema<'StudyStats'>;
export type StudyActionProgram = Schema<'StudyActionProgram'>;
export type StudyProgramRef = Schema<'StudyProgramRef'>;

// ——— Requests (the generated bodies; forms build them with the zod schemas of domain/studies) ———

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CreateStudyBody = JsonBody<paths['/api/studies']['post']>;
export type UpdateStudyBody = JsonBody<paths['/api/studies/{id}']['patch']>;
export type MakeupBody = JsonBody<paths['/api/studies/{id}/makeups']['post']>;
export type AttendanceBody = JsonBody<paths['/api/studies/{id}/attendance']['put']>;
export type MarkBody = JsonBody<paths['/api/studies/{id}/reflections/{reflectionId}/mark']['put']>;
export type ActionProgramBody = JsonBody<paths['/api/studies/{id}/action-program']['post']>;

// ——— Filters (the client's own) ———

export interface StudyFilters {
  q: string;
  orgId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface StatsFilters {
  orgId: number;
  from?: string | undefined;
  to?: string | undefined;
  resolution?: string | undefined;
}

// ——— Query keys ———

export const studyKeys = {
  all: ['studies'] as const,
  list: (f: StudyFilters) => [...studyKeys.all, 'list', f] as const,
  mine: () => [...studyKeys.all, 'mine'] as const,
  stats: (f: StatsFilters) => [...studyKeys.all, 'stats', f] as const,
  /** The session and everything shown under it (reflection versions, action programme). */
  detail: (id: number) => [...studyKeys.all, 'detail', id] as const,
  versions: (id: number, memberId: number) => [...studyKeys.detail(id), 'versions', memberId] as const,
  action: (id: number) => [...studyKeys.detail(id), 'action'] as const,
  documents: (q: string) => [...studyKeys.all, 'documents', q] as const,
};

// ——— Sessions ———

export function useStudies(f: StudyFilters) {
  return useQuery({
    queryKey: studyKeys.list(f),
    queryFn: () => unwrap(http.GET('/api/studies', { params: { query: { ...f, q: f.q || undefined } } })),
    placeholderData: keepPreviousData,
  });
}

export function useStudy(id: number) {
  return useQuery({
    queryKey: studyKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/studies/{id}', { params: { path: { id } } })),
  });
}

export function useMyStudies() {
  return useQuery({
    queryKey: studyKeys.mine(),
    queryFn: () => unwrap(http.GET('/api/studies/mine')),
  });
}

export function useStudyStats(f: StatsFilters | undefined) {
  return useQuery({
    queryKey: studyKeys.stats(f ?? { orgId: 0 }),
    queryFn: () => unwrap(http.GET('/api/studies/stats', { params: { query: f as StatsFilters } })),
    enabled: f !== undefined && f.orgId > 0,
    placeholderData: keepPreviousData,
  });
}

/** Documents of the system that can be studied (nghị quyết, chỉ thị, kết luận, …) matching the words. */
export function useStudiedDocuments(q: string) {
  return useQuery({
    queryKey: studyKeys.documents(q),
    queryFn: async () => {
      const list = await unwrap(http.GET('/api/documents', { params: { query: { q, limit: 20 } } }));
      return list.items.filter((d) => d.symbol && STUDIED_TYPE_CODES.includes(d.typeCode));
    },
    enabled: q.length >= 2,
  });
}

/** After a change: the study pages, and the member's home (its «Học tập, thu hoạch» section). */
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: studyKeys.all }),
      qc.invalidateQueries({ queryKey: homeKeys.all }),
    ]);
}

export function useCreateStudy() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateStudyBody) => unwrap(http.POST('/api/studies', { body })),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateStudy(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateStudyBody) =>
      unwrap(http.PATCH('/api/studies/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteStudy(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.DELETE('/api/studies/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      qc.removeQueries({ queryKey: studyKeys.detail(id) });
      void qc.invalidateQueries({ queryKey: studyKeys.all });
    },
  });
}

export function useCreateMakeup(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: MakeupBody) =>
      unwrap(http.POST('/api/studies/{id}/makeups', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(),
  });
}

export function useRecordAttendance(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AttendanceBody) =>
      unwrap(http.PUT('/api/studies/{id}/attendance', { params: { path: { id } }, body })),
    onSuccess: (detail) => {
      qc.setQueryData(studyKeys.detail(id), detail);
      void qc.invalidateQueries({ queryKey: studyKeys.all });
    },
  });
}

export function exportAttendance(id: number): Promise<void> {
  return downloadFile(`/api/studies/${id}/attendance.xlsx`, `diem-danh-hoc-tap-${id}.xlsx`);
}

// ——— Reflections ———

export function uploadReflection(
  sessionId: number,
  file: File,
  onProgress: (percent: number) => void,
  memberId?: number,
): Promise<StudyReflection> {
  const form = new FormData();
  if (memberId !== undefined) form.append('memberId', String(memberId));
  form.append('file', file);
  return uploadForm<StudyReflection>(`/api/studies/${sessionId}/reflections`, form, onProgress);
}

/** After an upload: the session, the member's own list and the counts are read again. */
export function useReflectionUploaded() {
  return useInvalidate();
}

export function useReflectionVersions(id: number, memberId: number, enabled: boolean) {
  return useQuery({
    queryKey: studyKeys.versions(id, memberId),
    queryFn: () =>
      unwrap(http.GET('/api/studies/{id}/reflections', { params: { path: { id }, query: { memberId } } })),
    enabled,
  });
}

export function useMarkReflection(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ reflectionId, body }: { reflectionId: number; body: MarkBody }) =>
      unwrap(
        http.PUT('/api/studies/{id}/reflections/{reflectionId}/mark', {
          params: { path: { id, reflectionId } },
          body,
        }),
      ),
    onSuccess: () => invalidate(),
  });
}

// ——— The action programme ———

export function useActionProgram(id: number) {
  return useQuery({
    queryKey: studyKeys.action(id),
    queryFn: () => unwrap(http.GET('/api/studies/{id}/action-program', { params: { path: { id } } })),
  });
}

export function useOpenActionProgram(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ActionProgramBody) =>
      unwrap(http.POST('/api/studies/{id}/action-program', { params: { path: { id } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: studyKeys.action(id) });
      void qc.invalidateQueries({ queryKey: programKeys.all });
    },
  });
}
