// The chi bộ meetings API (server/modules/meetings): the answers' types (the server presenters'
// schemas), the query keys, and the queries and mutations of the pages. Files are uploaded with a
// progress bar (api/files.ts); Word and Excel papers are downloaded under the name the server gives.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

// ——— Answers ———

export type Meeting = Schema<'Meeting'>;
export type MeetingDetail = Schema<'MeetingDetail'>;
export type MeetingFile = Schema<'MeetingFile'>;
export type MeetingVote = Schema<'MeetingVote'>;
export type AttendanceEntry = Schema<'MeetingAttendanceEntry'>;
export type ResolutionTask = Schema<'MeetingResolutionTask'>;
export type CarryOver = Schema<'MeetingCarryOver'>;
export type MeetingsOverview = Schema<'MeetingsOverview'>;
export type OverviewUnit = Schema<'MeetingsOverviewUnit'>;
export type AbsenceList = Schema<'MeetingAbsences'>;
export type MemberOption = Schema<'MemberListItem'>;

// ——— Requests (the generated bodies; forms build them with the zod schemas of domain/meetings) ———

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CreateMeetingBody = JsonBody<paths['/api/meetings']['post']>;
export type UpdateMeetingBody = JsonBody<paths['/api/meetings/{id}']['patch']>;
export type AttendanceBody = JsonBody<paths['/api/meetings/{id}/attendance']['put']>;
export type VoteBody = JsonBody<paths['/api/meetings/{id}/votes']['post']>;
export type MinutesBody = JsonBody<paths['/api/meetings/{id}/minutes']['put']>;
export type ResolutionBody = JsonBody<paths['/api/meetings/{id}/resolution']['put']>;
export type QualityBody = JsonBody<paths['/api/meetings/{id}/quality']['put']>;
type ListQuery = NonNullable<paths['/api/meetings']['get']['parameters']['query']>;
export type MeetingFilters = Omit<ListQuery, 'limit' | 'cursor'>;

// ——— Query keys ———

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (f: MeetingFilters) => [...meetingKeys.all, 'list', f] as const,
  detail: (id: number) => [...meetingKeys.all, 'detail', id] as const,
  overview: (orgId: number, year: number) => [...meetingKeys.all, 'overview', orgId, year] as const,
  absences: (orgId: number, year: number) => [...meetingKeys.all, 'absences', orgId, year] as const,
  carryOver: (orgId: number, before: string | undefined) =>
    [...meetingKeys.all, 'carry-over', orgId, before ?? ''] as const,
  roll: (orgId: number) => [...meetingKeys.all, 'roll', orgId] as const,
};

// ——— Meetings ———

