// The organisation tree and the admin's changes to it. Every change also refreshes the accounts
// (a merge, split or move carries the accounts of the units along).
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';
import { userKeys } from '../users/api.ts';

export type Org = Schema<'Org'>;
export type OrgNode = Schema<'OrgNode'>;
export type OrgDetail = Schema<'OrgDetail'>;
export type OrgLink = Schema<'OrgLink'>;

export interface TreeView {
  asOf?: string | undefined;
  includeInactive?: boolean;
}

export const orgKeys = {
  all: ['orgs'] as const,
  tree: (v: TreeView) => [...orgKeys.all, 'tree', v.asOf ?? null, v.includeInactive ?? false] as const,
  detail: (id: number) => [...orgKeys.all, 'detail', id] as const,
};

/** One view of the tree: today's active units, or at a date, or with the retired ones. */
export function useOrgTree(view: TreeView = {}) {
  return useQuery({
    queryKey: orgKeys.tree(view),
    queryFn: () =>
      unwrap(
        http.GET('/api/orgs/tree', {
          params: { query: { asOf: view.asOf, includeInactive: view.includeInactive ? '1' : undefined } },
        }),
      ),
  });
}

export function useOrg(id: number) {
  return useQuery({
    queryKey: orgKeys.detail(id),
    queryFn: () => unwrap(http.GET('/api/orgs/{id}', { params: { path: { id } } })),
  });
}

type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

function changed(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: orgKeys.all });
  void qc.invalidateQueries({ queryKey: userKeys.all });
}

export function useCreateOrg() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/orgs', 'post'>) => unwrap(http.POST('/api/orgs', { body })),
    onSuccess: () => changed(qc),
  });
}

export function useRenameOrg(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/orgs/{id}', 'patch'>) =>
      unwrap(http.PATCH('/api/orgs/{id}', { params: { path: { id } }, body })),
    onSuccess: () => changed(qc),
  });
}

export function useMoveOrg(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/orgs/{id}/move', 'post'>) =>
      unwrap(http.POST('/api/orgs/{id}/move', { params: { path: { id } }, body })),
    onSuccess: () => changed(qc),
  });
}

export function useDissolveOrg(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/orgs/{id}/dissolve', 'post'>) =>
      unwrap(http.POST('/api/orgs/{id}/dissolve', { params: { path: { id } }, body })),
    onSuccess: () => changed(qc),
  });
}

export function useMergeOrgs() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/orgs/merge', 'post'>) => unwrap(http.POST('/api/orgs/merge', { body })),
    onSuccess: () => changed(qc),
  });
}

export function useSplitOrg(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/orgs/{id}/split', 'post'>) =>
      unwrap(http.POST('/api/orgs/{id}/split', { params: { path: { id } }, body })),
    onSuccess: () => changed(qc),
  });
}

/** Deletes a unit entered by mistake; its page is dropped, not fetched again. */
export function useDeleteOrg(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.DELETE('/api/orgs/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      qc.removeQueries({ queryKey: orgKeys.detail(id) });
      changed(qc);
    },
  });
}
