// GET /api/documents: the registers and the search. Words are matched on the stored unaccented
// tsvector (GIN); symbol fragments on a trigram index; the access rule is part of the query. Ranking
// is bounded: at most CANDIDATES matches (the newest) are ranked, so a common word over a million
// documents stays fast (DESIGN.md §6). A search reads the actor's scope once as constants
// (docVisibleResolved: unit ids, or nothing but the clearance for a whole-tree scope) and looks for
// the newest matches among the newest 100,000 documents first, widening the window (nextWindow) until
// it holds CANDIDATES matches or covers the register: the same matches, ranks and pages as one
// unbounded query.
import { type SQL, sql } from 'drizzle-orm';
import { looksLikeSymbol } from '../../../domain/documents.ts';
import { makeSnippet, queryTerms } from '../../../domain/search.ts';
import { fold } from '../../../domain/text.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { ValidationError } from '../../http/errors.ts';
import { presentDocument } from './presenter.ts';
import * as q from './queries.ts';

/** How the search bounds its work; tests shrink it to prove the windows change nothing. */
export interface SearchTuning {
  /** The newest matches that are ranked; also how deep a search pages. */
  candidates: number;
  /** The newest documents (by id) looked at first; widened (nextWindow) until `candidates` are found. */
  firstWindow: number;
  /** Told each window tried: its id floor (0: everything) and how many matches it held (tests). */
  onWindow?: (floor: number, found: number) => void;
}

export const SEARCH_TUNING: SearchTuning = { candidates: 1000, firstWindow: 100_000 };
/** The least a window is widened by when it holds too few matches. */
const WIDEN = 8;

/**
 * The next window after one of `window` documents that held `found` matches: wide enough to hold
 * `candidates` at the density seen, twice over, and at least WIDEN times wider. A window with no match
 * (a rare word, or a date filter far in the past) goes straight to the whole register: each statement
 * reads the word's whole posting list anyway, so the steps in between only repeat that work.
 */
export function nextWindow(window: number, found: number, candidates: number): number {
  if (found === 0) return Number.POSITIVE_INFINITY;
  return window * Math.max(WIDEN, Math.ceil((2 * candidates) / found));
}

export interface SearchFilters {
  q?: string | undefined;
  direction?: 'in' | 'out' | 'internal' | undefined;
  typeCode?: string | undefined;
  orgId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  secrecy?: number | undefined;
  status?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

interface Cursor {
  /** Offset into the ranked list (searches). */
  o?: number;
  /** Last id seen (browsing, newest first). */
  i?: number;
}

function decodeCursor(s: string | undefined, candidates: number): Cursor {
  if (!s) return {};
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (
      (c.o !== undefined && !(Number.isInteger(c.o) && c.o >= 0 && c.o <= candidates)) ||
      (c.i !== undefined && !Number.isInteger(c.i))
    ) {
      throw new Error('bad cursor');
    }
    return c;
  } catch {
    throw new ValidationError('Con trỏ trang (cursor) không hợp lệ.');
  }
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

/** A tsquery of the folded terms; the last one also matches as a prefix (search as you type). */
function tsQueryText(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 && t.length >= 3 ? `${t}:*` : t)).join(' & ');
}

interface Hit extends q.DocRow {
  files_excerpt: string | null;
  rank: number | null;
}

export async function searchDocuments(
  db: Db,
  actor: Actor,
  f: SearchFilters,
  tuning: SearchTuning = SEARCH_TUNING,
) {
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
  const cursor = decodeCursor(f.cursor, tuning.candidates);
  const terms = f.q ? queryTerms(f.q) : [];
  const fragment = f.q ? fold(f.q).trim() : '';

  if (terms.length === 0) {
    conds.unshift(q.docVisible(actor));
    if (cursor.i) conds.push(sql`d.id < ${cursor.i}`);
    const list = await rows<Hit>(
      db,
      sql`SELECT ${q.DOC_COLS}, NULL::text AS files_excerpt, NULL::real AS rank
            FROM documents d JOIN orgs o ON o.id = d.owner_org_id
           WHERE ${sql.join(conds, sql` AND `)}
           ORDER BY d.id DESC LIMIT ${f.limit + 1}`,
    );
    const page = list.slice(0, f.limit);
    return {
      items: page.map((d) => item(d, [])),
      nextCursor: list.length > f.limit ? encodeCursor({ i: Number(page[page.length - 1]?.id) }) : null,
    };
  }

  const tsq = sql`to_tsquery('simple', ${tsQueryText(terms)})`;
  // Symbol fragments ("34-CT", "13140") also match by trigram on the folded symbol (3+ characters).
  const match =
    looksLikeSymbol(f.q ?? '') && fragment.length >= 3
      ? sql`(d.search @@ ${tsq} OR vn_fold(coalesce(d.symbol, '')) LIKE ${`%${fragment.replace(/[%_\\]/g, '\\$&')}%`})`
      : sql`d.search @@ ${tsq}`;
  const offset = cursor.o ?? 0;
  // Past the last candidate there is nothing to rank (the cursor allows offset = candidates).
  if (offset >= tuning.candidates) return { items: [], nextCursor: null };
  // One connection for the search's 3–5 statements: sent one by one on the pool, each would wait in
  // its queue again, and under 200 users the searches starved (docs/benchmarks.md, "After the fixes").
  // Read only, one snapshot: every window sees the same register.
  return db.transaction(
    async (tx) => {
      conds.unshift(await q.docVisibleResolved(tx, actor));
      return rankedWindows(tx, { ...f, offset, terms, tsq, match, conds, tuning });
    },
    { accessMode: 'read only', isolationLevel: 'repeatable read' },
  );
}

