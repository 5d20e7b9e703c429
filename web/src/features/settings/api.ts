// The installation-wide settings (admins).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';

export type Settings = Schema<'Settings'>;

export const settingsKeys = {
  all: ['settings'] as const,
};

export function useSettings({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: settingsKeys.all,
    queryFn: () => unwrap(http.GET('/api/settings')),
    enabled,
  });
}

/** Saves some settings; the answer (all of them) replaces the cached ones. */
export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => unwrap(http.PUT('/api/settings', { body: patch })),
    onSuccess: (s) => qc.setQueryData(settingsKeys.all, s),
  });
}
