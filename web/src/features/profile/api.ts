// «Tài khoản của tôi»: the password, turning the second factor off, and personal API tokens.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';

export type ApiToken = Schema<'ApiToken'>;

export const profileKeys = {
  tokens: ['auth', 'tokens'] as const,
};

/** Changes the password; the account's other sessions end (their number is in the answer). */
export function changePassword(body: { currentPassword: string; newPassword: string }) {
  return unwrap(http.POST('/api/auth/password', { body }));
}

/** Turns the second factor off, with a current code. */
export async function disableTotp(body: { code: string }): Promise<void> {
  await unwrap(http.POST('/api/auth/totp/disable', { body }));
}

export function useTokens() {
  return useQuery({ queryKey: profileKeys.tokens, queryFn: () => unwrap(http.GET('/api/auth/tokens')) });
}

/** A new token: its secret is in the answer this once. */
export function createToken(body: { name: string }) {
  return unwrap(http.POST('/api/auth/tokens', { body }));
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      await unwrap(http.DELETE('/api/auth/tokens/{id}', { params: { path: { id } } }));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: profileKeys.tokens }),
  });
}
