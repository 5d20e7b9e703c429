import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, roleCan } from './roles.ts';

describe('role grants', () => {
  it('only admins manage units, accounts, settings and read the audit log', () => {
    for (const action of ['org.manage', 'user.manage', 'audit.read', 'settings.manage'] as const) {
      expect(ROLES.filter((r) => roleCan(r, action))).toEqual(['admin']);
    }
  });
  it('members and specialists cannot list accounts', () => {
    expect(roleCan('member', 'user.read')).toBe(false);
    expect(roleCan('specialist', 'user.read')).toBe(false);
    expect(roleCan('clerk', 'user.read')).toBe(true);
  });
  it('every action is granted to someone', () => {
    for (const a of ACTIONS) expect(ROLES.some((r) => roleCan(r, a))).toBe(true);
  });
});
