// The schemes API (server/modules/proposals): the answers' types (the server presenters' schemas),
// the query keys, and the queries and mutations of the portfolio and the scheme's page. Versions are
// uploaded with a progress bar (api/files.ts); the table of comments is downloaded as Word under the
// name the server gives.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile, uploadForm } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

// ——— Answers ———

export type Proposal = Schema<'Proposal'>;
export type ProposalDetail = Schema<'ProposalDetail'>;
export type ProposalLine = Schema<'ProposalLine'>;
export type ProposalPortfolio = Schema<'ProposalPortfolio'>;
export type ProposalVersion = Schema<'ProposalVersion'>;
export type ProposalDiff = Schema<'ProposalDiff'>;
export type ProposalRound = Schema<'ProposalRound'>;
export type ProposalComment = Schema<'ProposalComment'>;
export type ProposalMeasure = Schema<'ProposalMeasure'>;
export type ProposalTeamMember = Schema<'ProposalTeamMember'>;

// ——— Requests (the generated bodies; forms check them with the zod schemas of domain/proposals) ———

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type CreateProposalBody = JsonBody<paths['/api/proposals']['post']>;
export type PlanBody = JsonBody<paths['/api/proposals/{id}/plan']['put']>;
export type TeamBody = JsonBody<paths['/api/proposals/{id}/team']['put']>;
export type MoveBody = JsonBody<paths['/api/proposals/{id}/stage']['post']>;
export type RoundBody = JsonBody<paths['/api/proposals/{id}/rounds']['post']>;
export type CommentBody = JsonBody<paths['/api/proposals/{id}/comments']['post']>;
export type DisposeBody = JsonBody<paths['/api/proposals/{id}/comments/{cid}']['put']>;
export type MeasureBody = JsonBody<paths['/api/proposals/{id}/measures']['post']>;

// ——— Filters (the client's own) ———

export interface PortfolioFilters {
  q: string;
  orgId?: number | undefined;
  stage?: ProposalLine['stage'] | undefined;
  lateOnly?: boolean;
}

// ——— Query keys ———

export const proposalKeys = {
  all: ['proposals'] as const,
  portfolio: (f: PortfolioFilters) => [...proposalKeys.all, 'portfolio', f] as const,
  /** The scheme and everything shown under it (comments, diffs). */
  detail: (id: number) => [...proposalKeys.all, 'detail', id] as const,
  comments: (id: number) => [...proposalKeys.detail(id), 'comments'] as const,
  diff: (id: number, from: number, to: number) => [...proposalKeys.detail(id), 'diff', from, to] as const,
  text: (id: number, version: number) => [...proposalKeys.detail(id), 'text', version] as const,
};

// ——— Queries ———

export function usePortfolio(f: PortfolioFilters) {
  return useQuery({
    queryKey: proposalKeys.portfolio(f),
    queryFn: () =>
      unwrap(
        http.GET('/api/proposals', {
          params: {
            query: {
              q: f.q || undefined,
              orgId: f.orgId,
              stage: f.stage,
              lateOnly: f.lateOnly ? 'true' : undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProposal(id: number) {
  return useQuery({
    queryKey: proposalKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/proposals/{id}', { params: { path: { id } } })),
  });
}

export function useComments(id: number) {
  return useQuery({
    queryKey: proposalKeys.comments(id),
    queryFn: () => unwrap(http.GET('/api/proposals/{id}/comments', { params: { path: { id }, query: {} } })),
  });
}

export function useDiff(id: number, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: proposalKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: () =>
      unwrap(
        http.GET('/api/proposals/{id}/diff', {
          params: { path: { id }, query: { from: from as number, to: to as number } },
        }),
      ),
    enabled: !!from && !!to && from !== to,
  });
}

export function useVersionText(id: number, version: number | undefined) {
  return useQuery({
    queryKey: proposalKeys.text(id, version ?? 0),
    queryFn: () =>
      unwrap(
        http.GET('/api/proposals/{id}/versions/{version}', {
          params: { path: { id, version: version as number } },
        }),
      ),
    enabled: !!version,
  });
}

// ——— Mutations ———

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: proposalKeys.all });
}

export function useCreateProposal() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateProposalBody) => unwrap(http.POST('/api/proposals', { body })),
    onSuccess: () => invalidate(),
  });
}

/** Every change on the scheme's page: the same invalidation after each. */
export function useProposalActions(id: number) {
  const invalidate = useInvalidate();
  const onSuccess = () => invalidate();
  const path = { params: { path: { id } } };
  const plan = useMutation({
    mutationFn: (body: PlanBody) => unwrap(http.PUT('/api/proposals/{id}/plan', { ...path, body })),
    onSuccess,
  });
  const team = useMutation({
    mutationFn: (body: TeamBody) => unwrap(http.PUT('/api/proposals/{id}/team', { ...path, body })),
    onSuccess,
  });
  const move = useMutation({
    mutationFn: (body: MoveBody) => unwrap(http.POST('/api/proposals/{id}/stage', { ...path, body })),
    onSuccess,
  });
  const openRound = useMutation({
    mutationFn: (body: RoundBody) => unwrap(http.POST('/api/proposals/{id}/rounds', { ...path, body })),
    onSuccess,
  });
  const closeRound = useMutation({
    mutationFn: (roundId: number) =>
      unwrap(http.POST('/api/proposals/{id}/rounds/{roundId}/close', { params: { path: { id, roundId } } })),
    onSuccess,
  });
  const comment = useMutation({
    mutationFn: (body: CommentBody) => unwrap(http.POST('/api/proposals/{id}/comments', { ...path, body })),
    onSuccess,
  });
  const dispose = useMutation({
    mutationFn: ({ cid, ...body }: DisposeBody & { cid: number }) =>
      unwrap(http.PUT('/api/proposals/{id}/comments/{cid}', { params: { path: { id, cid } }, body })),
    onSuccess,
  });
  const addMeasure = useMutation({
    mutationFn: (body: MeasureBody) => unwrap(http.POST('/api/proposals/{id}/measures', { ...path, body })),
    onSuccess,
  });
  const removeMeasure = useMutation({
    mutationFn: (measureId: number) =>
      unwrap(
        http.DELETE('/api/proposals/{id}/measures/{measureId}', { params: { path: { id, measureId } } }),
      ),
    onSuccess,
  });
  const tasks = useMutation({
    mutationFn: () => unwrap(http.POST('/api/proposals/{id}/measures/tasks', path)),
    onSuccess,
  });
  return {
    plan,
    team,
    move,
    openRound,
    closeRound,
    comment,
    dispose,
    addMeasure,
    removeMeasure,
    tasks,
    invalidate,
  };
}

/** Uploads the next version (a .docx) with a progress bar. */
export function uploadVersion(
  id: number,
  file: File,
  note: string,
  onProgress?: (percent: number) => void,
): Promise<ProposalVersion> {
  const form = new FormData();
  if (note.trim()) form.append('note', note.trim());
  form.append('file', file);
  return uploadForm<ProposalVersion>(`/api/proposals/${id}/versions`, form, onProgress);
}

export function downloadResponseTable(id: number): Promise<void> {
  return downloadFile(
    `/api/proposals/${id}/response-table.docx`,
    `bang-tong-hop-tiep-thu-giai-trinh-${id}.docx`,
  );
}
