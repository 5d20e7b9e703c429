// The situation information API (server/modules/intel): the answers' types, the query keys, and the
// queries and mutations of the pages. The synthesis is downloaded under the name the server gives.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type IntelReport = Schema<'IntelReport'>;
export type IntelReportSummary = Schema<'IntelReportSummary'>;
export type IntelItem = Schema<'IntelItem'>;
export type IntelIssue = Schema<'IntelIssue'>;
export type IntelIssueSummary = Schema<'IntelIssueSummary'>;
export type IntelWarning = Schema<'IntelWarning'>;
export type IntelSeries = Schema<'IntelSeries'>;
export type IntelCalendarEntry = Schema<'IntelCalendarEntry'>;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CreateReportBody = JsonBody<paths['/api/intel/reports']['post']>;
export type CreateIssueBody = JsonBody<paths['/api/intel/issues']['post']>;
export type DirectionBody = JsonBody<paths['/api/intel/issues/{id}/directions']['post']>;
export type StatusBody = JsonBody<paths['/api/intel/issues/{id}/status']['post']>;
export type ScheduleBody = JsonBody<paths['/api/intel/schedules/{orgId}']['put']>;

export const intelKeys = {
  all: ['intel'] as const,
  categories: () => [...intelKeys.all, 'categories'] as const,
  reports: (orgId: number | undefined) => [...intelKeys.all, 'reports', orgId ?? 0] as const,
  report: (id: number) => [...intelKeys.all, 'report', id] as const,
  issues: (orgId: number | undefined, open: boolean) =>
    [...intelKeys.all, 'issues', orgId ?? 0, open] as const,
  issue: (id: number) => [...intelKeys.all, 'issue', id] as const,
  warnings: (orgId: number) => [...intelKeys.all, 'warnings', orgId] as const,
  series: (orgId: number, category: string) => [...intelKeys.all, 'series', orgId, category] as const,
  calendar: (orgId: number) => [...intelKeys.all, 'calendar', orgId] as const,
};

export function useCategories() {
  return useQuery({
    queryKey: intelKeys.categories(),
    queryFn: () => unwrap(http.GET('/api/intel/categories')),
    staleTime: 10 * 60_000,
  });
}

export function useReports(orgId: number | undefined) {
  return useQuery({
    queryKey: intelKeys.reports(orgId),
    queryFn: () => unwrap(http.GET('/api/intel/reports', { params: { query: { orgId, limit: 100 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: intelKeys.report(id),
    queryFn: () => unwrap(http.GET('/api/intel/reports/{id}', { params: { path: { id } } })),
  });
}

export function useCreateReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportBody) => unwrap(http.POST('/api/intel/reports', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: intelKeys.all }),
  });
}

export function useIssues(orgId: number | undefined, open: boolean) {
  return useQuery({
    queryKey: intelKeys.issues(orgId, open),
    queryFn: () =>
      unwrap(
        http.GET('/api/intel/issues', {
          params: { query: { orgId, open: open ? 'true' : undefined, limit: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useIssue(id: number) {
  return useQuery({
    queryKey: intelKeys.issue(id),
    queryFn: () => unwrap(http.GET('/api/intel/issues/{id}', { params: { path: { id } } })),
  });
}

export function useIssueActions(id: number) {
  const qc = useQueryClient();
  const done = (issue: IntelIssue) => {
    qc.setQueryData(intelKeys.issue(id), issue);
    void qc.invalidateQueries({ queryKey: intelKeys.all });
  };
  const path = { params: { path: { id } } };
  return {
    move: useMutation({
      mutationFn: (body: StatusBody) => unwrap(http.POST('/api/intel/issues/{id}/status', { ...path, body })),
      onSuccess: done,
    }),
    direct: useMutation({
      mutationFn: (body: DirectionBody) =>
        unwrap(http.POST('/api/intel/issues/{id}/directions', { ...path, body })),
      onSuccess: done,
    }),
    file: useMutation({
      mutationFn: (itemIds: number[]) =>
        unwrap(http.POST('/api/intel/issues/{id}/items', { ...path, body: { itemIds } })),
      onSuccess: done,
    }),
  };
}

export function useCreateIssue() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIssueBody) => unwrap(http.POST('/api/intel/issues', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: intelKeys.all }),
  });
}

/** Files items under an existing issue (from a report's page). */
export function useFileItems() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { issueId: number; itemIds: number[] }) =>
      unwrap(
        http.POST('/api/intel/issues/{id}/items', {
          params: { path: { id: v.issueId } },
          body: { itemIds: v.itemIds },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: intelKeys.all }),
  });
}

export function useWarnings(orgId: number) {
  return useQuery({
    queryKey: intelKeys.warnings(orgId),
    queryFn: () => unwrap(http.GET('/api/intel/warnings', { params: { query: { orgId } } })),
    enabled: orgId > 0,
  });
}

export function useSeries(orgId: number, category: string | undefined) {
  return useQuery({
    queryKey: intelKeys.series(orgId, category ?? ''),
    queryFn: () =>
      unwrap(
        http.GET('/api/intel/series', {
          params: { query: { orgId, category: category as string, weeks: 52 } },
        }),
      ),
    enabled: orgId > 0 && !!category,
  });
}

export function useCalendar(orgId: number) {
  return useQuery({
    queryKey: intelKeys.calendar(orgId),
    queryFn: () => unwrap(http.GET('/api/intel/calendar', { params: { query: { orgId } } })),
    enabled: orgId > 0,
  });
}

export function useSetSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { orgId: number; body: ScheduleBody }) =>
      unwrap(
        http.PUT('/api/intel/schedules/{orgId}', { params: { path: { orgId: v.orgId } }, body: v.body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: intelKeys.all }),
  });
}

export function downloadSynthesis(orgId: number, from: string, to: string) {
  const q = new URLSearchParams({ orgId: String(orgId), from, to });
  return downloadFile(`/api/intel/synthesis.docx?${q}`, `tong-hop-tinh-hinh-${from}-${to}.docx`);
}
