// The shell's own data: the notifications behind the bell in the header.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../api/http.ts';

export type Notice = Schema<'Notification'>;

export const notificationKeys = {
  all: ['notifications'] as const,
  latest: (limit: number) => [...notificationKeys.all, 'latest', limit] as const,
};

/** The latest notices and the unread count, asked again every minute. */
export function useNotifications(limit = 15) {
  return useQuery({
    queryKey: notificationKeys.latest(limit),
    queryFn: () => unwrap(http.GET('/api/notifications', { params: { query: { limit } } })),
    refetchInterval: 60_000,
  });
}

/** Marks some notices (or all of them) read. */
export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids?: number[]; all?: boolean }) =>
      unwrap(http.POST('/api/notifications/read', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
