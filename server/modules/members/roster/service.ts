// What other areas read of the rolls, through this service only: the members of a unit and its
// subtree on a day (a study session's expected members), and the record linked to an account (a
// member's own attendance and reflections). The access rule is in the SQL (memberVisible).
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorizeWho, signedIn } from '../../../auth/authorize.ts';
import { scopeUnitIds } from '../../../auth/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as q from './queries.ts';

/** A member on the rolls, as other areas list them. */
export interface RosterMember {
  id: number;
  orgId: number;
  fullName: string;
  /** nameSortKey(fullName): byte order = Vietnamese name order. */
  sortKey: string;
}

/**
 * The members on the rolls of a unit and its subtree on a day (or those of them in `ids`) that the
 * account may read, in name order.
 */
export async function rosterOn(
  db: Db,
  ctx: RequestCtx,
  f: { orgId: number; on: string; ids?: readonly number[] | undefined },
): Promise<RosterMember[]> {
  const who = authorizeWho(ctx, 'member.read');
  const units = await scopeUnitIds(db, who, f.orgId);
  const found = await q.rosterOn(db, who, units, f.on, f.ids);
  return found.map((r) => ({ id: r.id, orgId: r.org_id, fullName: r.full_name, sortKey: r.sort_key }));
}

/** The member record linked to the signed-in account (its own), or null. */
export async function memberOfAccount(
  db: Db,
  ctx: RequestCtx,
): Promise<{ id: number; orgId: number; fullName: string } | null> {
  const actor = signedIn(ctx);
  const row = await q.linkedTo(db, actor.userId);
  return row ? { id: row.id, orgId: row.org_id, fullName: row.full_name } : null;
}
