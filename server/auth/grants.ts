// Grants: a record explicitly sent or assigned to a unit or a person, which the access rule then
// lets them see (within clearance). Every area grants and revokes through these two functions; the
// table is written nowhere else.
import type { Db } from '../db/client.ts';
import { deleteGrants, type GrantTarget, grantCountForOrg, grantsOf, insertGrant } from './queries.ts';

export type { GrantTarget };

/** Lets a unit (and, through the scope rule, the units above it) or a person see a record. */
export function grant(db: Db, target: GrantTarget & { reason: string }): Promise<void> {
  if ((target.orgId == null) === (target.userId == null)) {
    throw new Error('grant: exactly one of orgId and userId');
  }
  return insertGrant(db, target);
}

/**
 * Takes grants back: every grant of the record, or only those to one unit or person, or only those
 * given for one reason.
 */
export function revoke(
  db: Db,
  target: { entity: string; entityId: number; orgId?: number; userId?: number; reason?: string },
): Promise<number> {
  return deleteGrants(db, target);
}

export function grantsOfRecord(db: Db, entity: string, entityId: number) {
  return grantsOf(db, entity, entityId);
}

export function grantsNamingUnit(db: Db, orgId: number): Promise<number> {
  return grantCountForOrg(db, orgId);
}
