import { describe, expect, it } from 'vitest';
import { canSee, scopeOrgIds, scopeRoots } from './access.ts';

const orgs = [
  { id: 1, path: 'o1' },
  { id: 2, path: 'o1.o2' },
  { id: 3, path: 'o1.o2.o3' },
  { id: 4, path: 'o1.o4' },
  { id: 5, path: 'o1.o5' },
  { id: 6, path: 'o1.o5.o6' },
  { id: 7, path: 'o1.o7' },
];

describe('access rule', () => {
  it('sees its subtree only', () => {
    expect([...scopeOrgIds(orgs, [], 2)].sort()).toEqual([2, 3]);
    expect(scopeOrgIds(orgs, [], 1).size).toBe(7);
  });

  it('a successor sees the subtrees of merged predecessors, through chains', () => {
    // 5 was merged into 4; later 4 was split into 7 (and others).
    const links = [
      { predecessorId: 5, successorId: 4 },
      { predecessorId: 4, successorId: 7 },
    ];
    expect(scopeRoots(orgs, links, 4).sort()).toEqual(['o1.o4', 'o1.o5']);
    expect([...scopeOrgIds(orgs, links, 7)].sort()).toEqual([4, 5, 6, 7]);
    expect([...scopeOrgIds(orgs, links, 2)].sort()).toEqual([2, 3]);
  });

  it('clearance bounds everything, grants open records outside the subtree', () => {
    const actor = { userId: 10, orgId: 2, clearance: 1 };
    const scope = scopeOrgIds(orgs, [], 2);
    expect(canSee(actor, scope, { ownerOrgId: 3, secrecy: 1, grants: [] })).toBe(true);
    expect(canSee(actor, scope, { ownerOrgId: 3, secrecy: 2, grants: [] })).toBe(false);
    expect(canSee(actor, scope, { ownerOrgId: 4, secrecy: 0, grants: [] })).toBe(false);
    expect(canSee(actor, scope, { ownerOrgId: 4, secrecy: 0, grants: [{ orgId: 3 }] })).toBe(true);
    expect(canSee(actor, scope, { ownerOrgId: 4, secrecy: 0, grants: [{ userId: 10 }] })).toBe(true);
    expect(canSee(actor, scope, { ownerOrgId: 4, secrecy: 2, grants: [{ userId: 10 }] })).toBe(false);
  });
});
