// How a word search finds its candidates, pure: the share of the register a query's words are
// expected to match (from the planner's lexeme statistics of the tsvector column), which way to look
// for the newest matches (walk the date-ordered index and test each document's stored tsvector, or
// take the word's posting list from the GIN index), and how wide a window of the newest documents
// each look covers. Every choice changes the cost only: each look returns the newest matches of its
// window, and a window that holds enough of them holds the newest ones.

/** The lexeme frequencies PostgreSQL keeps for the tsvector column (pg_stats.most_common_elems). */
export interface LexemeStats {
  /** Lexeme → share of documents that contain it, for the most common lexemes only. */
  freq: ReadonlyMap<string, number>;
  /** The smallest share kept: a lexeme not in the list is rarer than about this. */
  minFreq: number;
}

export interface QueryTerm {
  text: string;
  /** Matches as a prefix (`term:*`): every lexeme that starts with it. */
  prefix: boolean;
}

/**
 * Expected share of documents containing a term: its own frequency, or for a prefix the sum of the
 * kept lexemes it starts (capped at 1); a term that is not kept is at most `minFreq`.
 */
export function termFrequency(stats: LexemeStats, term: QueryTerm): number {
  if (!term.prefix) return stats.freq.get(term.text) ?? stats.minFreq;
  let sum = 0;
  for (const [lexeme, f] of stats.freq) if (lexeme.startsWith(term.text)) sum += f;
  return Math.min(1, Math.max(sum, stats.minFreq));
}

/**
 * The share of documents matching all the terms, as an upper bound: the rarest term's. (Multiplying
 * the terms' shares, as the planner does, calls «kinh tế - xã hội» rare when 14% of the register
 * holds it; the rarest term never underestimates.) `null` without statistics.
 */
export function matchDensity(stats: LexemeStats | null, terms: readonly QueryTerm[]): number | null {
  if (!stats || terms.length === 0) return null;
  return Math.min(...terms.map((t) => termFrequency(stats, t)));
}

/**
 * The postings the GIN index reads for the terms, as a share of the register. Words must all match:
 * the index steps through the rarest word's list and skips ahead in the others, so that list bounds
 * the work; a prefix's lexemes are read whole and merged first, so each prefix adds its share.
 */
export function postingShare(stats: LexemeStats | null, terms: readonly QueryTerm[]): number | null {
  if (!stats || terms.length === 0) return null;
  const shares = terms.map((t) => termFrequency(stats, t));
  const prefixes = terms.reduce((sum, t, i) => sum + (t.prefix ? (shares[i] as number) : 0), 0);
  return prefixes + Math.min(...shares);
}

export type Shape = 'walk' | 'gin';

/** What a look is asked: the words', scope's, filters' and dates' shares of a register of `rows`. */
export interface LookEstimate {
  /** Matches wanted (the candidates ranked). */
  need: number;
  /** Documents in the register. */
  rows: number;
  /** Share holding the words (an upper bound: the rarest word's). */
  words: number;
  /** The postings the GIN index reads for the words, as a share of the register (postingShare). */
  postings: number;
  /** Share the actor may see (1 for the whole tree); an index on the owner reaches it directly. */
  scope: number;
  /** Share passing the filters (type, direction). */
  filters: number;
  /**
   * Share of the register an index keeps in date order under the filters (the type's or the
   * direction's documents; 1 without filters): the walk reads only those.
   */
  keyed: number;
  /** Share dated within the date filter (1 without one). */
  range: number;
}

/**
 * Cost of one walked row against one posting of the GIN index: a walked row is a heap visit and the
 * decompression and test of its tsvector; a posting is a few bytes of a compressed list, its heap
 * visit counted apart. The ratio was read off EXPLAIN (ANALYZE, BUFFERS) at city scale
 * (docs/benchmarks.md, «Search planned by word frequency»).
 */
export const WALK_ROW_COST = 2;
export const POSTING_COST = 0.15;

/**
 * The documents each way reads, in walked-row units. The walk reads the newest documents of the
 * scope within the dates until it holds `need` matches (or runs out: the scope within the dates);
 * the GIN index reads the words' postings and visits the documents that also pass the conditions an
 * index can intersect with them (the scope's owners, the date range, the filtered type or direction)
 * — the rest is tested on the visited row.
 */
export function lookCosts(e: LookEstimate): { walk: number; gin: number } {
  // Either it reads every document of that path within the dates (a scope's owners are not in date
  // order), or it walks the filters' date-ordered index and stops at `need` matches.
  const along = Math.max((e.words * e.scope * e.filters) / e.keyed, 1e-9);
  const walk = WALK_ROW_COST * Math.min(pathRows(e), e.need / along);
  const visits = e.words * e.rows * e.scope * e.range * e.keyed;
  const gin = Math.max(e.postings, e.words) * e.rows * POSTING_COST + visits;
  return { walk, gin };
}

