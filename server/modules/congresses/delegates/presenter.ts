// JSON shape of a delegate with the credentials check's findings.
import { z } from '@hono/zod-openapi';
import type { DelegateRow } from './queries.ts';

export const DelegateJson = z
  .object({
    id: z.number().int(),
    memberId: z.number().int(),
    fullName: z.string(),
    kind: z.enum(['official', 'alternate']),
    /** What the credentials check found; empty when the delegate passes. */
    problems: z.array(z.string()),
  })
  .openapi('CongressDelegate');
export type DelegateJson = z.infer<typeof DelegateJson>;

export function presentDelegate(r: DelegateRow): DelegateJson {
  return {
    id: Number(r.id),
    memberId: Number(r.member_id),
    fullName: r.full_name,
    kind: r.kind,
    problems: Array.isArray(r.problems) ? r.problems : (JSON.parse(String(r.problems)) as string[]),
  };
}
