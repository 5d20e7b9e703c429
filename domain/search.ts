// Search text rules shared by the server and the client: how a query is split into terms, and how a
// snippet with highlight ranges is cut from the original (accented) text.
import { fold } from './text.ts';

/** Query terms as the database sees them: folded (no diacritics, đ → d), lower case, 1+ letters. */
export function queryTerms(q: string): string[] {
  return fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 16);
}

/**
 * Folds character by character so that positions in the folded text are positions in the original:
 * each precomposed Vietnamese letter folds to exactly one letter.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

export interface Snippet {
  text: string;
  /** [start, end) ranges in `text` to highlight. */
  highlights: [number, number][];
}

/** A window of the text around the first matched term, with every term occurrence marked. */
export function makeSnippet(text: string, terms: readonly string[], width = 200): Snippet {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return { text: '', highlights: [] };
  const folded = foldAligned(clean);
  let first = -1;
  for (const t of terms) {
    const i = wordIndex(folded, t, 0);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(clean.length, start + width);
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < clean.length ? ' …' : '';
  const body = clean.slice(start, end);
  const foldedBody = folded.slice(start, end);
  const highlights: [number, number][] = [];
  for (const t of terms) {
    let i = wordIndex(foldedBody, t, 0);
    while (i >= 0) {
      highlights.push([prefix.length + i, prefix.length + i + t.length]);
      i = wordIndex(foldedBody, t, i + t.length);
    }
  }
  highlights.sort((a, b) => a[0] - b[0]);
  const out = prefix + body + suffix;
  // Neighbouring terms become one range: "giải phóng mặt bằng" is marked as a phrase.
  const merged: [number, number][] = [];
  for (const h of highlights) {
    const last = merged[merged.length - 1];
    if (last && (h[0] <= last[1] || /^\s+$/.test(out.slice(last[1], h[0]))))
      last[1] = Math.max(last[1], h[1]);
    else merged.push([h[0], h[1]]);
  }
  return { text: out, highlights: merged };
}

/** Index of a term that starts a word (full-text search matches words, not inner fragments). */
function wordIndex(haystack: string, term: string, from: number): number {
  let i = haystack.indexOf(term, from);
  while (i >= 0) {
    const before = i === 0 ? '' : haystack[i - 1];
    if (!before || !/[\p{L}\p{N}]/u.test(before)) return i;
    i = haystack.indexOf(term, i + 1);
  }
  return -1;
}
