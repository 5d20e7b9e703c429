// The inspection, supervision and discipline API (server/modules/inspections): types, query keys, and
// the queries and mutations of the pages.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type InspectionCase = Schema<'InspectionCase'>;
export type InspectionCaseSummary = Schema<'InspectionCaseSummary'>;
export type DisciplineDecision = Schema<'DisciplineDecision'>;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CaseBody = JsonBody<paths['/api/inspections/cases']['post']>;
export type ConclusionBody = JsonBody<paths['/api/inspections/cases/{id}/conclusion']['post']>;
export type DisciplineBody = JsonBody<paths['/api/discipline']['post']>;
export type ProgrammeBody = JsonBody<paths['/api/inspections/programmes']['post']>;
export type NoticeBody = JsonBody<paths['/api/discipline/notices']['post']>;
export type AppealBody = JsonBody<paths['/api/discipline/{id}/appeal']['post']>;
export type AppealOutcomeBody = JsonBody<paths['/api/discipline/{id}/appeal/outcome']['post']>;
export type OrgDisciplineBody = JsonBody<paths['/api/discipline/orgs']['post']>;

export const inspectionKeys = {
  all: ['inspections'] as const,
  cases: () => [...inspectionKeys.all, 'cases'] as const,
  case: (id: number) => [...inspectionKeys.all, 'case', id] as const,
  discipline: (memberId: number) => [...inspectionKeys.all, 'discipline', memberId] as const,
};

export function useCases() {
  return useQuery({
    queryKey: inspectionKeys.cases(),
    queryFn: () => unwrap(http.GET('/api/inspections/cases', { params: { query: { limit: 100 } } })),
  });
}

export function useCase(id: number) {
  return useQuery({
    queryKey: inspectionKeys.case(id),
    queryFn: () => unwrap(http.GET('/api/inspections/cases/{id}', { params: { path: { id } } })),
  });
}

export function useOpenCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseBody) => unwrap(http.POST('/api/inspections/cases', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

export function useCaseActions(id: number) {
  const qc = useQueryClient();
  const done = (c: InspectionCase) => {
    qc.setQueryData(inspectionKeys.case(id), c);
    void qc.invalidateQueries({ queryKey: inspectionKeys.cases() });
  };
  const path = { params: { path: { id } } };
  return {
    advance: useMutation({
      mutationFn: (on: string) =>
        unwrap(http.POST('/api/inspections/cases/{id}/stage', { ...path, body: { on } })),
      onSuccess: done,
    }),
    selfReport: useMutation({
      mutationFn: (on: string) =>
        unwrap(http.POST('/api/inspections/cases/{id}/self-report', { ...path, body: { on } })),
      onSuccess: done,
    }),
    conclude: useMutation({
      mutationFn: (body: ConclusionBody) =>
        unwrap(http.POST('/api/inspections/cases/{id}/conclusion', { ...path, body })),
      onSuccess: done,
    }),
    remedyDone: useMutation({
      mutationFn: (v: { remedyId: number; on: string }) =>
        unwrap(
          http.POST('/api/inspections/cases/{id}/remedies/{remedyId}/done', {
            params: { path: { id, remedyId: v.remedyId } },
            body: { on: v.on },
          }),
        ),
      onSuccess: done,
    }),
  };
}

export function useMemberDiscipline(memberId: number) {
  return useQuery({
    queryKey: inspectionKeys.discipline(memberId),
    queryFn: () => unwrap(http.GET('/api/discipline', { params: { query: { memberId, limit: 100 } } })),
  });
}

export function useDecide() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DisciplineBody) => unwrap(http.POST('/api/discipline', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

/** Members whose name matches, for the pickers (the members area's list, within the account's scope). */
export function useMemberSearch(q: string) {
  return useQuery({
    queryKey: ['members', 'search', q],
    queryFn: () => unwrap(http.GET('/api/members', { params: { query: { q, limit: 20 } } })),
    enabled: q.trim().length >= 2,
  });
}

export type UnitReview = Schema<'UnitReview'>;
export type UnitRatingBody = JsonBody<paths['/api/reviews/units/{orgId}']['post']>;

export function useUnitReview(orgId: number | undefined, year: number, quarter = 0) {
  return useQuery({
    queryKey: [...inspectionKeys.all, 'review', orgId ?? 0, year, quarter],
    queryFn: () =>
      unwrap(
        http.GET('/api/reviews/units/{orgId}', {
          params: { path: { orgId: orgId as number }, query: { year, quarter } },
        }),
      ),
    enabled: orgId !== undefined,
  });
}

export function useRateUnit(orgId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UnitRatingBody) =>
      unwrap(http.POST('/api/reviews/units/{orgId}', { params: { path: { orgId } }, body })),
    onSuccess: (r) => qc.setQueryData([...inspectionKeys.all, 'review', orgId, r.year, r.quarter], r),
  });
}

