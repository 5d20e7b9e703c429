// GET /api/documents: the registers and the search. Words are matched on the stored unaccented
// tsvector; symbol fragments on a trigram index; the access rule is part of the query, with the
// actor's scope read once as constants. Ranking is bounded: the newest CANDIDATES matches (in the
// register's date order) are ranked and paged, and the count says «more than» beyond them. How they
// are found depends on the words' frequency in the planner's statistics (domain/search-plan.ts):
// common words walk the date index newest first and test each stored tsvector, stopping at
// CANDIDATES; rare words read the GIN index within a window of the newest dates. Either way the same
// documents, ranks and pages (docs/documents.md, Search).
import type { SQL } from 'drizzle-orm';
import { looksLikeSymbol } from '../../../../domain/documents.ts';
import { queryTerms } from '../../../../domain/search.ts';
import {
  chooseShape,
  daysBefore,
  type LexemeStats,
  matchDensity,
  type OwnerStats,
  observedDensity,
  pathRows,
  postingShare,
  type Shape,
  scopeShare,
  type ValueStats,
  valueShare,
  valueStats,
  WHOLE_PATH_FACTOR,
  windowDays,
  windowRows,
} from '../../../../domain/search-plan.ts';
import { fold } from '../../../../domain/text.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { signedIn } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, readDb } from '../../../deps.ts';
import { type DocumentList, presentHit } from './presenter.ts';
import * as q from './queries.ts';
import {
  type Cursor,
  decodeCursor,
  encodeCursor,
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
      total: null,
      totalExact: false,
    };
  }

  const tsq = q.tsQuery(tsQueryText(terms));
  // Symbol fragments ("34-CT", "13140") also match by trigram on the folded symbol (3+ characters).
  const symbol = looksLikeSymbol(f.q ?? '') && fragment.length >= 3 ? fragment : null;
  const offset = cursor.o ?? 0;
  // Past the last candidate there is nothing to rank (the cursor allows offset = candidates).
  if (offset >= tuning.candidates) return { items: [], nextCursor: null, total: 0, totalExact: false };
  const stats = await registerStats(deps.database, db);
  const planTerms = terms.map((text: string, i: number) => ({
    text,
    prefix: i === terms.length - 1 && text.length >= 3,
  }));
  // One connection for the search's statements: sent one by one on the pool, each would wait in its
  // queue again, and under 200 users the searches starved (docs/benchmarks.md, "After the fixes").
  // Read only, one snapshot: every look sees the same register.
  return db.transaction(
    async (tx) => {
      const visible = await q.docVisibleResolved(tx, actor);
      const filters = [...conds];
      conds.unshift(visible.cond);
      return lookAndRank(tx, {
        limit: f.limit,
        offset,
        cursor,
        terms,
        tsq,
        symbol,
        conds,
        filters,
        direction: f.direction,
        from: f.from,
        to: f.to,
        textDensity: matchDensity(stats.lexemes, planTerms),
        postingShare: postingShare(stats.lexemes, planTerms),
        scopeShare: await measuredScope(tx, stats, visible.ids, tuning.candidates),
        ...filterShares(stats, f),
        stats,
        tuning,
      });
    },
    { accessMode: 'read only', isolationLevel: 'repeatable read' },
  );
}

interface RegisterStats {
  lexemes: LexemeStats | null;
  owners: OwnerStats | null;
  types: ValueStats | null;
  directions: ValueStats | null;
  rows: number;
  rowsPerDay: number;
}

/** Kept per database for a few minutes: the statistics change with ANALYZE, not with each write. */
const STATS_TTL_MS = 5 * 60_000;
const statsCache = new WeakMap<object, { at: number; value: RegisterStats }>();

