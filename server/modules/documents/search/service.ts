// GET /api/documents: the registers and the search. Words are matched on the stored unaccented
// tsvector (GIN); symbol fragments on a trigram index; the access rule is part of the query. Ranking
// is bounded: at most CANDIDATES matches (the newest) are ranked, so a common word over a million
// documents stays fast (docs/documents.md, Search). A search reads the actor's scope once as
// constants (unit ids, or nothing but the clearance for a whole-tree scope) and looks for the newest
// matches among the newest 100,000 documents first, widening the window (nextWindow) until it holds
// CANDIDATES matches or covers the register: the same matches, ranks and pages as one unbounded query.
import { looksLikeSymbol } from '../../../../domain/documents.ts';
import { queryTerms } from '../../../../domain/search.ts';
import { fold } from '../../../../domain/text.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { signedIn } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, readDb } from '../../../deps.ts';
import { type DocumentList, presentHit } from './presenter.ts';
import * as q from './queries.ts';
import {
  decodeCursor,
  encodeCursor,
  nextWindow,
  SEARCH_TUNING,
  type SearchTuning,
  tsQueryText,
} from './windows.ts';

export interface SearchFilters extends q.Filters {
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * `deps` needs only the database (the benchmark passes a handle that records its statements). Read
 * only: it runs on the read replica when there is one (deps.readDb).
 */
export async function searchDocuments(
  deps: Pick<Deps, 'database' | 'reads'>,
  ctx: RequestCtx,
  f: SearchFilters,
  tuning: SearchTuning = SEARCH_TUNING,
): Promise<DocumentList> {
  const actor = signedIn(ctx);
  const db = await readDb(deps, ctx);
  const conds = q.filterConditions(f);
  const cursor = decodeCursor(f.cursor, tuning.candidates);
  const terms = f.q ? queryTerms(f.q) : [];
  const fragment = f.q ? fold(f.q).trim() : '';

  if (terms.length === 0) {
    const list = await q.browse(db, actor, conds, cursor.i, f.limit + 1);
    const page = list.slice(0, f.limit);
    return {
      items: page.map((d) => presentHit(d, [])),
      nextCursor: list.length > f.limit ? encodeCursor({ i: Number(page[page.length - 1]?.id) }) : null,
    };
  }

  const tsq = q.tsQuery(tsQueryText(terms));
  // Symbol fragments ("34-CT", "13140") also match by trigram on the folded symbol (3+ characters).
  const match = q.matchCondition(tsq, looksLikeSymbol(f.q ?? '') && fragment.length >= 3 ? fragment : null);
  const offset = cursor.o ?? 0;
  // Past the last candidate there is nothing to rank (the cursor allows offset = candidates).
  if (offset >= tuning.candidates) return { items: [], nextCursor: null };
  // One connection for the search's 3–5 statements: sent one by one on the pool, each would wait in
  // its queue again, and under 200 users the searches starved (docs/benchmarks.md, "After the fixes").
  // Read only, one snapshot: every window sees the same register.
  return db.transaction(
    async (tx) => {
      conds.unshift(await q.docVisibleResolved(tx, actor));
      return rankedWindows(tx, { limit: f.limit, offset, terms, tsq: tsq, match, conds, tuning });
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
    tsq: ReturnType<typeof q.tsQuery>;
    match: ReturnType<typeof q.matchCondition>;
    conds: ReturnType<typeof q.filterConditions>;
    tuning: SearchTuning;
  },
): Promise<DocumentList> {
  const { limit, offset, terms, tuning } = p;
  const maxId = await q.maxDocumentId(db);
  // A window that holds `candidates` matches holds the `candidates` newest ones: every newer document
  // is inside it, so ranking and paging them gives exactly the answer of the unbounded query.
  for (let window = Math.max(1, tuning.firstWindow); ; ) {
    const floor = Number.isFinite(window) ? Math.max(0, maxId - window) : 0;
    const list = await q.rankedWindow(db, {
      match: p.match,
      conds: p.conds,
      tsq: p.tsq,
      floor,
      candidates: tuning.candidates,
      limit,
      offset,
    });
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
    return { items: page.map((d) => presentHit(d, terms)), nextCursor: next };
  }
}
