// The programmes, tasks and weekly-schedule API (server/modules/programs, tasks): the answers' types
// (the server presenters' schemas), the query keys, and the queries and mutations the pages use.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ProgramKind, ProgramStatus, ReportKind } from '../../../../domain/programs/labels.ts';
import type { TaskStatusFilter } from '../../../../domain/programs/schemas.ts';
import { withQuery } from '../../api/client.ts';
import { uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

// ——— Answers ———

export type Program = Schema<'Program'>;
export type ProgramDetail = Schema<'ProgramDetail'>;
export type Item = Schema<'ProgramItem'>;
export type CascadeTable = Schema<'ProgramCascade'>;
export type CascadeRow = CascadeTable['items'][number];
export type ProgramProgress = Schema<'ProgramProgress'>;
export type Revision = Schema<'ProgramRevisions'>['items'][number];
export type Task = Schema<'Task'>;
export type TaskDetail = Schema<'TaskDetail'>;
export type TaskEvent = Schema<'TaskEvent'>;
export type SummaryRow = Schema<'TaskSummaryRow'>;
export type Directive = Schema<'TaskDirective'>;
export type ScheduleWeek = Schema<'ScheduleWeek'>;
export type ScheduleEvent = ScheduleWeek['events'][number];
export type SavedEvent = Schema<'ScheduleEventSaved'>;

// ——— Requests (the generated bodies; forms build them with the zod schemas of domain/programs) ———

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CreateProgramBody = JsonBody<paths['/api/programs']['post']>;
export type UpdateProgramBody = JsonBody<paths['/api/programs/{id}']['patch']>;
export type CascadeProgramBody = JsonBody<paths['/api/programs/{id}/cascade']['post']>;
export type CreateItemBody = JsonBody<paths['/api/programs/{id}/items']['post']>;
export type UpdateItemBody = JsonBody<paths['/api/programs/{id}/items/{itemId}']['patch']>;
export type CreateTaskBody = JsonBody<paths['/api/tasks']['post']>;
export type TaskUpdateBody = JsonBody<paths['/api/tasks/{id}/updates']['post']>;
export type ExtendTaskBody = JsonBody<paths['/api/tasks/{id}/extend']['post']>;
export type TransferTaskBody = JsonBody<paths['/api/tasks/{id}/transfer']['post']>;
export type ScheduleEventBody = JsonBody<paths['/api/schedule']['post']>;

// ——— Filters (the client's own) ———

export interface ProgramFilters {
  q: string;
  orgId?: number | undefined;
  kind?: ProgramKind | undefined;
  status?: ProgramStatus | undefined;
  year?: number | undefined;
}

export interface TaskFilters {
  view: 'mine' | 'unit' | 'all';
  orgId?: number | undefined;
  status?: TaskStatusFilter | undefined;
  ref?: string | undefined;
  /** Due between these days (ISO), e.g. the home's «đến hạn trong tuần». */
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  q: string;
}

export interface ReportQuery {
  kind: ReportKind;
  from?: string | undefined;
  to?: string | undefined;
}

/** An empty search is no search (the address carries no `q=`). */
const text = (s: string | undefined) => s || undefined;

// ——— Query keys ———

export const programKeys = {
  all: ['programs'] as const,
  list: (f: ProgramFilters) => [...programKeys.all, 'list', f] as const,
  /** The programme and everything shown under it (cascade table, results, revisions). */
  detail: (id: number) => [...programKeys.all, 'detail', id] as const,
  cascade: (id: number) => [...programKeys.detail(id), 'cascade'] as const,
  progress: (id: number, q: ReportQuery) => [...programKeys.detail(id), 'progress', q] as const,
  revisions: (id: number) => [...programKeys.detail(id), 'revisions'] as const,
};

export const taskKeys = {
  all: ['tasks'] as const,
  list: (f: TaskFilters) => [...taskKeys.all, 'list', f] as const,
  detail: (id: number) => [...taskKeys.all, 'detail', id] as const,
  assignees: (orgId: number | undefined, q: string) => [...taskKeys.all, 'assignees', orgId, q] as const,
  summary: (orgId: number) => [...taskKeys.all, 'summary', orgId] as const,
  totals: (orgId: number) => [...taskKeys.all, 'totals', orgId] as const,
  trend: (orgId: number, months: number) => [...taskKeys.all, 'trend', orgId, months] as const,
  directives: (orgId: number | undefined) => [...taskKeys.all, 'directives', orgId] as const,
};

export const scheduleKeys = {
  all: ['schedule'] as const,
  week: (orgId: number, week: string) => [...scheduleKeys.all, orgId, week] as const,
};

// ——— Programmes ———

export function usePrograms(f: ProgramFilters) {
  return useQuery({
    queryKey: programKeys.list(f),
    queryFn: () => unwrap(http.GET('/api/programs', { params: { query: { ...f, q: text(f.q) } } })),
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: number) {
  return useQuery({
    queryKey: programKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/programs/{id}', { params: { path: { id } } })),
  });
}

export function useCreateProgram() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgramBody) => unwrap(http.POST('/api/programs', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: programKeys.all }),
  });
}

