// The access rule (docs/design.md) in TypeScript. Its SQL twin is `visibleTo` in
// server/auth/queries.ts; a property test keeps the two equal.
import type { Role } from './roles.ts';

export interface OrgNode {
  id: number;
  /** ltree path, labels joined by '.' (root first). */
  path: string;
}

/** Links from a merged or split unit to its successors: records of the predecessor stay visible. */
export interface OrgLink {
  predecessorId: number;
  successorId: number;
}

export interface Actor {
  userId: number;
  orgId: number;
  clearance: number;
}

export interface AccessRecord {
  ownerOrgId: number;
  secrecy: number;
  /** Units and people the record was explicitly sent or assigned to. */
  grants: { orgId?: number | null; userId?: number | null }[];
}

export function isUnder(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/**
 * The units whose records an actor's unit sees: its subtree, plus the subtrees of every unit that
 * was merged or split into a unit of that subtree (followed through chains of reorganisations).
 */
export function scopeRoots(orgs: readonly OrgNode[], links: readonly OrgLink[], orgId: number): string[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const home = byId.get(orgId);
  if (!home) return [];
  const roots = [home.path];
  let changed = true;
  while (changed) {
    changed = false;
    for (const l of links) {
      const succ = byId.get(l.successorId);
      const pred = byId.get(l.predecessorId);
      if (!succ || !pred) continue;
      if (roots.some((r) => isUnder(succ.path, r)) && !roots.includes(pred.path)) {
        roots.push(pred.path);
        changed = true;
      }
    }
  }
  return roots;
}

export function scopeOrgIds(orgs: readonly OrgNode[], links: readonly OrgLink[], orgId: number): Set<number> {
  const roots = scopeRoots(orgs, links, orgId);
  return new Set(orgs.filter((o) => roots.some((r) => isUnder(o.path, r))).map((o) => o.id));
}

/**
 * May the actor see the record? Within clearance, and either owned inside the actor's scope or
 * explicitly sent/assigned to a unit of that scope or to the actor.
 */
export function canSee(actor: Actor, scope: ReadonlySet<number>, record: AccessRecord): boolean {
  if (record.secrecy > actor.clearance) return false;
  if (scope.has(record.ownerOrgId)) return true;
  return record.grants.some(
    (g) => (g.userId != null && g.userId === actor.userId) || (g.orgId != null && scope.has(g.orgId)),
  );
}

// ---- Party members' records ---------------------------------------------------------------------
// The SQL twins are memberVisible() and memberManaged() in server/modules/members/queries.ts;
// test/api/access-property-members.test.ts keeps them equal.

/** A member's record for the access rule: owned by the member's unit, linked to an account or not. */
export interface MemberAccessRecord extends AccessRecord {
  /** The account linked to the record (members.user_id), if any. */
  userId: number | null;
}

/**
 * May the account read the member's record? An account with role member sees only the record linked
 * to it; staff see by canSee() (entity 'member', owner = the member's unit, the grants of transfers
 * and residences), and their own record too.
 */
export function canSeeMember(
  actor: Actor & { role: Role },
  scope: ReadonlySet<number>,
  member: MemberAccessRecord,
): boolean {
  const own = member.userId !== null && member.userId === actor.userId;
  if (actor.role === 'member') return own;
  return own || canSee(actor, scope, member);
}

/**
 * May the account change the member's record? Staff only, the member's unit in scope and the
 * record's secrecy within clearance: a grant lets a unit read a record, never change it, and the
 * link to one's own account gives nothing either.
 */
export function canManageMember(
  actor: Actor & { role: Role },
  scope: ReadonlySet<number>,
  member: MemberAccessRecord,
): boolean {
  if (actor.role === 'member') return false;
  return canSee(actor, scope, { ...member, grants: [] });
}
