// Roles, clearances and what each role may ever do. Scope (which records) is the access rule in
// access.ts; this table answers only "may this role perform this kind of action at all".

export const ROLES = ['admin', 'leader', 'clerk', 'specialist', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  leader: 'Lãnh đạo',
  clerk: 'Văn thư',
  specialist: 'Chuyên viên',
  member: 'Đảng viên',
};

export const SECRECY_LABELS = ['Thường', 'Mật', 'Tối mật', 'Tuyệt mật'] as const;
export const URGENCY_LABELS = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;
export type Level = 0 | 1 | 2 | 3;

export const ACTIONS = [
  'org.manage', // create, rename, move, merge, split, delete units
  'user.read', // list accounts of the units in scope
  'user.manage', // create, edit, disable, reset accounts
  'audit.read',
  'settings.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Action, readonly Role[]> = {
  'org.manage': ['admin'],
  'user.read': ['admin', 'leader', 'clerk'],
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
};

export function roleCan(role: Role, action: Action): boolean {
  return GRANTS[action].includes(role);
}

/** Roles whose accounts an admin can oblige to use a second factor (DESIGN.md §2). */
export const TOTP_REQUIRABLE_ROLES: readonly Role[] = ['admin', 'leader'];
