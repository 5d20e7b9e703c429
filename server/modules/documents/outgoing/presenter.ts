// JSON shapes of the outgoing workflow's answers.
import { z } from '@hono/zod-openapi';

const int = z.number().int();

export const DocumentSigners = z
  .object({ items: z.array(z.object({ id: int, fullName: z.string(), orgId: int, orgName: z.string() })) })
  .openapi('DocumentSigners');

export const DocumentIssued = z
  .object({
    id: int,
    symbol: z.string(),
    number: int,
    issuedOn: z.string(),
    term: z.string(),
    /** Units in the system that received their own incoming copy. */
    delivered: int,
  })
  .openapi('DocumentIssued');
export type DocumentIssued = z.infer<typeof DocumentIssued>;

export const DocumentRecipientList = z
  .array(z.object({ orgId: int.nullable(), name: z.string() }))
  .openapi('DocumentRecipientList');
