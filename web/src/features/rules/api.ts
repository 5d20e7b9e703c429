// The rules facility API (server/modules/rules): the regulation figures kept as versioned data, each
// with its source; an administrator adds a version that takes effect on a date.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Schema, unwrap } from '../../api/http.ts';
import type { paths } from '../../api/schema';

export type Rule = Schema<'Rule'>;
export type RuleVersion = Schema<'RuleVersion'>;
export type RuleForm = Schema<'RuleForm'>;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
export type RuleVersionBody = JsonBody<paths['/api/rules/{key}/versions']['post']>;

export const ruleKeys = {
  all: ['rules'] as const,
  list: () => [...ruleKeys.all, 'list'] as const,
};

export function useRules() {
  return useQuery({ queryKey: ruleKeys.list(), queryFn: () => unwrap(http.GET('/api/rules')) });
}

export function useAddRuleVersion(key: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RuleVersionBody) =>
      unwrap(http.POST('/api/rules/{key}/versions', { params: { path: { key } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ruleKeys.all });
      // A meeting shows the rules it keeps: its warnings may be read again.
      void qc.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}
