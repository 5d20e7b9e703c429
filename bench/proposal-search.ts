// A proposed shape for the search query (server/modules/documents/search.ts), measured beside the
// current one on the same database and checked to return the same documents in the same order.
// Two changes: (1) the access rule with the actor's scope as an array constant — owner = ANY(scope)
// OR id = ANY(ARRAY(granted ids)) — which PostgreSQL estimates from its statistics and serves with
// documents_owner_date and the primary key (a ward's 0.7% of the register is read by index, not
// found by scanning the whole register), and left out when the scope holds every unit; (2) the 1,000
// newest matches are looked for among the newest 100,000 documents first (id > a floor, widened ×8
// until 1,000 are found), so a frequent word combination never makes PostgreSQL collect and sort all
// its matches.
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { looksLikeSymbol } from '../domain/documents.ts';
import { queryTerms } from '../domain/search.ts';
import { fold } from '../domain/text.ts';
import type { Actor } from '../server/auth/actor.ts';
import { array } from '../server/db/sql.ts';
import { DOC_COLS } from '../server/modules/documents/queries.ts';
import type { BenchDb } from './lib/db.ts';
import { summarise } from './lib/stats.ts';
import { captureSql } from './measure-search.ts';
import { QUERIES, type SearchQuery } from './queries.ts';

const CANDIDATES = 1000;
const FIRST_WINDOW = 100_000;
const dialect = new PgDialect();

function tsQueryText(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 && t.length >= 3 ? `${t}:*` : t)).join(' & ');
}

export async function scopeIds(bdb: BenchDb, actor: Actor): Promise<number[]> {
  const r = await bdb.query<{ id: number }>(
    'SELECT so.id FROM orgs so WHERE so.path <@ (SELECT org_scope_roots($1::integer))',
    [actor.orgId],
  );
  return r.map((x) => x.id);
}

function proposedSql(actor: Actor, scope: number[] | 'all', f: SearchQuery, floor: number): SQL {
  const terms = queryTerms(f.q);
  const fragment = fold(f.q).trim();
  const tsq = sql`to_tsquery('simple', ${tsQueryText(terms)})`;
  const match =
    looksLikeSymbol(f.q) && fragment.length >= 3
      ? sql`(d.search @@ ${tsq} OR vn_fold(coalesce(d.symbol, '')) LIKE ${`%${fragment.replace(/[%_\\]/g, '\\$&')}%`})`
      : sql`d.search @@ ${tsq}`;
  // A scope that holds every unit (the Thành ủy's people) sees every owner: only the clearance is left.
  const conds: SQL[] = [sql`d.secrecy <= ${actor.clearance}::integer`];
  if (scope !== 'all')
    conds.push(sql`(d.owner_org_id = ANY(${array(scope)}::integer[]) OR d.id = ANY(ARRAY(
          SELECT g.entity_id FROM access_grants g WHERE g.entity = 'document'
             AND (g.user_id = ${actor.userId}::integer OR g.org_id = ANY(${array(scope)}::integer[])))))`);
  if (f.direction) conds.push(sql`d.direction = ${f.direction}`);
  if (f.typeCode) conds.push(sql`d.type_code = ${f.typeCode}`);
  const dateCol = f.direction === 'in' ? sql`d.received_on` : sql`coalesce(d.issued_on, d.received_on)`;
  if (f.from) conds.push(sql`${dateCol} >= ${f.from}::date`);
  if (f.to) conds.push(sql`${dateCol} <= ${f.to}::date`);
  if (floor > 0) conds.push(sql`d.id > ${floor}::bigint`);
  return sql`WITH cand AS MATERIALIZED (
          SELECT d.id, d.search FROM documents d
           WHERE ${match} AND ${sql.join(conds, sql` AND `)}
           ORDER BY d.id DESC LIMIT ${CANDIDATES}
        ), ranked AS (
          SELECT id, ts_rank_cd(search, ${tsq}) AS rank FROM cand
           ORDER BY rank DESC, id DESC LIMIT 21 OFFSET 0
        )
        SELECT ${DOC_COLS}, left(d.files_text, 20000) AS files_excerpt, r.rank,
               (SELECT count(*) FROM cand) AS candidates
          FROM ranked r JOIN documents d ON d.id = r.id JOIN orgs o ON o.id = d.owner_org_id
         ORDER BY r.rank DESC, d.id DESC`;
}

/** The proposed search: windows of the newest ids, widened until 1,000 candidates or the whole register. */
async function proposed(bdb: BenchDb, actor: Actor, scope: number[] | 'all', f: SearchQuery, maxId: number) {
  let window = FIRST_WINDOW;
  for (;;) {
    const floor = Math.max(0, maxId - window);
    const q = dialect.sqlToQuery(proposedSql(actor, scope, f, floor));
    const rows = await bdb.query<{ id: number | string; candidates: number | string }>(q.sql, q.params);
    if (floor === 0 || Number(rows[0]?.candidates ?? 0) >= CANDIDATES) return rows.map((r) => Number(r.id));
    window *= 8;
  }
}

export interface ProposalRow {
  label: string;
  current: number;
  proposed: number;
  same: boolean;
}

export async function compareShapes(bdb: BenchDb, actor: Actor, reps: number): Promise<ProposalRow[]> {
  const ids = await scopeIds(bdb, actor);
  const [all] = await bdb.query<{ n: number | string }>('SELECT count(*) AS n FROM orgs');
  const scope = ids.length === Number(all?.n) ? 'all' : ids;
  const [m] = await bdb.query<{ id: number | string }>('SELECT max(id) AS id FROM documents');
  const maxId = Number(m?.id);
  const out: ProposalRow[] = [];
  for (const f of QUERIES) {
    const current = await captureSql(bdb, actor, f);
    const cur: number[] = [];
    const pro: number[] = [];
    let curIds: number[] = [];
    let proIds: number[] = [];
    for (let pass = 0; pass <= reps; pass++) {
      let t = performance.now();
      for (const st of current)
        curIds = (await bdb.query<{ id: number | string }>(st.sql, st.params)).map((r) => Number(r.id));
      if (pass > 0) cur.push(performance.now() - t);
      t = performance.now();
      proIds = await proposed(bdb, actor, scope, f, maxId);
      if (pass > 0) pro.push(performance.now() - t);
    }
    out.push({
      label: f.label,
      current: summarise(cur).p50,
      proposed: summarise(pro).p50,
      same: curIds.join(',') === proIds.join(','),
    });
  }
  return out;
}
