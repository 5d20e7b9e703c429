// The search's bounds, pure: how many matches are ranked, the page cursor, and the tsquery text of
// the folded terms. How the newest matches are looked for is domain/search-plan.ts.
import type { Shape } from '../../../../domain/search-plan.ts';
import { ValidationError } from '../../../http/errors.ts';

/** How the search bounds its work; tests force a shape to prove both give the same answer. */
export interface SearchTuning {
  /** The newest matches that are ranked and paged; beyond it the count is «more than». */
  candidates: number;
  /** Force one way of looking (tests); otherwise chosen from the words' frequency. */
  shape?: Shape;
  /**
   * Bounds of the windows (domain/search-plan.ts windowRows) and the walk read whole without windows
   * (WHOLE_PATH_FACTOR); tests make them tiny.
   */
  windows?: { minRows: number; wholeFrom: number; wholePath?: number };
  /** Told each look: its shape, its date floor (null: the whole register) and the matches it held. */
  onWindow?: (shape: Shape, floor: string | null, found: number) => void;
}

export const SEARCH_TUNING: SearchTuning = { candidates: 1000 };

export interface Cursor {
  /** Offset into the ranked list (searches). */
  o?: number;
  /** The newest id the first page saw: later pages rank the same documents. */
  c?: number;
  /** The date floor of the look that completed the first page ('' for the whole register). */
  f?: string;
  /** That look's shape. */
  s?: Shape;
  /** Last id seen (browsing, newest first). */
  i?: number;
}

export function decodeCursor(s: string | undefined, candidates: number): Cursor {
  if (!s) return {};
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (
      (c.o !== undefined && !(Number.isInteger(c.o) && c.o >= 0 && c.o <= candidates)) ||
      (c.i !== undefined && !Number.isInteger(c.i)) ||
      (c.c !== undefined && !(Number.isInteger(c.c) && c.c >= 0)) ||
      (c.f !== undefined && !(c.f === '' || /^\d{4}-\d{2}-\d{2}$/.test(c.f))) ||
      (c.s !== undefined && c.s !== 'walk' && c.s !== 'gin')
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