// ---- A member's review (Mẫu 2A/2B/2C) --------------------------------------------------------------

export type MemberReview = Schema<'MemberReview'>;
export type MemberReviewBody = JsonBody<paths['/api/reviews/members/{id}']['put']>;
export type ReviewGradeBody = JsonBody<paths['/api/reviews/members/{id}/proposal']['post']>;

const memberReviewKey = (id: number, year: number, quarter: number) => [
  ...inspectionKeys.all,
  'member-review',
  id,
  year,
  quarter,
];

export function useMemberReview(id: number, year: number, quarter: number) {
  return useQuery({
    queryKey: memberReviewKey(id, year, quarter),
    queryFn: () =>
      unwrap(http.GET('/api/reviews/members/{id}', { params: { path: { id }, query: { year, quarter } } })),
  });
}

export function useWriteMemberReview(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MemberReviewBody) =>
      unwrap(http.PUT('/api/reviews/members/{id}', { params: { path: { id } }, body })),
    onSuccess: (r) => qc.setQueryData(memberReviewKey(id, r.year, r.quarter), r),
  });
}

export function useGradeMemberReview(id: number, level: 'proposal' | 'decision') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewGradeBody) =>
      unwrap(
        level === 'proposal'
          ? http.POST('/api/reviews/members/{id}/proposal', { params: { path: { id } }, body })
          : http.POST('/api/reviews/members/{id}/decision', { params: { path: { id } }, body }),
      ),
    onSuccess: (r) => {
      qc.setQueryData(memberReviewKey(id, r.year, r.quarter), r);
      void qc.invalidateQueries({ queryKey: ['members'] });
    },
  });
}

/** The discipline decisions on a unit and the units below it (the unit's record). */
export function useOrgDiscipline(orgId: number) {
  return useQuery({
    queryKey: [...inspectionKeys.all, 'org-discipline', orgId],
    queryFn: () => unwrap(http.GET('/api/discipline/orgs', { params: { query: { orgId, limit: 100 } } })),
  });
}

export function useDecideOrg() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgDisciplineBody) => unwrap(http.POST('/api/discipline/orgs', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

export function useProgrammes(year: number) {
  return useQuery({
    queryKey: [...inspectionKeys.all, 'programmes', year],
    queryFn: () => unwrap(http.GET('/api/inspections/programmes', { params: { query: { year } } })),
  });
}

export function useProgramme(id: number | null) {
  return useQuery({
    queryKey: [...inspectionKeys.all, 'programme', id ?? 0],
    queryFn: () =>
      unwrap(http.GET('/api/inspections/programmes/{id}', { params: { path: { id: id as number } } })),
    enabled: id !== null,
  });
}

export function useIssueProgramme() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeBody) => unwrap(http.POST('/api/inspections/programmes', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

export function useNotices() {
  return useQuery({
    queryKey: [...inspectionKeys.all, 'notices'],
    queryFn: () => unwrap(http.GET('/api/discipline/notices', { params: { query: {} } })),
  });
}

export function useRegisterNotice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeBody) => unwrap(http.POST('/api/discipline/notices', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...inspectionKeys.all, 'notices'] }),
  });
}

/** The discipline decisions on members that the account sees, with their appeals. */
export function useDecisions() {
  return useQuery({
    queryKey: [...inspectionKeys.all, 'decisions'],
    queryFn: () => unwrap(http.GET('/api/discipline', { params: { query: { limit: 100 } } })),
  });
}

export function useAppealActions(id: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: inspectionKeys.all });
  const path = { params: { path: { id } } };
  return {
    lodge: useMutation({
      mutationFn: (body: AppealBody) => unwrap(http.POST('/api/discipline/{id}/appeal', { ...path, body })),
      onSuccess: done,
    }),
    decide: useMutation({
      mutationFn: (body: AppealOutcomeBody) =>
        unwrap(http.POST('/api/discipline/{id}/appeal/outcome', { ...path, body })),
      onSuccess: done,
    }),
  };
}
