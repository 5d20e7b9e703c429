// The search's bounds, pure: how many matches are ranked, the windows of the newest documents looked
// at first and how they widen, the page cursor, and the tsquery text of the folded terms.
import { ValidationError } from '../../../http/errors.ts';

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

export interface Cursor {
  /** Offset into the ranked list (searches). */
  o?: number;
  /** Last id seen (browsing, newest first). */
  i?: number;
}

export function decodeCursor(s: string | undefined, candidates: number): Cursor {
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

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

/** A tsquery of the folded terms; the last one also matches as a prefix (search as you type). */
export function tsQueryText(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 && t.length >= 3 ? `${t}:*` : t)).join(' & ');
}
