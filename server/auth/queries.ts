// The access rule in SQL, written once, and every other statement of the auth area. Every list,
// search, get, download and export of a record with an owner and a secrecy level filters with
// visibleTo(), or with visibleToIn() — the same rule with the actor's scope resolved beforehand into
// constants (the document search). Its TypeScript twin is canSee() in domain/access.ts;
// test/api/access-property.test.ts keeps them equal. Grants (access_grants) are written only here.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../domain/roles.ts';
import type { Db } from '../db/client.ts';
import { array, one, rows, run } from '../db/sql.ts';

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

// ---- Units in scope -------------------------------------------------------------------------------

export interface ScopedOrgRow {
  id: number;
  name: string;
  short_code: string;
  kind: string;
  active: boolean;
  path: string;
  parent_id: number | null;
}

/** A unit by id when it lies in the viewer's scope (any unit for the system, `viewer` null). */
export function orgInScope(db: Db, viewer: Pick<Viewer, 'orgId'> | null, orgId: number) {
  return one<ScopedOrgRow>(
    db,
    sql`SELECT id, name, short_code, kind, active, path::text AS path, parent_id FROM orgs
         WHERE id = ${orgId}::integer ${viewer ? sql`AND ${inScope(viewer, sql`id`)}` : sql``}`,
  );
}

/** Ids of the units in the viewer's scope, within `withinOrgId`'s subtree when given. */
export async function scopeIdList(
  db: Db,
  viewer: Pick<Viewer, 'orgId'> | null,
  withinOrgId?: number,
): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`SELECT so.id FROM orgs so
         WHERE ${viewer ? sql`so.id IN ${scopeOrgIds(viewer)}` : sql`true`}
           ${withinOrgId ? sql`AND so.path <@ (SELECT sp.path FROM orgs sp WHERE sp.id = ${withinOrgId}::integer)` : sql``}`,
  );
  return r.map((x) => Number(x.id));
}

// ---- Grants: a record sent or assigned to a unit or a person --------------------------------------

export interface GrantTarget {
  entity: string;
  entityId: number;
  orgId?: number | null;
  userId?: number | null;
}

/** Adds a grant unless the same one exists. */
export async function insertGrant(db: Db, g: GrantTarget & { reason: string }): Promise<void> {
  const orgId = g.orgId ?? null;
  const userId = g.userId ?? null;
  await db.execute(sql`
    INSERT INTO access_grants (entity, entity_id, org_id, user_id, reason)
    SELECT ${g.entity}, ${g.entityId}::integer, ${orgId}::integer, ${userId}::integer, ${g.reason}
     WHERE NOT EXISTS (
       SELECT 1 FROM access_grants x
        WHERE x.entity = ${g.entity} AND x.entity_id = ${g.entityId}::integer
          AND x.org_id IS NOT DISTINCT FROM ${orgId}::integer
          AND x.user_id IS NOT DISTINCT FROM ${userId}::integer)`);
}

/**
 * Removes grants of a record: all of them, or those to one unit or person, optionally only those
 * given for one reason.
 */
export async function deleteGrants(
  db: Db,
  g: { entity: string; entityId: number; orgId?: number; userId?: number; reason?: string },
): Promise<number> {
  return run(
    db,
    sql`DELETE FROM access_grants
         WHERE entity = ${g.entity} AND entity_id = ${g.entityId}::integer
           ${g.orgId !== undefined ? sql`AND org_id = ${g.orgId}::integer` : sql``}
           ${g.userId !== undefined ? sql`AND user_id = ${g.userId}::integer` : sql``}
           ${g.reason !== undefined ? sql`AND reason = ${g.reason}` : sql``}`,
  );
}

export function grantsOf(db: Db, entity: string, entityId: number) {
  return rows<{ org_id: number | null; user_id: number | null; reason: string }>(
    db,
    sql`SELECT org_id, user_id, reason FROM access_grants
         WHERE entity = ${entity} AND entity_id = ${entityId}::integer ORDER BY created_at`,
  );
}

