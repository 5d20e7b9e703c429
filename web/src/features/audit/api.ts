// The audit log of the admin's scope, page by page, and the verification of its hash chain.
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import { useUsers } from '../users/api.ts';

export type AuditEntry = Schema<'AuditEntry'>;
export type AuditVerifyReport = Schema<'AuditVerifyReport'>;

/** The filters as the server takes them (dates as YYYY-MM-DD). */
export interface AuditQuery {
  from?: string | undefined;
  to?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  actorId?: number | undefined;
}

export const auditKeys = {
  all: ['audit'] as const,
  log: (q: AuditQuery) => [...auditKeys.all, 'log', q] as const,
};

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog(q: AuditQuery, { enabled }: { enabled: boolean }) {
  return useInfiniteQuery({
    queryKey: auditKeys.log(q),
    queryFn: ({ pageParam }) =>
      unwrap(
        http.GET('/api/audit', {
          params: { query: { ...q, cursor: pageParam ?? undefined, limit: AUDIT_PAGE_SIZE } },
        }),
      ),
    initialPageParam: null as number | null,
    // The cursor is the id of the last row shown.
    getNextPageParam: (last) => (last.nextCursor === null ? null : Number(last.nextCursor)),
    enabled,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => unwrap(http.POST('/api/audit/verify')) });
}

/** Every account in scope, locked ones too: the actor filter and the names in the log. */
export function useAllUsers() {
  return useUsers({ includeDisabled: true });
}