export function useUpdateProgram(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProgramBody) =>
      unwrap(http.PATCH('/api/programs/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: programKeys.all }),
  });
}

/** Approves and issues down; the items with a lead unit and a deadline become tasks. */
export function useApproveProgram(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.POST('/api/programs/{id}/approve', { params: { path: { id } }, body: {} })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: programKeys.all });
      void qc.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}

/** A unit starts its own programme from a superior's (items copied and linked). */
export function useCascadeProgram() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ programId, ...body }: CascadeProgramBody & { programId: number }) =>
      unwrap(http.POST('/api/programs/{id}/cascade', { params: { path: { id: programId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: programKeys.all }),
  });
}

/** The lower units' programmes made from this one, with their copy scores, and who has none yet. */
export function useCascadeTable(id: number) {
  return useQuery({
    queryKey: programKeys.cascade(id),
    queryFn: () => unwrap(http.GET('/api/programs/{id}/cascade', { params: { path: { id } } })),
  });
}

export function useProgramProgress(id: number, q: ReportQuery) {
  return useQuery({
    queryKey: programKeys.progress(id, q),
    queryFn: () => unwrap(http.GET('/api/programs/{id}/progress', { params: { path: { id }, query: q } })),
    placeholderData: keepPreviousData,
  });
}

/** The Word draft of the sơ kết / tổng kết report (a plain link: the browser downloads it). */
export function reportUrl(id: number, q: ReportQuery): string {
  return withQuery(`/api/programs/${id}/report`, { ...q });
}

export function useRevisions(id: number) {
  return useQuery({
    queryKey: programKeys.revisions(id),
    queryFn: () => unwrap(http.GET('/api/programs/{id}/revisions', { params: { path: { id } } })),
  });
}

// ——— Items ———

export function useAddItem(programId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateItemBody) =>
      unwrap(http.POST('/api/programs/{id}/items', { params: { path: { id: programId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: programKeys.detail(programId) }),
  });
}

/** Saves an item; settles once the programme is read again (the editor then closes on fresh data). */
export function useUpdateItem(programId: number, itemId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateItemBody) =>
      unwrap(
        http.PATCH('/api/programs/{id}/items/{itemId}', {
          params: { path: { id: programId, itemId } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: programKeys.detail(programId) }),
  });
}

/** Deletes an item and those under it; `reason` is required once the programme is approved. */
export function useDeleteItem(programId: number, itemId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reason: string | undefined) =>
      unwrap(
        http.DELETE('/api/programs/{id}/items/{itemId}', {
          params: { path: { id: programId, itemId }, query: { reason } },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: programKeys.detail(programId) }),
  });
}

// ——— Tasks ———