/** The ranked page, from the newest window of the register that holds `candidates` matches. */
async function rankedWindows(
  db: Db,
  p: {
    limit: number;
    offset: number;
    terms: string[];
    tsq: SQL;
    match: SQL;
    conds: SQL[];
    tuning: SearchTuning;
  },
) {
  const { limit, offset, terms, tsq, match, conds, tuning } = p;
  const top = await one<{ id: string | number }>(db, sql`SELECT coalesce(max(id), 0) AS id FROM documents`);
  const maxId = Number(top?.id ?? 0);
  // A window that holds `candidates` matches holds the `candidates` newest ones: every newer document
  // is inside it, so ranking and paging them gives exactly the answer of the unbounded query.
  for (let window = Math.max(1, tuning.firstWindow); ; ) {
    const floor = Number.isFinite(window) ? Math.max(0, maxId - window) : 0;
    const list = await rows<Hit & { candidates: number | string }>(
      db,
      sql`WITH cand AS MATERIALIZED (
            SELECT d.id, d.search FROM documents d
             WHERE ${match} AND ${sql.join(conds, sql` AND `)} ${floor > 0 ? sql`AND d.id > ${floor}::bigint` : sql``}
             ORDER BY d.id DESC LIMIT ${tuning.candidates}
          ), ranked AS (
            SELECT id, ts_rank_cd(search, ${tsq}) AS rank FROM cand
             ORDER BY rank DESC, id DESC LIMIT ${limit + 1} OFFSET ${offset}
          )
          SELECT ${q.DOC_COLS}, left(d.files_text, 20000) AS files_excerpt, r.rank,
                 (SELECT count(*) FROM cand)::integer AS candidates
            FROM ranked r JOIN documents d ON d.id = r.id JOIN orgs o ON o.id = d.owner_org_id
           ORDER BY r.rank DESC, d.id DESC`,
    );
    // An empty page says nothing of the count, but then the window held at most `offset` < candidates.
    const found = Number(list[0]?.candidates ?? 0);
    tuning.onWindow?.(floor, found);
    if (floor > 0 && found < tuning.candidates) {
      window = nextWindow(window, found, tuning.candidates);
      continue;
    }
    const page = list.slice(0, limit);
    const next =
      list.length > limit && offset + limit < tuning.candidates ? encodeCursor({ o: offset + limit }) : null;
    return { items: page.map((d) => item(d, terms)), nextCursor: next };
  }
}

function item(d: Hit, terms: string[]) {
  const doc = presentDocument(d);
  // The snippet comes from the first field that holds a term: summary, content, then the files' text.
  const sources = [d.summary, d.content ?? '', d.files_excerpt ?? ''];
  let snippet = makeSnippet(d.summary, terms);
  if (terms.length > 0 && snippet.highlights.length === 0) {
    for (const s of sources.slice(1)) {
      const candidate = makeSnippet(s, terms);
      if (candidate.highlights.length > 0) {
        snippet = candidate;
        break;
      }
    }
  }
  return {
    id: doc.id,
    direction: doc.direction,
    symbol: doc.symbol,
    summary: doc.summary,
    typeCode: doc.typeCode,
    issuedOn: doc.issuedOn,
    receivedOn: doc.receivedOn,
    incomingNumber: doc.incomingNumber,
    issuer: doc.issuer,
    orgId: doc.orgId,
    orgName: doc.orgName,
    secrecy: doc.secrecy,
    urgency: doc.urgency,
    status: doc.status,
    statusLabel: doc.statusLabel,
    deadline: doc.deadline,
    signerName: doc.signerName,
    snippet: snippet.text,
    highlights: snippet.highlights,
    rank: d.rank === null ? null : Number(d.rank),
  };
}