/** The documents of the walk's narrowest path: the scope's, or the filtered index's, within the dates. */
export function pathRows(e: LookEstimate): number {
  return e.rows * Math.min(e.range, e.scope, e.keyed);
}

/**
 * A walk whose whole path is this many times the matches wanted or fewer reads it at once, without
 * windows: a ward's few thousand documents cost less read once than looked at twice.
 */
export const WHOLE_PATH_FACTOR = 10;

/**
 * Walk when it reads less than the GIN index would. Without filters, for the whole register of a
 * city (1,000,000 documents) this walks from about 4.2% of the register on — the words for which the
 * posting lists hold tens of thousands of entries — and reads the GIN index below. A narrow scope,
 * or a filter with its own date index, shortens the walk; the dates bound both ways.
 */
export function chooseShape(e: LookEstimate): Shape {
  const { walk, gin } = lookCosts(e);
  return walk <= gin ? 'walk' : 'gin';
}

/** The share of the register passing `value` of a column, from the planner's most common values. */
export interface ValueStats {
  freq: ReadonlyMap<string, number>;
  /** The share of a value not in the list (the rest shared evenly among the other distinct values). */
  other: number;
}

export function valueShare(stats: ValueStats | null, value: string | undefined): number {
  if (value === undefined || !stats) return 1;
  return stats.freq.get(value) ?? stats.other;
}

/**
 * A column's most common values and frequencies with its number of distinct values (PostgreSQL's
 * convention: negative is minus a share of the rows) as ValueStats.
 */
export function valueStats(
  values: readonly string[] | null,
  freqs: readonly number[] | null,
  distinct: number | null,
  rows: number,
): ValueStats | null {
  if (!values || !freqs || distinct === null) return null;
  const freq = new Map(values.map((v, i) => [v, freqs[i] ?? 0]));
  return { freq, other: uncommonShare(freq, distinct, rows) };
}

/**
 * The share of one value the statistics do not list: what the most common values leave, spread
 * evenly over the other distinct values (`distinct` negative is minus a share of the rows).
 */
function uncommonShare(freq: ReadonlyMap<unknown, number>, distinct: number, rows: number): number {
  let common = 0;
  for (const f of freq.values()) common += f;
  const n = distinct < 0 ? -distinct * rows : distinct;
  return Math.max(0, 1 - common) / Math.max(1, n - freq.size);
}

/** The narrowest window looked at: a few days of a city's register. */
export const MIN_WINDOW_ROWS = 2000;

/**
 * How many of the newest documents a look should cover to hold `need` matches at `density` (matches
 * per document, scope and filters included), twice over; `null` means the whole register — when the
 * window would cover a quarter of it or more, since a posting list or a scope is then read whole anyway.
 */
export function windowRows(
  need: number,
  density: number,
  registerRows: number,
  bounds: { minRows: number; wholeFrom: number } = { minRows: MIN_WINDOW_ROWS, wholeFrom: 0.25 },
): number | null {
  const rows = Math.max(bounds.minRows, Math.ceil((2 * need) / Math.max(density, 1e-9)));
  return rows >= bounds.wholeFrom * registerRows ? null : rows;
}

/**
 * The density a window showed: `found` matches among about `rows` documents. A window with none says
 * only that the density is below one in `rows`; it is taken as a tenth of that, which sends the next
 * look to a far wider window (usually the whole register).
 */
export function observedDensity(found: number, rows: number): number {
  return found > 0 ? found / Math.max(rows, 1) : 0.1 / Math.max(rows, 1);
}

/** A window of `rows` documents at `rowsPerDay`, as the number of days back from the newest date. */
export function windowDays(rows: number, rowsPerDay: number): number {
  return Math.max(1, Math.ceil(rows / Math.max(rowsPerDay, 1e-6)));
}

/** An ISO date `days` before another (UTC calendar arithmetic). */
export function daysBefore(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The planner's statistics of the owning unit: its most common values and the number of distinct ones. */
export interface OwnerStats {
  freq: ReadonlyMap<number, number>;
  /** Distinct owners (positive), or minus their share of the rows (PostgreSQL's convention). */
  distinct: number;
  rows: number;
}

/**
 * The share of the register owned by a set of units, as the planner would estimate it: a common owner
 * by its own frequency, any other by the rest shared evenly. `null` (a whole-tree scope) is 1.
 */
export function scopeShare(owners: OwnerStats | null, ids: readonly number[] | null): number {
  if (ids === null) return 1;
  if (!owners) return 1;
  const each = uncommonShare(owners.freq, owners.distinct, owners.rows);
  let share = 0;
  for (const id of ids) share += owners.freq.get(id) ?? each;
  return Math.min(1, Math.max(share, 1 / Math.max(owners.rows, 1)));
}
