// The awards API (server/modules/rewards): proposals with their check, the council, the decision,
// the registry and its lists.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { downloadFile } from '../../api/files.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type RewardProposal = Schema<'RewardProposal'>;
export type RewardMovement = Schema<'RewardMovement'>;
type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type ProposalBody = JsonBody<paths['/api/rewards/proposals']['post']>;
export type MovementBody = JsonBody<paths['/api/rewards/movements']['post']>;

export const rewardKeys = {
  all: ['rewards'] as const,
  proposals: () => [...rewardKeys.all, 'proposals'] as const,
  awards: () => [...rewardKeys.all, 'awards'] as const,
  movements: () => [...rewardKeys.all, 'movements'] as const,
};

export function useMovements() {
  return useQuery({
    queryKey: rewardKeys.movements(),
    queryFn: () => unwrap(http.GET('/api/rewards/movements')),
  });
}

export function useCreateMovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MovementBody) => unwrap(http.POST('/api/rewards/movements', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: rewardKeys.movements() }),
  });
}

export function useProposals() {
  return useQuery({
    queryKey: rewardKeys.proposals(),
    queryFn: () => unwrap(http.GET('/api/rewards/proposals', { params: { query: { limit: 100 } } })),
  });
}

export function useAwards() {
  return useQuery({
    queryKey: rewardKeys.awards(),
    queryFn: () => unwrap(http.GET('/api/rewards/awards', { params: { query: {} } })),
  });
}

export function usePropose() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposalBody) => unwrap(http.POST('/api/rewards/proposals', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: rewardKeys.all }),
  });
}

export function useProposalActions(id: number) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: rewardKeys.all });
  const path = { params: { path: { id } } };
  return {
    council: useMutation({
      mutationFn: (body: { on: string; members: number; votesFor: number; votesAgainst: number }) =>
        unwrap(http.POST('/api/rewards/proposals/{id}/council', { ...path, body })),
      onSuccess: done,
    }),
    decide: useMutation({
      mutationFn: (body: { decisionNo: string; decidedOn: string }) =>
        unwrap(http.POST('/api/rewards/proposals/{id}/decision', { ...path, body })),
      onSuccess: done,
    }),
  };
}

export function downloadAwards(kind: 'docx' | 'xlsx', year?: number) {
  return downloadFile(`/api/rewards/awards.${kind}${year ? `?year=${year}` : ''}`, `khen-thuong.${kind}`);
}
