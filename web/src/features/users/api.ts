// Accounts: the list of the units in scope (the server's order, by given name), and the admin's
// changes to one account.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../domain/roles.ts';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type User = Schema<'User'>;

/** What a list of accounts is filtered by (GET /api/users). */
export interface UserFilters {
  q?: string | undefined;
  orgId?: number | undefined;
  role?: Role | undefined;
  includeDisabled?: boolean | undefined;
}

export const userKeys = {
  all: ['users'] as const,
  list: (f: UserFilters) => [...userKeys.all, 'list', f] as const,
};

/** Accounts in the user's scope; needs user.read (pass `enabled: false` otherwise). */
export function useUsers(f: UserFilters, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: userKeys.list(f),
    queryFn: () =>
      unwrap(
        http.GET('/api/users', {
          params: {
            query: {
              q: f.q || undefined,
              orgId: f.orgId,
              role: f.role,
              includeDisabled: f.includeDisabled ? '1' : undefined,
            },
          },
        }),
      ),
    placeholderData: (prev) => prev,
    enabled,
  });
}

type CreateUserBody = paths['/api/users']['post']['requestBody']['content']['application/json'];
type UpdateUserBody = paths['/api/users/{id}']['patch']['requestBody']['content']['application/json'];

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => unwrap(http.POST('/api/users', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) =>
      unwrap(http.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useResetPassword(id: number) {
  return useMutation({
    mutationFn: (newPassword: string) =>
      unwrap(
        http.POST('/api/users/{id}/reset-password', { params: { path: { id } }, body: { newPassword } }),
      ),
  });
}

export function useResetTotp(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.POST('/api/users/{id}/totp/reset', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: userKeys.all }),
  });
}
