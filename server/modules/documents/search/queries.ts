// SQL of the registers and the search: filters, the newest-first listing, and one ranked window.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { resolveScope, visibleToIn } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { array, one, rows } from '../../../db/sql.ts';
import { DOC_COLS, DOC_RECORD, type DocRow, docVisible } from '../queries.ts';

export interface Hit extends DocRow {
  files_excerpt: string | null;
  rank: number | null;
}

export interface Filters {
  direction?: 'in' | 'out' | 'internal' | undefined;
  typeCode?: string | undefined;
  orgId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  secrecy?: number | undefined;
  status?: string | undefined;
  signerId?: number | undefined;
}

/**
 * The date a document is kept by in the register, newest first: the incoming register by the day a
 * document arrived, the others by its own date; an undated draft by the day it was made. Both forms
 * are indexed with the id (migration 0024), so the search walks them newest first and a date filter
 * is a range of the same index.
 */
export function dateKey(direction: Filters['direction']): SQL {
  return direction === 'in'
    ? sql`coalesce(d.received_on, (d.created_at AT TIME ZONE 'UTC')::date)`
    : sql`coalesce(d.issued_on, d.received_on, (d.created_at AT TIME ZONE 'UTC')::date)`;
}

export function filterConditions(f: Filters): SQL[] {
  const conds: SQL[] = [];
  if (f.direction) conds.push(sql`d.direction = ${f.direction}`);
  if (f.typeCode) conds.push(sql`d.type_code = ${f.typeCode}`);
  if (f.orgId)
    conds.push(
      sql`d.owner_org_id IN (SELECT id FROM orgs WHERE path <@ (SELECT path FROM orgs WHERE id = ${f.orgId}))`,
    );
  const key = dateKey(f.direction);
  if (f.from) conds.push(sql`${key} >= ${f.from}::date`);
  if (f.to) conds.push(sql`${key} <= ${f.to}::date`);
  if (f.secrecy !== undefined) conds.push(sql`d.secrecy = ${f.secrecy}`);
  if (f.status) conds.push(sql`d.status = ${f.status}`);
  if (f.signerId) conds.push(sql`d.signer_id = ${f.signerId}`);
  return conds;
}

/** Without words: the register newest first, from before the cursor's id. */
export function browse(db: Db, actor: Actor, conds: SQL[], beforeId: number | undefined, limit: number) {
  const all = [docVisible(actor), ...conds, ...(beforeId ? [sql`d.id < ${beforeId}`] : [])];
  return rows<Hit>(
    db,
    sql`SELECT ${DOC_COLS}, NULL::text AS files_excerpt, NULL::real AS rank
          FROM documents d JOIN orgs o ON o.id = d.owner_org_id
         WHERE ${sql.join(all, sql` AND `)}
         ORDER BY d.id DESC LIMIT ${limit}`,
  );
}

/**
 * The access rule with the actor's scope read once into constants (one extra statement): the
 * search's form, which the planner can serve by index for a ward and reduces to the clearance for
 * the city.
 */
export async function docVisibleResolved(db: Db, actor: Actor): Promise<{ cond: SQL; ids: number[] | null }> {
  const scope = await resolveScope(db, actor);
  return { cond: visibleToIn(scope, actor, DOC_RECORD), ids: scope.whole ? null : scope.ids };
}

/** A tsquery of the folded terms; the last one also matches as a prefix (search as you type). */
export function tsQuery(text: string): SQL {
  return sql`to_tsquery('simple', ${text})`;
}

/**
 * The words match the stored tsvector; a symbol fragment also matches the folded symbol by trigram.
 * `indexed: false` writes the word test as the function `ts_match_vq`, which no index serves: the
 * planner then walks the date-ordered index (or the scope's units) and tests each row's tsvector,
 * instead of reading the words' whole posting lists from the GIN index.
 */
export function matchCondition(tsq: SQL, fragment: string | null, indexed: boolean): SQL {
  const words = indexed ? sql`d.search @@ ${tsq}` : sql`ts_match_vq(d.search, ${tsq})`;
  return fragment
    ? sql`(${words} OR vn_fold(coalesce(d.symbol, '')) LIKE ${`%${fragment.replace(/[%_\\]/g, '\\$&')}%`})`
    : words;
}

/**
 * The words' test made only on rows that pass the filters: PostgreSQL orders conditions of equal
 * cost as it likes (it put the tsvector test before `type_code = …` on a walk, decompressing every
 * walked row's tsvector); a CASE is evaluated in the order written.
 */
export function testedAfter(filters: SQL[], match: SQL): SQL {
  return filters.length === 0
    ? match
    : sql`(CASE WHEN ${sql.join(filters, sql` AND `)} THEN ${match} ELSE false END)`;
}

