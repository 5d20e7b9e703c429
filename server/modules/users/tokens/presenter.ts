import { z } from '@hono/zod-openapi';
import { toIso } from '../../../db/sql.ts';
import type { TokenRow } from './queries.ts';

export const ApiTokenJson = z
  .object({
    id: z.number().int(),
    name: z.string(),
    /** The first characters of the token, to recognise it. */
    prefix: z.string(),
    createdAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revoked: z.boolean(),
  })
  .openapi('ApiToken');
export type ApiTokenJson = z.infer<typeof ApiTokenJson>;

/** A token just created: the only time the token itself is shown. */
export const NewApiTokenJson = ApiTokenJson.extend({ token: z.string() }).openapi('NewApiToken');
export type NewApiTokenJson = z.infer<typeof NewApiTokenJson>;

export const ApiTokenList = z.object({ items: z.array(ApiTokenJson) }).openapi('ApiTokenList');
export type ApiTokenList = z.infer<typeof ApiTokenList>;

export function presentToken(t: TokenRow): ApiTokenJson {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: toIso(t.created_at),
    lastUsedAt: toIso(t.last_used_at),
    revoked: t.revoked_at !== null,
  };
}
