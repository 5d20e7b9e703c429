// JSON shape of a committee term.
import { z } from '@hono/zod-openapi';
import type { TermRow } from './queries.ts';

export const DocumentTerm = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
  })
  .openapi('DocumentTerm');
export type DocumentTerm = z.infer<typeof DocumentTerm>;

export const DocumentTermList = z.object({ items: z.array(DocumentTerm) }).openapi('DocumentTermList');

export function presentTerm(t: TermRow): DocumentTerm {
  return { id: t.id, orgId: t.org_id, name: t.name, startsOn: t.starts_on, endsOn: t.ends_on };
}
