import { z } from '@hono/zod-openapi';
import { ROLE_LABELS, ROLES } from '../../../domain/roles.ts';
import { toIso } from '../../db/sql.ts';
import type { UserRow } from './queries.ts';

export const UserJson = z
  .object({
    id: z.number().int(),
    username: z.string(),
    fullName: z.string(),
    orgId: z.number().int(),
    orgName: z.string(),
    role: z.enum(ROLES),
    roleLabel: z.string(),
    clearance: z.number().int(),
    disabled: z.boolean(),
    totpEnabled: z.boolean(),
    createdAt: z.string().nullable(),
  })
  .openapi('User');
export type UserJson = z.infer<typeof UserJson>;

export const UserList = z.object({ items: z.array(UserJson) }).openapi('UserList');
export type UserList = z.infer<typeof UserList>;

export function presentUser(r: UserRow): UserJson {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    orgId: r.org_id,
    orgName: r.org_name,
    role: r.role,
    roleLabel: ROLE_LABELS[r.role],
    clearance: r.clearance,
    disabled: r.disabled_at !== null,
    totpEnabled: r.totp_enabled_at !== null,
    createdAt: toIso(r.created_at),
  };
}
