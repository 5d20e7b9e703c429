// The rules facility API (server/modules/rules): the regulation figures kept as versioned data, each
// with its source; an administrator adds a version that takes effect on a date.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type Rule = Schema<'Rule'>;
export type RuleVersion = Schema<'RuleVersion'>;
export type RuleForm = Schema<'RuleForm'>;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type RuleVersionBody = JsonBody<paths['/api/rules/{key}/versions']['post']>;

export const ruleKeys = {
  all: ['rules'] as const,
  list: () => [...ruleKeys.all, 'list'] as const,
};

export function useRules() {
  return useQuery({ queryKey: ruleKeys.list(), queryFn: () => unwrap(http.GET('/api/rules')) });
}

export function useAddRuleVersion(key: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RuleVersionBody) =>
      unwrap(http.POST('/api/rules/{key}/versions', { params: { path: { key } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ruleKeys.all });
      // A meeting shows the rules it keeps: its warnings may be read again.
      void qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}

// The working-day calendar (server/modules/rules/calendar): a year's days off, a due date counted in
// working days, and the days an administrator enters or removes.

export type CalendarDay = Schema<'CalendarDay'>;
export type WorkCalendarYear = Schema<'WorkCalendarYear'>;
export type DueDate = Schema<'DueDate'>;

const calendarKeys = {
  all: ['work-calendar'] as const,
  year: (year: number) => [...calendarKeys.all, 'year', year] as const,
  due: (from: string, days: number) => [...calendarKeys.all, 'due', from, days] as const,
};

export function useWorkCalendar(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: () => unwrap(http.GET('/api/work-calendar', { params: { query: { year } } })),
  });
}

export function useDueDate(from: string | null, days: number | null) {
  return useQuery({
    queryKey: calendarKeys.due(from ?? '', days ?? -1),
    enabled: from != null && days != null,
    queryFn: () =>
      unwrap(
        http.GET('/api/work-calendar/due', { params: { query: { from: from ?? '', days: days ?? 0 } } }),
      ),
  });
}

export function useAddCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { date: string; kind: 'off' | 'work'; note: string }) =>
      unwrap(http.POST('/api/work-calendar/days', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useRemoveCalendarDay() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (date: string) =>
      unwrap(http.DELETE('/api/work-calendar/days/{date}', { params: { path: { date } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

// Working regulations (server/modules/rules/regulations): a unit's versions and a new version.
export type WorkRegulation = Schema<'WorkRegulation'>;
export type WorkRegulationItem = WorkRegulation['items'][number];
export type WorkRegulationBody = JsonBody<paths['/api/work-rules']['post']>;

export function useWorkRegulations() {
  return useQuery({ queryKey: ['work-rules'], queryFn: () => unwrap(http.GET('/api/work-rules')) });
}

export function useAddWorkRegulation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkRegulationBody) => unwrap(http.POST('/api/work-rules', { body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['work-rules'] }),
  });
}

// The dashboard of late opinions and late signatures by unit (server/modules/rules/late).
export type LateDashboard = Schema<'LateDashboard'>;

export function useLateDashboard(from: string | null) {
  return useQuery({
    queryKey: ['work-rules', 'late', from ?? ''],
    queryFn: () => unwrap(http.GET('/api/work-rules/late', { params: { query: from ? { from } : {} } })),
  });
}
