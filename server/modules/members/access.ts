// Who sees a member's record (DESIGN.md §3 with the privacy rule of issue 7): staff see the members
// of the units in their scope within their clearance (visibleTo, entity 'member', owner = the
// member's unit), or records explicitly granted (a temporary transfer grants the host unit); an
// account with role member sees only the record linked to it. Everyone sees their own record.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/actor.ts';
import { inScope, visibleTo } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { array, rows } from '../../db/sql.ts';

export const MEMBER_ENTITY = 'member';

/** SQL predicate: the actor may read the member row aliased `alias` (default `m`). */
export function memberVisible(actor: Actor, alias = 'm'): SQL {
  const a = sql.raw(alias);
  const own = sql`${a}.user_id = ${actor.userId}::integer`;
  if (actor.role === 'member') return sql`(${own})`;
  return sql`(${own} OR ${visibleTo(actor, {
    entity: MEMBER_ENTITY,
    id: sql`${a}.id`,
    ownerOrgId: sql`${a}.org_id`,
    secrecy: sql`${a}.secrecy`,
  })})`;
}

/**
 * SQL predicate for changing a member: staff, the member's unit in scope and its secrecy within
 * clearance. A grant lets a host unit read a record, not change it.
 */
export function memberManaged(actor: Actor, alias = 'm'): SQL {
  const a = sql.raw(alias);
  if (actor.role === 'member') return sql`false`;
  return sql`(${a}.secrecy <= ${actor.clearance}::integer AND ${inScope(actor, sql`${a}.org_id`)})`;
}

/**
 * Ids of the units in the actor's scope (within `orgId`'s subtree when given), fetched once so that
 * list queries can use `m.org_id = ANY(ids)`: PostgreSQL then estimates it from the statistics and
 * reads a ward's or a chi bộ's members through the (org_id, sort_key) index instead of walking the
 * whole name index. The access rule itself (memberVisible) is still part of every query.
 */
export async function unitIds(db: Db, actor: Actor, orgId?: number): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`SELECT so.id FROM orgs so
         WHERE so.path <@ (SELECT org_scope_roots(${actor.orgId}::integer))
           ${orgId ? sql`AND so.path <@ (SELECT sp.path FROM orgs sp WHERE sp.id = ${orgId}::integer)` : sql``}`,
  );
  return r.map((x) => x.id);
}

/** `m.org_id = ANY(ids)` for alias `m`. */
export function orgIn(ids: readonly number[], alias = 'm'): SQL {
  return sql`${sql.raw(alias)}.org_id = ANY(${array(ids)}::integer[])`;
}
