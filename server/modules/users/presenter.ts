import { ROLE_LABELS } from '../../../domain/roles.ts';
import { toIso } from '../../db/sql.ts';
import type { UserRow } from './queries.ts';

export interface UserJson {
  id: number;
  username: string;
  fullName: string;
  orgId: number;
  orgName: string;
  role: UserRow['role'];
  roleLabel: string;
  clearance: number;
  disabled: boolean;
  totpEnabled: boolean;
  createdAt: string | null;
}

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