/** How many grants name a unit (a unit with grants may not be deleted). */
export async function grantCountForOrg(db: Db, orgId: number): Promise<number> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM access_grants WHERE org_id = ${orgId}::integer`,
  );
  return r?.n ?? 0;
}

// ---- Sessions and API tokens ----------------------------------------------------------------------

export interface ActorRow {
  user_id: number;
  username: string;
  full_name: string;
  org_id: number;
  org_path: string;
  role: Role;
  clearance: number;
}

const ACTOR_COLUMNS = sql`u.id AS user_id, u.username, u.full_name, u.org_id, o.path::text AS org_path, u.role, u.clearance`;

export async function insertSession(
  db: Db,
  s: {
    id: string;
    userId: number;
    csrfToken: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
    needsTotpEnrolment: boolean;
  },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO sessions (id, user_id, csrf_token, expires_at, ip, user_agent, needs_totp_enrolment)
    VALUES (${s.id}, ${s.userId}, ${s.csrfToken}, ${s.expiresAt}, ${s.ip}, ${s.userAgent}, ${s.needsTotpEnrolment})`);
}

/** The live session's account, or undefined when unknown, expired, idle too long or disabled. */
export function liveSession(db: Db, id: string, idleMinutes: number) {
  return one<
    ActorRow & { csrf_token: string; needs_totp_enrolment: boolean; stale: boolean; expires_ms: number }
  >(
    db,
    sql`SELECT ${ACTOR_COLUMNS}, s.csrf_token, s.needs_totp_enrolment,
               (extract(epoch FROM s.expires_at) * 1000)::float8 AS expires_ms,
               s.last_seen_at < now() - interval '1 minute' AS stale
          FROM sessions s JOIN users u ON u.id = s.user_id JOIN orgs o ON o.id = u.org_id
         WHERE s.id = ${id} AND s.expires_at > now() AND u.disabled_at IS NULL
           AND s.last_seen_at > now() - make_interval(mins => ${idleMinutes}::integer)`,
  );
}

export async function touchSession(db: Db, id: string): Promise<void> {
  await db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE id = ${id}`);
}

export async function deleteSessionById(db: Db, id: string): Promise<void> {
  await db.execute(sql`DELETE FROM sessions WHERE id = ${id}`);
}

export function deleteSessionsOfUser(db: Db, userId: number, exceptSessionId?: string): Promise<number> {
  return run(
    db,
    exceptSessionId
      ? sql`DELETE FROM sessions WHERE user_id = ${userId} AND id <> ${exceptSessionId}`
      : sql`DELETE FROM sessions WHERE user_id = ${userId}`,
  );
}

export function deleteExpiredSessions(db: Db): Promise<number> {
  return run(db, sql`DELETE FROM sessions WHERE expires_at < now() - interval '1 day'`);
}

export function liveToken(db: Db, hash: string) {
  return one<ActorRow & { token_id: number; stale: boolean }>(
    db,
    sql`SELECT ${ACTOR_COLUMNS}, t.id AS token_id,
               (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
          FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN orgs o ON o.id = u.org_id
         WHERE t.token_hash = ${hash} AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
  );
}

export async function touchToken(db: Db, tokenId: number): Promise<void> {
  await db.execute(sql`UPDATE api_tokens SET last_used_at = now() WHERE id = ${tokenId}`);
}

// ---- Login throttling -----------------------------------------------------------------------------

/** Seconds until this key is unlocked, or undefined when it is not locked. */
export async function throttleLockSeconds(db: Db, key: string): Promise<number | undefined> {
  const row = await one<{ secs: number }>(
    db,
    sql`SELECT ceil(extract(epoch FROM locked_until - now()))::integer AS secs
          FROM login_throttle WHERE key = ${key} AND locked_until > now()`,
  );
  return row?.secs;
}

export async function countThrottleFailure(
  db: Db,
  key: string,
  limit: number,
  windowMinutes: number,
  lockMinutes: number,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO login_throttle (key, failures, window_start) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${windowMinutes}::integer)
                      THEN 1 ELSE login_throttle.failures + 1 END,
      window_start = CASE WHEN login_throttle.window_start < now() - make_interval(mins => ${windowMinutes}::integer)
                      THEN now() ELSE login_throttle.window_start END`);
  await db.execute(sql`
    UPDATE login_throttle SET locked_until = now() + make_interval(mins => ${lockMinutes}::integer),
                              failures = 0, window_start = now()
     WHERE key = ${key} AND failures >= ${limit}`);
}

export async function deleteThrottle(db: Db, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM login_throttle WHERE key = ${key}`);
}
