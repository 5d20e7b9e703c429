// The SQL of the organisation tree: units, their dated versions, and (reorganise/queries.ts) the
// merge and split links. Accounts are read here for counts only; the users area moves them.
import { sql } from 'drizzle-orm';
import type { OrgKind } from '../../../domain/orgs.ts';
import type { Actor } from '../../auth/actor.ts';
import { inScope } from '../../auth/queries.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';

export interface OrgRow {
  id: number;
  name: string;
  short_code: string;
  kind: OrgKind;
  parent_id: number | null;
  path: string;
  active: boolean;
  valid_from: string;
  valid_to: string | null;
  /** The unit's own place name (địa danh), if set. */
  place: string | null;
  /** The nearest ancestor's place name. */
  inherited_place: string | null;
  /** The name of the root of the unit's tree (the place may be derived from it). */
  root_name: string | null;
}

export interface VersionRow {
  org_id: number;
  valid_from: string;
  valid_to: string | null;
  name: string;
  short_code: string;
  kind: OrgKind;
  parent_id: number | null;
}

export interface LinkRow {
  predecessor_id: number;
  successor_id: number;
  kind: 'merge' | 'split';
  effective_on: string;
}

const BASE = sql`id, name, short_code, kind, parent_id, path::text AS path, active, valid_from, valid_to, place`;
// One unit is read with its ancestors' place and its root's name, so that every answer can show its
// effective place; the whole tree (all()) works them out from the list itself (presenter.ts).
const COLS = sql`${BASE},
  (SELECT a.place FROM orgs a WHERE a.path @> orgs.path AND a.id <> orgs.id AND a.place IS NOT NULL
    ORDER BY nlevel(a.path) DESC LIMIT 1) AS inherited_place,
  (SELECT r.name FROM orgs r WHERE r.path = subpath(orgs.path, 0, 1)) AS root_name`;
const LIST_COLS = sql`${BASE}, NULL::text AS inherited_place, NULL::text AS root_name`;

export function byId(db: Db, id: number) {
  return one<OrgRow>(db, sql`SELECT ${COLS} FROM orgs WHERE id = ${id}`);
}

/** Locks the row for the rest of the transaction (reorganisations of one unit are serialised). */
export function byIdForUpdate(db: Db, id: number) {
  return one<OrgRow>(db, sql`SELECT ${COLS} FROM orgs WHERE id = ${id} FOR UPDATE`);
}

export function byIdInScope(db: Db, actor: Actor, id: number) {
  return one<OrgRow>(db, sql`SELECT ${COLS} FROM orgs WHERE id = ${id} AND ${inScope(actor, sql`id`)}`);
}

export function root(db: Db) {
  return one<OrgRow>(db, sql`SELECT ${COLS} FROM orgs WHERE parent_id IS NULL ORDER BY id LIMIT 1`);
}

/** Every unit (or every active one), without the place columns: see withPlaces() in presenter.ts. */
export function all(db: Db, includeInactive: boolean) {
  return rows<OrgRow>(
    db,
    includeInactive ? sql`SELECT ${LIST_COLS} FROM orgs` : sql`SELECT ${LIST_COLS} FROM orgs WHERE active`,
  );
}

export function versionsAsOf(db: Db, date: string) {
  return rows<VersionRow>(
    db,
    sql`SELECT org_id, valid_from, valid_to, name, short_code, kind, parent_id FROM org_versions
         WHERE valid_from <= ${date}::date AND (valid_to IS NULL OR valid_to > ${date}::date)`,
  );
}

export function versionsOf(db: Db, id: number) {
  return rows<VersionRow>(
    db,
    sql`SELECT org_id, valid_from, valid_to, name, short_code, kind, parent_id FROM org_versions
         WHERE org_id = ${id} ORDER BY valid_from`,
  );
}

export function openVersion(db: Db, id: number) {
  return one<VersionRow>(db, sql`SELECT * FROM org_versions WHERE org_id = ${id} AND valid_to IS NULL`);
}

export function linksOf(db: Db, id: number) {
  return rows<LinkRow>(
    db,
    sql`SELECT predecessor_id, successor_id, kind, effective_on FROM org_links
         WHERE predecessor_id = ${id} OR successor_id = ${id}`,
  );
}

export function allLinks(db: Db) {
  return rows<LinkRow>(db, sql`SELECT predecessor_id, successor_id, kind, effective_on FROM org_links`);
}

export async function insert(
  db: Db,
  o: {
    name: string;
    shortCode: string;
    kind: OrgKind;
    parentId: number | null;
    validFrom: string;
    place?: string | null | undefined;
  },
): Promise<OrgRow> {
  const row = await one<OrgRow>(
    db,
    sql`INSERT INTO orgs (id, name, short_code, kind, parent_id, path, valid_from, place)
        SELECT n.id, ${o.name}, ${o.shortCode}, ${o.kind}, ${o.parentId}::integer,
               CASE WHEN p.path IS NULL THEN text2ltree('o' || n.id) ELSE p.path || ('o' || n.id) END,
               ${o.validFrom}::date, ${o.place || null}
          FROM (SELECT nextval(pg_get_serial_sequence('orgs', 'id')) AS id) n
          LEFT JOIN orgs p ON p.id = ${o.parentId}::integer
        RETURNING ${COLS}`,
  );
  if (!row) throw new Error('insert org returned nothing');
  await db.execute(sql`
    INSERT INTO org_versions (org_id, valid_from, name, short_code, kind, parent_id)
    VALUES (${row.id}, ${o.validFrom}::date, ${o.name}, ${o.shortCode}, ${o.kind}, ${o.parentId}::integer)`);
  return row;
}

