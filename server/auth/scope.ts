// "Is this unit mine?": the one lookup every area uses before acting for a unit. The scope itself is
// the SQL of queries.ts (scopeOrgIds); nothing else restates it.
import type { Db } from '../db/client.ts';
import { notFound, RuleError } from '../http/errors.ts';
import type { Who } from './actor.ts';
import { orgInScope, type ResolvedScope, resolveScope, type ScopedOrgRow, scopeIdList } from './queries.ts';

export type { ResolvedScope, ScopedOrgRow };

/** The unit when it lies in the account's scope (any unit for the system); 404 otherwise. */
export async function unitInScope(db: Db, who: Who, orgId: number): Promise<ScopedOrgRow> {
  const org = await orgInScope(db, who, orgId);
  if (!org) throw notFound('Đơn vị');
  return org;
}

/** As unitInScope(), and the unit must still be active (422 `org_inactive` otherwise). */
export async function activeUnitInScope(db: Db, who: Who, orgId: number): Promise<ScopedOrgRow> {
  const org = await unitInScope(db, who, orgId);
  if (!org.active) throw new RuleError('org_inactive', `Đơn vị «${org.name}» đã ngừng hoạt động.`);
  return org;
}

/** Any existing active unit, in scope or not (a recipient, a unit a task is passed to); 404 otherwise. */
export async function activeUnit(db: Db, orgId: number): Promise<ScopedOrgRow> {
  const org = await orgInScope(db, null, orgId);
  if (!org?.active) throw notFound('Đơn vị');
  return org;
}

/**
 * The ids of the units in the account's scope (every unit for the system), within one unit's
 * subtree when given: for list queries that read `owner = ANY(ids)`, which PostgreSQL estimates from
 * its statistics and serves by index.
 */
export function scopeUnitIds(db: Db, who: Who, withinOrgId?: number): Promise<number[]> {
  return scopeIdList(db, who, withinOrgId);
}

/** The account's scope read once as constants (see visibleToIn). */
export function resolvedScope(db: Db, who: { orgId: number }): Promise<ResolvedScope> {
  return resolveScope(db, who);
}