export function useTasks(f: TaskFilters) {
  return useInfiniteQuery({
    queryKey: taskKeys.list(f),
    queryFn: ({ pageParam }) =>
      unwrap(
        http.GET('/api/tasks', {
          params: { query: { ...f, ref: text(f.ref), q: text(f.q), cursor: pageParam, limit: 50 } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTask(id: number) {
  return useQuery({
    queryKey: taskKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/tasks/{id}', { params: { path: { id } } })),
  });
}

export function useCreateTask() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTaskBody) => unwrap(http.POST('/api/tasks', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/** A task's state feeds the programme pages too (results, item counts). */
function useTaskChanged() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: taskKeys.all });
    void qc.invalidateQueries({ queryKey: programKeys.all });
  };
}

/** Reports progress, then attaches the files to that report. */
export function useReportTask(id: number) {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: async ({ body, files }: { body: TaskUpdateBody; files: File[] }) => {
      const res = await unwrap(http.POST('/api/tasks/{id}/updates', { params: { path: { id } }, body }));
      for (const file of files) {
        const form = new FormData();
        form.set('eventId', String(res.eventId));
        form.set('file', file, file.name);
        await uploadForm<Schema<'TaskFile'>>(`/api/tasks/${id}/files`, form);
      }
      return res;
    },
    onSuccess: changed,
  });
}

export function useExtendTask(id: number) {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: (body: ExtendTaskBody) =>
      unwrap(http.POST('/api/tasks/{id}/extend', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

export function useTransferTask(id: number) {
  const changed = useTaskChanged();
  return useMutation({
    mutationFn: (body: TransferTaskBody) =>
      unwrap(http.POST('/api/tasks/{id}/transfer', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

/** People of a unit (and its units below) who can be given a task, searched by name. */
export function useAssignees(orgId: number | undefined, q = '') {
  return useQuery({
    queryKey: taskKeys.assignees(orgId, q),
    queryFn: () =>
      unwrap(http.GET('/api/tasks/assignees', { params: { query: { orgId: orgId as number, q: text(q) } } })),
    enabled: !!orgId,
  });
}

export function useTaskSummary(orgId: number) {
  return useQuery({
    queryKey: taskKeys.summary(orgId),
    queryFn: () => unwrap(http.GET('/api/tasks/summary', { params: { query: { orgId } } })),
  });
}

export function useTaskTotals(orgId: number) {
  return useQuery({
    queryKey: taskKeys.totals(orgId),
    queryFn: () => unwrap(http.GET('/api/tasks/totals', { params: { query: { orgId } } })),
  });
}

export function useTaskTrend(orgId: number, months = 12) {
  return useQuery({
    queryKey: taskKeys.trend(orgId, months),
    queryFn: () => unwrap(http.GET('/api/tasks/trend', { params: { query: { orgId, months } } })),
  });
}

export function useDirectives(orgId: number | undefined) {
  return useQuery({
    queryKey: taskKeys.directives(orgId),
    queryFn: () => unwrap(http.GET('/api/tasks/directives', { params: { query: { orgId } } })),
  });
}

// ——— Weekly schedule ———

export function useScheduleWeek(orgId: number, week: string) {
  return useQuery({
    queryKey: scheduleKeys.week(orgId, week),
    queryFn: () => unwrap(http.GET('/api/schedule', { params: { query: { orgId, week } } })),
    placeholderData: keepPreviousData,
  });
}

/** The week as Word, to print (a plain link). */
export function scheduleDocxUrl(orgId: number, week: string): string {
  return withQuery('/api/schedule/docx', { orgId, week });
}

/** Adds an event (`id` null) or changes one; the answer says whether someone expected is double-booked. */
export function useSaveEvent(id: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleEventBody) =>
      unwrap(
        id === null
          ? http.POST('/api/schedule', { body })
          : http.PUT('/api/schedule/{id}', { params: { path: { id } }, body }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: scheduleKeys.all }),
  });
}

export function useDeleteEvent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(http.DELETE('/api/schedule/{id}', { params: { path: { id } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: scheduleKeys.all }),
  });
}