/** One field of the planner's statistics of a column of documents (`field`: a constant of this file). */
function stat(column: string, field: string): SQL {
  return sql`(SELECT s.${sql.raw(field)} FROM pg_stats s
               WHERE s.schemaname = current_schema() AND s.tablename = 'documents' AND s.attname = ${column})`;
}

/** The planner's statistics the search plans with, and the register's size and dates. */
export async function searchStats(db: Db) {
  return one<{
    elems: string[] | null;
    freqs: number[] | null;
    reltuples: number | string | null;
    first: string | null;
    last: string | null;
    owners: string[] | null;
    owner_freqs: number[] | null;
    owner_distinct: number | string | null;
    types: string[] | null;
    type_freqs: number[] | null;
    type_distinct: number | string | null;
    directions: string[] | null;
    direction_freqs: number[] | null;
  }>(
    db,
    sql`SELECT ${stat('search', 'most_common_elems::text::text[]')} AS elems,
               ${stat('search', 'most_common_elem_freqs')} AS freqs,
               (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'documents'::regclass)::float8 AS reltuples,
               (SELECT min(${dateKey(undefined)}) FROM documents d)::text AS first,
               (SELECT max(${dateKey(undefined)}) FROM documents d)::text AS last,
               ${stat('owner_org_id', 'most_common_vals::text::text[]')} AS owners,
               ${stat('owner_org_id', 'most_common_freqs')} AS owner_freqs,
               ${stat('owner_org_id', 'n_distinct')} AS owner_distinct,
               ${stat('type_code', 'most_common_vals::text::text[]')} AS types,
               ${stat('type_code', 'most_common_freqs')} AS type_freqs,
               ${stat('type_code', 'n_distinct')} AS type_distinct,
               ${stat('direction', 'most_common_vals::text::text[]')} AS directions,
               ${stat('direction', 'most_common_freqs')} AS direction_freqs`,
  );
}

/**
 * The documents the units own, counted up to `cap` (a bounded probe: the owner index's entries, not
 * the rows): a scope's share of the register measured rather than estimated from skewed statistics.
 */
export async function countOwned(db: Db, ids: number[], cap: number): Promise<number> {
  const r = await one<{ n: number | string }>(
    db,
    sql`SELECT count(*) AS n FROM (SELECT 1 FROM documents d
          WHERE d.owner_org_id = ANY(${array(ids)}::int[]) LIMIT ${cap}) x`,
  );
  return Number(r?.n ?? 0);
}

export async function countDocuments(db: Db): Promise<number> {
  const r = await one<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM documents`);
  return Number(r?.n ?? 0);
}

/** Where the register ends now: the newest id and the newest date (of the incoming register for 'in'). */
export async function registerTop(db: Db, direction: Filters['direction']) {
  const key = dateKey(direction);
  const r = await one<{ id: number | string | null; top: string | null }>(
    db,
    sql`SELECT (SELECT max(d.id) FROM documents d) AS id,
               (SELECT max(${key}) FROM documents d ${direction === 'in' ? sql`WHERE d.direction = 'in'` : sql``})::text AS top`,
  );
  return { id: Number(r?.id ?? 0), top: r?.top ?? null };
}

export interface WindowMatch {
  id: number | string;
  rank: number | string;
}

/**
 * One look: the newest `need` matches (in the register's date order) with an id up to `ceiling` and,
 * when `floor` is set, dated from `floor` on; each with its rank. `indexed` (the GIN form) also orders
 * by an expression no index holds, so that the planner reads the posting lists and sorts the few
 * matches rather than walking the date index; the walk form orders by the index itself.
 */
export function windowMatches(
  db: Db,
  p: {
    match: SQL;
    conds: SQL[];
    tsq: SQL;
    key: SQL;
    ceiling: number;
    floor: string | null;
    need: number;
    indexed: boolean;
  },
) {
  const order = p.indexed ? sql`(${p.key} + 0) DESC, d.id + 0 DESC` : sql`${p.key} DESC, d.id DESC`;
  return rows<WindowMatch>(
    db,
    sql`SELECT c.id, ts_rank_cd(c.search, ${p.tsq}) AS rank
          FROM (SELECT d.id, d.search FROM documents d
                 WHERE ${sql.join(p.conds, sql` AND `)} AND d.id <= ${p.ceiling}::bigint
                       ${p.floor ? sql`AND ${p.key} >= ${p.floor}::date` : sql``}
                       AND ${p.match}
                 ORDER BY ${order} LIMIT ${p.need}) c`,
  );
}

/** The documents of a page, with the start of their files' text for the snippet. */
export function pageRows(db: Db, ids: number[]) {
  return rows<Hit>(
    db,
    sql`SELECT ${DOC_COLS}, left(d.files_text, 20000) AS files_excerpt, NULL::real AS rank
          FROM documents d JOIN orgs o ON o.id = d.owner_org_id
         WHERE d.id = ANY(${array(ids)}::bigint[])`,
  );
}
