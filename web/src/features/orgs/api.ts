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
export type OrgItem = Schema<'OrgItem'>;
export type OrgSearchHit = Schema<'OrgSearchHit'>;

/**
 * Above this many units the pickers and the organisation page load the tree one level at a time
 * (with a search on the server) instead of whole: a city's 18,000 units are 4.4 MB of JSON.
 */
export const LARGE_TREE = 2000;

export interface TreeView {
  asOf?: string | undefined;
  includeInactive?: boolean;
}

export const orgKeys = {
  all: ['orgs'] as const,
  tree: (v: TreeView) => [...orgKeys.all, 'tree', v.asOf ?? null, v.includeInactive ?? false] as const,
  detail: (id: number) => [...orgKeys.all, 'detail', id] as const,
  level: (id: number) => [...orgKeys.all, 'level', id] as const,
  search: (q: string) => [...orgKeys.all, 'search', q] as const,
};

/** One view of the tree: today's active units, or at a date, or with the retired ones. */
export function useOrgTree(view: TreeView = {}, enabled = true) {
  return useQuery({
    enabled,
    queryKey: orgKeys.tree(view),
    queryFn: () =>
      unwrap(
        http.GET('/api/orgs/tree', {
          params: { query: { asOf: view.asOf, includeInactive: view.includeInactive ? '1' : undefined } },
        }),
      ),
  });
}

/** One level of the tree: a unit in the account's scope and its active children. */
export function orgLevel(id: number) {
  return unwrap(http.GET('/api/orgs/{id}/children', { params: { path: { id } } }));
}

export function useOrgLevel(id: number | undefined) {
  return useQuery({
    enabled: id !== undefined,
    queryKey: orgKeys.level(id ?? 0),
    queryFn: () => orgLevel(id as number),
    staleTime: 60_000,
  });
}

/**
 * Whether the tree is large (loaded one level at a time): read from the account's own level, which
 * the level-by-level views load first anyway. Undefined while it is not known.
 */
export function useLargeTree(ownUnit: number): boolean | undefined {
  const level = useOrgLevel(ownUnit);
  if (level.isError) return false; // the whole tree still works
  return level.data ? level.data.total > LARGE_TREE : undefined;
}

/** Units of the account's scope by name or code, diacritics ignored (an empty query finds nothing). */
export function useOrgSearch(q: string, limit = 30) {
  const query = q.trim();
  return useQuery({
    enabled: query.length > 0,
    queryKey: orgKeys.search(`${query}|${limit}`),
    queryFn: () => unwrap(http.GET('/api/orgs/search', { params: { query: { q: query, limit } } })),
    staleTime: 60_000,
  });
}

export function orgDetail(id: number) {
  return unwrap(http.GET('/api/orgs/{id}', { params: { path: { id } } }));
}

export function useOrg(id: number) {
  return useQuery({ queryKey: orgKeys.detail(id), queryFn: () => orgDetail(id) });
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
