// The home page's data: GET /api/me/home (one answer, shaped by the account's role), and reporting a
// task done from the member's home.
import { useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import { taskKeys } from '../programs/api.ts';

export type HomeAnswer = Schema<'Home'>;
export type HomeMember = NonNullable<Schema<'HomeMember'>>;
export type HomeCount = Schema<'HomeCount'>;
export type HomeTask = Schema<'HomeTask'>;
export type HomeMeeting = NonNullable<Schema<'HomeMeeting'>>;

export const homeKeys = {
  all: ['home'] as const,
  /** The mutation key of «Báo cáo đã xong» (its finished reports are shown on the home). */
  reportDone: ['home', 'report-done'] as const,
};

export function fetchHome(): Promise<HomeAnswer> {
  return unwrap(http.GET('/api/me/home'));
}

export function useHome() {
  return useQuery({ queryKey: homeKeys.all, queryFn: fetchHome });
}

/** «Báo cáo đã xong»: progress 100 on a task of mine (POST /api/tasks/{id}/updates). */
export function useReportDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: homeKeys.reportDone,
    mutationFn: (task: HomeTask) =>
      unwrap(
        http.POST('/api/tasks/{id}/updates', {
          params: { path: { id: task.id } },
          body: { progress: 100, note: 'Báo cáo hoàn thành từ trang chủ' },
        }),
      ),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: homeKeys.all }),
        qc.invalidateQueries({ queryKey: taskKeys.all }),
      ]);
    },
  });
}

/** The tasks reported done from the home in this visit (they leave the list; the home says so). */
export function useReportedTasks(): HomeTask[] {
  return useMutationState({
    filters: { mutationKey: homeKeys.reportDone, status: 'success' },
    select: (m) => m.state.variables as HomeTask,
  });
}
