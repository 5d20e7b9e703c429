// SQL of the registers and the search: filters, the newest-first listing, and one ranked window.
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../auth/actor.ts';
import { resolveScope, visibleToIn } from '../../../auth/queries.ts';
import type { Db } from '../../../db/client.ts';
import { one, rows } from '../../../db/sql.ts';
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

export function filterConditions(f: Filters): SQL[] {
  const conds: SQL[] = [];
  if (f.direction) conds.push(sql`d.direction = ${f.direction}`);
  if (f.typeCode) conds.push(sql`d.type_code = ${f.typeCode}`);
  if (f.orgId)
    conds.push(
      sql`d.owner_org_id IN (SELECT id FROM orgs WHERE path <@ (SELECT path FROM orgs WHERE id = ${f.orgId}))`,
    );
  // The incoming register is kept by the date a document arrived; the others by their own date.
  const dateCol = f.direction === 'in' ? sql`d.received_on` : sql`coalesce(d.issued_on, d.received_on)`;
  if (f.from) conds.push(sql`${dateCol} >= ${f.from}::date`);
  if (f.to) conds.push(sql`${dateCol} <= ${f.to}::date`);
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
export async function docVisibleResolved(db: Db, actor: Actor): Promise<SQL> {
  return visibleToIn(await resolveScope(db, actor), actor, DOC_RECORD);
}

/** A tsquery of the folded terms; the last one also matches as a prefix (search as you type). */
export function tsQuery(text: string): SQL {
  return sql`to_tsquery('simple', ${text})`;
}

/** The words match the stored tsvector; a symbol fragment also matches the folded symbol by trigram. */
export function matchCondition(tsq: SQL, fragment: string | null): SQL {
  return fragment
    ? sql`(d.search @@ ${tsq} OR vn_fold(coalesce(d.symbol, '')) LIKE ${`%${fragment.replace(/[%_\\]/g, '\\$&')}%`})`
    : sql`d.search @@ ${tsq}`;
}

export async function maxDocumentId(db: Db): Promise<number> {
  const top = await one<{ id: string | number }>(db, sql`SELECT coalesce(max(id), 0) AS id FROM documents`);
  return Number(top?.id ?? 0);
}

/**
 * One window: the newest `candidates` matches above `floor` (0: everything), ranked, and the page at
 * `offset`; each row also says how many candidates the window held.
 */
export function rankedWindow(
  db: Db,
  p: { match: SQL; conds: SQL[]; tsq: SQL; floor: number; candidates: number; limit: number; offset: number },
) {
  return rows<Hit & { candidates: number | string }>(
    db,
    sql`WITH cand AS MATERIALIZED (
          SELECT d.id, d.search FROM documents d
           WHERE ${p.match} AND ${sql.join(p.conds, sql` AND `)} ${p.floor > 0 ? sql`AND d.id > ${p.floor}::bigint` : sql``}
           ORDER BY d.id DESC LIMIT ${p.candidates}
        ), ranked AS (
          SELECT id, ts_rank_cd(search, ${p.tsq}) AS rank FROM cand
           ORDER BY rank DESC, id DESC LIMIT ${p.limit + 1} OFFSET ${p.offset}
        )
        SELECT ${DOC_COLS}, left(d.files_text, 20000) AS files_excerpt, r.rank,
               (SELECT count(*) FROM cand)::integer AS candidates
          FROM ranked r JOIN documents d ON d.id = r.id JOIN orgs o ON o.id = d.owner_org_id
         ORDER BY r.rank DESC, d.id DESC`,
  );
}