export function useMeetings(f: MeetingFilters) {
  return useQuery({
    queryKey: meetingKeys.list(f),
    queryFn: () => unwrap(http.GET('/api/meetings', { params: { query: { ...f, limit: 100 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/meetings/{id}', { params: { path: { id } } })),
  });
}

/** The members of a unit now (for the chair, the secretary and a task's owner), by given name. */
export function useUnitMembers(orgId: number | undefined) {
  return useQuery({
    queryKey: meetingKeys.roll(orgId ?? 0),
    queryFn: async () => {
      const list = await unwrap(
        http.GET('/api/members', { params: { query: { orgId, status: 'active', limit: 100 } } }),
      );
      return list.items;
    },
    enabled: orgId !== undefined && orgId > 0,
  });
}

export function useCarryOver(orgId: number | undefined, before?: string) {
  return useQuery({
    queryKey: meetingKeys.carryOver(orgId ?? 0, before),
    queryFn: () =>
      unwrap(http.GET('/api/meetings/carry-over', { params: { query: { orgId: orgId as number, before } } })),
    enabled: orgId !== undefined && orgId > 0,
  });
}

export function useOverview(orgId: number | undefined, year: number) {
  return useQuery({
    queryKey: meetingKeys.overview(orgId ?? 0, year),
    queryFn: () =>
      unwrap(http.GET('/api/meetings/overview', { params: { query: { orgId: orgId as number, year } } })),
    enabled: orgId !== undefined && orgId > 0,
    placeholderData: keepPreviousData,
  });
}

export function useAbsences(orgId: number | undefined, year: number) {
  return useQuery({
    queryKey: meetingKeys.absences(orgId ?? 0, year),
    queryFn: () =>
      unwrap(http.GET('/api/meetings/absences', { params: { query: { orgId: orgId as number, year } } })),
    enabled: orgId !== undefined && orgId > 0,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: meetingKeys.all });
}

/** A mutation answering the whole meeting: the page shows it at once, the lists are read again. */
function useDetailMutation<B>(id: number, send: (body: B) => Promise<MeetingDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      qc.setQueryData(meetingKeys.detail(id), detail);
      void qc.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}

/** A mutation answering a part of the meeting: the meeting is read again. */
function usePartMutation<B, R>(send: (body: B) => Promise<R>) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: send, onSuccess: () => invalidate() });
}

export function useCreateMeeting() {
  return usePartMutation((body: CreateMeetingBody) => unwrap(http.POST('/api/meetings', { body })));
}

export function useUpdateMeeting(id: number) {
  return useDetailMutation(id, (body: UpdateMeetingBody) =>
    unwrap(http.PATCH('/api/meetings/{id}', { params: { path: { id } }, body })),
  );
}

export function useNotifyMeeting(id: number) {
  return usePartMutation(() => unwrap(http.POST('/api/meetings/{id}/notify', { params: { path: { id } } })));
}

export function useCancelMeeting(id: number) {
  return useDetailMutation(id, (reason: string) =>
    unwrap(http.POST('/api/meetings/{id}/cancel', { params: { path: { id } }, body: { reason } })),
  );
}

export function useRecordAttendance(id: number) {
  return usePartMutation((body: AttendanceBody) =>
    unwrap(http.PUT('/api/meetings/{id}/attendance', { params: { path: { id } }, body })),
  );
}

export function useRecordVote(id: number) {
  return usePartMutation((body: VoteBody) =>
    unwrap(http.POST('/api/meetings/{id}/votes', { params: { path: { id } }, body })),
  );
}

export function useSaveMinutes(id: number) {
  return usePartMutation((body: MinutesBody) =>
    unwrap(http.PUT('/api/meetings/{id}/minutes', { params: { path: { id } }, body })),
  );
}

export function useDraftResolution(id: number) {
  return usePartMutation((body: ResolutionBody) =>
    unwrap(http.PUT('/api/meetings/{id}/resolution', { params: { path: { id } }, body })),
  );
}

export function useIssueResolution(id: number) {
  return usePartMutation(() =>
    unwrap(http.POST('/api/meetings/{id}/resolution/issue', { params: { path: { id } } })),
  );
}

export function useReportUp(id: number) {
  return usePartMutation((note: string) =>
    unwrap(http.POST('/api/meetings/{id}/report', { params: { path: { id } }, body: { note } })),
  );
}

export function useScoreQuality(id: number) {
  return usePartMutation((body: QualityBody) =>
    unwrap(http.PUT('/api/meetings/{id}/quality', { params: { path: { id } }, body })),
  );
}

// ——— Files and papers ———

export function uploadMeetingFile(
  meetingId: number,
  file: File,
  kind: MeetingFile['kind'],
  onProgress: (percent: number) => void,
): Promise<MeetingFile> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file);
  return uploadForm<MeetingFile>(`/api/meetings/${meetingId}/files`, form, onProgress);
}

/** After an upload: the meeting and the lists (materials count, warnings) are read again. */
export function useFileUploaded() {
  return useInvalidate();
}

export function downloadMeetingFile(f: MeetingFile): Promise<void> {
  return downloadFile(f.url, f.name);
}

export type Paper = 'invitation' | 'attendance' | 'minutes' | 'resolution';

export function downloadPaper(id: number, which: Paper): Promise<void> {
  return downloadFile(`/api/meetings/${id}/${which}.docx`, `${which}-${id}.docx`);
}

export function downloadRegister(orgId: number, year: number): Promise<void> {
  return downloadFile(
    `/api/meetings/register.xlsx?orgId=${orgId}&year=${year}`,
    `so-theo-doi-sinh-hoat-${year}.xlsx`,
  );
}

export function downloadOverview(orgId: number, year: number): Promise<void> {
  return downloadFile(
    `/api/meetings/overview.xlsx?orgId=${orgId}&year=${year}`,
    `tong-hop-sinh-hoat-${year}.xlsx`,
  );
}
