// The access rule of DESIGN.md §3 in SQL, written once. Every list, search, get, download and export
// of a record with an owner and a secrecy level filters with visibleTo(), or with visibleToIn() — the
// same rule with the actor's scope resolved beforehand into constants (the document search). Its
// TypeScript twin is canSee() in domain/access.ts; test/api/access-property.test.ts keeps the three
// equal.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { array, one } from '../db/sql.ts';

/**
 * Who is looking: an actor's values, or SQL expressions (e.g. `u.org_id`) to ask the same rule of
 * many accounts in one query (who may sign this document?).
 */
export interface Viewer {
  orgId: number | SQL;
  userId: number | SQL;
  clearance: number | SQL;
}

/** Ids of the units in the actor's scope (its subtree and the subtrees of merged/split predecessors). */
export function scopeOrgIds(actor: Pick<Viewer, 'orgId'>): SQL {
  // The scalar subquery makes PostgreSQL compute the roots once per statement (an InitPlan), not
  // once per unit row: 147 ms → 3 ms over 18,000 units.
  return sql`(SELECT so.id FROM orgs so WHERE so.path <@ (SELECT org_scope_roots(${actor.orgId}::integer)))`;
}

/** Whether a unit id lies in the actor's scope. */
export function inScope(actor: Pick<Viewer, 'orgId'>, orgId: SQL): SQL {
  return sql`(${orgId} IN ${scopeOrgIds(actor)})`;
}

export interface RecordColumns {
  /** The record kind as written in access_grants.entity, e.g. 'document'. */
  entity: string;
  id: SQL;
  ownerOrgId: SQL;
  secrecy: SQL;
}

export function visibleTo(actor: Viewer, r: RecordColumns): SQL {
  return sql`(${r.secrecy} <= ${actor.clearance}::integer AND (
    ${inScope(actor, r.ownerOrgId)}
    OR EXISTS (
      SELECT 1 FROM access_grants g
       WHERE g.entity = ${r.entity} AND g.entity_id = ${r.id}
         AND (g.user_id = ${actor.userId}::integer OR ${inScope(actor, sql`g.org_id`)})
    )
  ))`;
}

/**
 * An actor's scope resolved once, as constants: `whole` when it holds every unit (every owner is then
 * in scope), otherwise the ids of its units — the same set as scopeOrgIds(), read in one statement.
 */
export type ResolvedScope = { whole: true } | { whole: false; ids: number[] };

export async function resolveScope(db: Db, actor: { orgId: number }): Promise<ResolvedScope> {
  // The set is scopeOrgIds(), computed once; the ids are only sent when it is not the whole tree
  // (18,000 units for the city's people). A subset of orgs with as many ids as orgs is all of it.
  const r = await one<{ whole: boolean; ids: number[] }>(
    db,
    sql`WITH s AS MATERIALIZED ${scopeOrgIds(actor)},
             w AS MATERIALIZED (SELECT (SELECT count(*) FROM s) = (SELECT count(*) FROM orgs) AS whole)
        SELECT w.whole,
               CASE WHEN w.whole THEN '{}'::integer[] ELSE ARRAY(SELECT s.id FROM s ORDER BY s.id) END AS ids
          FROM w`,
  );
  if (!r) throw new Error('resolveScope: no answer');
  return r.whole ? { whole: true } : { whole: false, ids: r.ids.map(Number) };
}

/**
 * visibleTo() with the scope as constants (resolveScope): `owner = ANY(ids) OR id = ANY(ARRAY(granted
 * ids))`, which PostgreSQL estimates from its statistics and can serve by index, where visibleTo's
 * subqueries are a filter on every row. A whole-tree scope sees every owner, so only the clearance is
 * left: `ownerOrgId` must then be a NOT NULL reference to orgs (as documents.owner_org_id is).
 */
export function visibleToIn(
  scope: ResolvedScope,
  actor: { userId: number; clearance: number },
  r: RecordColumns,
): SQL {
  if (scope.whole) return sql`(${r.secrecy} <= ${actor.clearance}::integer)`;
  const ids = array(scope.ids);
  return sql`(${r.secrecy} <= ${actor.clearance}::integer AND (
    ${r.ownerOrgId} = ANY(${ids}::integer[])
    OR ${r.id} = ANY(ARRAY(
      SELECT g.entity_id FROM access_grants g
       WHERE g.entity = ${r.entity}
         AND (g.user_id = ${actor.userId}::integer OR g.org_id = ANY(${ids}::integer[]))
    ))
  ))`;
}
