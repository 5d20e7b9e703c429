// JSON shapes of offline counting: this installation's station key and the stations it trusts; the
// package itself is described by its zod schema (domain/congresses/package.ts).
import { z } from '@hono/zod-openapi';
import { toIso } from '../../../db/sql.ts';
import type { KeyRow } from './queries.ts';

const StationJson = z.object({
  id: z.number().int(),
  name: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  createdAt: z.string().nullable(),
});

export const StationInfo = z
  .object({ own: StationJson, trusted: z.array(StationJson) })
  .openapi('CongressStationInfo');
export type StationInfo = z.infer<typeof StationInfo>;

export function presentKey(r: KeyRow) {
  return {
    id: Number(r.id),
    name: r.name,
    publicKey: r.public_key,
    fingerprint: r.fingerprint,
    createdAt: toIso(r.created_at),
  };
}