async function registerStats(key: object, db: Db): Promise<RegisterStats> {
  const hit = statsCache.get(key);
  if (hit && Date.now() - hit.at < STATS_TTL_MS) return hit.value;
  const r = await q.searchStats(db);
  const elems = r?.elems ?? null;
  const freqs = (r?.freqs ?? []).map(Number);
  // most_common_elem_freqs ends with the least and greatest frequency and the null share.
  const lexemes: LexemeStats | null =
    elems && elems.length > 0 && freqs.length >= elems.length + 2
      ? {
          freq: new Map(elems.map((e, i) => [e, freqs[i] as number])),
          minFreq: freqs[elems.length] as number,
        }
      : null;
  // Never analysed (reltuples -1, or 0 on a fresh table): count once, it is cached.
  let rows = Number(r?.reltuples ?? -1);
  if (!(rows > 0)) rows = await q.countDocuments(db);
  const days =
    r?.first && r.last ? Math.max(1, (Date.parse(r.last) - Date.parse(r.first)) / 86_400_000 + 1) : 1;
  const owners: OwnerStats | null =
    r?.owners && r.owner_freqs && r.owner_distinct != null
      ? {
          freq: new Map(r.owners.map((o, i) => [Number(o), Number(r.owner_freqs?.[i] ?? 0)])),
          distinct: Number(r.owner_distinct),
          rows: Math.max(rows, 1),
        }
      : null;
  const value = {
    lexemes,
    owners,
    types: valueStats(
      r?.types ?? null,
      (r?.type_freqs ?? null)?.map(Number) ?? null,
      num(r?.type_distinct),
      rows,
    ),
    directions: valueStats(r?.directions ?? null, (r?.direction_freqs ?? null)?.map(Number) ?? null, 3, rows),
    rows: Math.max(rows, 1),
    rowsPerDay: Math.max(rows, 1) / days,
  };
  statsCache.set(key, { at: Date.now(), value });
  return value;
}

/**
 * The scope's share of the register: counted when it is small (up to twice the path a walk reads
 * whole), since the owners' statistics spread the documents evenly over units they do not list and
 * made a ward of 6,225 documents look like 35,000 at city scale; estimated beyond.
 */
async function measuredScope(db: Db, stats: RegisterStats, ids: number[] | null, need: number) {
  if (ids === null) return 1;
  const cap = 2 * WHOLE_PATH_FACTOR * need;
  const n = await q.countOwned(db, ids, cap);
  return n < cap ? Math.max(n, 1) / stats.rows : scopeShare(stats.owners, ids);
}

const num = (v: number | string | null | undefined) => (v == null ? null : Number(v));

/**
 * The share of the register passing the type and direction filters, and the share a date-ordered
 * index keeps under them (migration 0029: by type, by direction, and by both), which is all a walk
 * reads.
 */
function filterShares(stats: RegisterStats, f: q.Filters): { filterShare: number; keyedShare: number } {
  const type = valueShare(stats.types, f.typeCode);
  const direction = valueShare(stats.directions, f.direction);
  const keyedShare = f.direction && f.typeCode ? type * direction : Math.min(type, direction);
  return { filterShare: type * direction, keyedShare };
}

/**
 * The newest `candidates` matches, found by one or more looks from the newest date back, ranked, and
 * the page at `offset`. Each look covers a window of the newest documents sized from the density
 * expected (the words' frequency) or seen (the previous look, scope and filters included), walking
 * the date index when the words are common and reading the GIN index when they are rare
 * (domain/search-plan.ts). A look whose window holds `candidates` matches holds the newest ones; a
 * look over the whole register holds them all. So the answer never depends on the plan.
 */
