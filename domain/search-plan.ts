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

export type Shape = 'walk' | 'gin';

/**
 * At or above this share of the register, walking the newest documents and testing their stored
 * tsvector finds `candidates` matches after reading candidates / share documents (≤ 25 per match),
 * while the GIN posting lists of such a word hold hundreds of thousands of entries at city scale
 * and their bitmap goes lossy. Below it the posting lists are short and the GIN index is cheaper.
 */
export const WALK_FROM = 0.04;

export function chooseShape(textDensity: number): Shape {
  return textDensity >= WALK_FROM ? 'walk' : 'gin';
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
  let common = 0;
  for (const f of owners.freq.values()) common += f;
  const distinct = owners.distinct < 0 ? -owners.distinct * owners.rows : owners.distinct;
  const others = Math.max(1, distinct - owners.freq.size);
  const each = Math.max(0, 1 - common) / others;
  let share = 0;
  for (const id of ids) share += owners.freq.get(id) ?? each;
  return Math.min(1, Math.max(share, 1 / Math.max(owners.rows, 1)));
}