/** Closes the open version at `on` and opens a new one, or amends it when it opened that same day. */
export async function newVersion(
  db: Db,
  id: number,
  on: string,
  v: { name: string; shortCode: string; kind: OrgKind; parentId: number | null },
): Promise<void> {
  const open = await openVersion(db, id);
  if (open && open.valid_from === on) {
    await db.execute(sql`
      UPDATE org_versions SET name = ${v.name}, short_code = ${v.shortCode}, kind = ${v.kind}, parent_id = ${v.parentId}::integer
       WHERE org_id = ${id} AND valid_from = ${on}::date`);
    return;
  }
  if (open)
    await db.execute(
      sql`UPDATE org_versions SET valid_to = ${on}::date WHERE org_id = ${id} AND valid_to IS NULL`,
    );
  await db.execute(sql`
    INSERT INTO org_versions (org_id, valid_from, name, short_code, kind, parent_id)
    VALUES (${id}, ${on}::date, ${v.name}, ${v.shortCode}, ${v.kind}, ${v.parentId}::integer)`);
}

export async function closeVersion(db: Db, id: number, on: string): Promise<void> {
  // A version opened that very day never took effect: drop it rather than leave an empty period.
  await db.execute(
    sql`DELETE FROM org_versions WHERE org_id = ${id} AND valid_to IS NULL AND valid_from >= ${on}::date`,
  );
  await db.execute(
    sql`UPDATE org_versions SET valid_to = ${on}::date WHERE org_id = ${id} AND valid_to IS NULL`,
  );
}

export async function rename(db: Db, id: number, name: string, shortCode: string): Promise<void> {
  await db.execute(sql`UPDATE orgs SET name = ${name}, short_code = ${shortCode} WHERE id = ${id}`);
}

export async function setPlace(db: Db, id: number, place: string | null): Promise<void> {
  await db.execute(sql`UPDATE orgs SET place = ${place} WHERE id = ${id}`);
}

/** Moves a unit and its whole subtree under a new parent (one statement, paths rewritten). */
export async function moveSubtree(db: Db, org: OrgRow, parent: OrgRow): Promise<void> {
  await db.execute(sql`
    UPDATE orgs SET path = ${parent.path}::ltree || subpath(path, nlevel(${org.path}::ltree) - 1)
     WHERE path <@ ${org.path}::ltree`);
  await db.execute(sql`UPDATE orgs SET parent_id = ${parent.id} WHERE id = ${org.id}`);
}

export async function deactivate(db: Db, id: number, on: string): Promise<void> {
  await db.execute(sql`UPDATE orgs SET active = false, valid_to = ${on}::date WHERE id = ${id}`);
  await closeVersion(db, id, on);
}

export function activeChildren(db: Db, id: number) {
  return rows<OrgRow>(db, sql`SELECT ${COLS} FROM orgs WHERE parent_id = ${id} AND active`);
}

export function activeChildNames(db: Db, parentId: number) {
  return rows<{ id: number; name: string }>(
    db,
    sql`SELECT id, name FROM orgs WHERE parent_id = ${parentId} AND active`,
  );
}

/** How many accounts a unit has (a unit with accounts may not be dissolved). */
export async function accountCount(db: Db, orgId: number): Promise<number> {
  const r = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::integer AS n FROM users WHERE org_id = ${orgId}`,
  );
  return r?.n ?? 0;
}

/** What refers to a unit: children, accounts, merge/split links (grants are counted by server/auth). */
export async function usage(db: Db, id: number): Promise<{ children: number; users: number; links: number }> {
  const r = await one<{ children: number; users: number; links: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM orgs WHERE parent_id = ${id})::integer AS children,
               (SELECT count(*) FROM users WHERE org_id = ${id})::integer AS users,
               (SELECT count(*) FROM org_links WHERE predecessor_id = ${id} OR successor_id = ${id})::integer AS links`,
  );
  return r ?? { children: 0, users: 0, links: 0 };
}

export async function remove(db: Db, id: number): Promise<void> {
  await db.execute(sql`DELETE FROM orgs WHERE id = ${id}`);
}

/**
 * The version of the units' data: the row 'org_tree' of cache_versions, bumped by the database's
 * triggers in every transaction that writes orgs, org_versions or org_links (migration 0008).
 */
export async function treeVersion(db: Db): Promise<number> {
  const row = await one<{ version: number | string }>(
    db,
    sql`SELECT version FROM cache_versions WHERE name = 'org_tree'`,
  );
  if (!row) throw new Error('cache_versions has no org_tree row (migration 0008)');
  return Number(row.version);
}