async function lookAndRank(
  db: Db,
  p: {
    limit: number;
    offset: number;
    cursor: Cursor;
    terms: string[];
    tsq: SQL;
    symbol: string | null;
    conds: SQL[];
    /** The filters alone (without the access rule): a walked row is tested against them first. */
    filters: SQL[];
    direction: q.Filters['direction'];
    from: string | undefined;
    to: string | undefined;
    textDensity: number | null;
    postingShare: number | null;
    scopeShare: number;
    filterShare: number;
    keyedShare: number;
    stats: RegisterStats;
    tuning: SearchTuning;
  },
): Promise<DocumentList> {
  const { limit, offset, cursor, tuning, stats } = p;
  const cand = tuning.candidates;
  const key = q.dateKey(p.direction);
  let ceiling = cursor.c;
  let top: string | null = null;
  if (ceiling === undefined || cursor.f === undefined) {
    const t = await q.registerTop(db, p.direction);
    ceiling ??= t.id;
    top = t.top;
  }
  const registerLast = top;
  if (p.to && top && p.to < top) top = p.to;
  const look = async (shape: Shape, floor: string | null) => {
    const found = await q.windowMatches(db, {
      match:
        shape === 'gin'
          ? q.matchCondition(p.tsq, p.symbol, true)
          : q.testedAfter(p.filters, q.matchCondition(p.tsq, p.symbol, false)),
      conds: p.conds,
      tsq: p.tsq,
      key,
      ceiling: ceiling as number,
      floor,
      need: cand,
      indexed: shape === 'gin',
    });
    tuning.onWindow?.(shape, floor, found.length);
    return found;
  };

  let found: q.WindowMatch[];
  let floor: string | null;
  let shape: Shape;
  if (cursor.f !== undefined && cursor.s) {
    // A later page: the look that completed the first page, once.
    floor = cursor.f === '' ? null : cursor.f;
    shape = tuning.shape ?? cursor.s;
    found = await look(shape, floor);
  } else {
    // The matches' share of the register: at first the rarest word's share from the statistics (an
    // upper bound) times the scope's and the filters' shares, then what each look saw. Without
    // statistics the first look walks a narrow window: what it finds is the measure.
    const registerDays = stats.rows / stats.rowsPerDay;
    const dayOf = (iso: string) => Date.parse(iso) / 86_400_000;
    // The dates filtered on, as days of the register: from `from` (or its first day) to `to` (or its last).
    const end = top ? dayOf(top) : null;
    const start = p.from ? dayOf(p.from) : registerLast ? dayOf(registerLast) - registerDays + 1 : null;
    const rangeDays = end !== null && start !== null ? Math.max(1, end - start + 1) : registerDays;
    const estimate = {
      need: cand,
      rows: stats.rows,
      words: p.textDensity ?? 1,
      postings: p.postingShare ?? 1,
      scope: p.scopeShare,
      filters: p.filterShare,
      keyed: p.keyedShare,
      range: Math.min(1, rangeDays / registerDays),
    };
    let density = estimate.words * estimate.scope * estimate.filters;
    for (;;) {
      shape = tuning.shape ?? chooseShape(estimate);
      const rows = windowRows(cand, density, stats.rows, tuning.windows);
      const whole =
        shape === 'walk' && pathRows(estimate) <= (tuning.windows?.wholePath ?? WHOLE_PATH_FACTOR) * cand;
      floor = rows === null || whole || !top ? null : daysBefore(top, windowDays(rows, stats.rowsPerDay));
      // The date filter already bounds the look: a window reaching below it is the whole range.
      if (floor && p.from && floor <= p.from) floor = null;
      found = await look(shape, floor);
      if (found.length >= cand || floor === null) break;
      const days = dayOf(top as string) - dayOf(floor) + 1;
      density = observedDensity(found.length, days * stats.rowsPerDay);
      // What the look saw replaces the estimate of the words (the scope and filters are known).
      estimate.words = Math.min(estimate.words, density / Math.max(estimate.scope * estimate.filters, 1e-9));
    }
  }
  const ranked = found
    .map((m) => ({ id: Number(m.id), rank: Number(m.rank) }))
    .sort((a, b) => b.rank - a.rank || b.id - a.id);
  const slice = ranked.slice(offset, offset + limit);
  const docs =
    slice.length > 0
      ? await q.pageRows(
          db,
          slice.map((m) => m.id),
        )
      : [];
  const byId = new Map(docs.map((d) => [Number(d.id), d]));
  const items = slice.flatMap((m) => {
    const d = byId.get(m.id);
    return d ? [presentHit({ ...d, rank: m.rank }, p.terms)] : [];
  });
  const more = ranked.length > offset + limit;
  return {
    items,
    nextCursor: more ? encodeCursor({ o: offset + limit, c: ceiling, f: floor ?? '', s: shape }) : null,
    total: ranked.length,
    // A look stops at `candidates`: then there may be more matches than that.
    totalExact: ranked.length < cand,
  };
}
