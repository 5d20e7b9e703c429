// What changed between two versions of a draft, as a reader wants to see it: paragraph by
// paragraph (the `diff` library's diffArrays, Myers' algorithm, over the paragraphs), and inside a
// paragraph that was reworded, word by word (diffWordsWithSpace). A run of removed paragraphs next
// to a run of added ones is paired by likeness, so a reworded paragraph reads as one changed
// paragraph rather than a deletion and an insertion; paragraphs with little in common stay apart.
import { diffArrays, diffWordsWithSpace } from 'diff';
import { fold } from '../text.ts';

export type DiffPartKind = 'same' | 'added' | 'removed';
export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

export type DiffBlock =
  | { kind: 'same'; from: number; to: number; text: string }
  | { kind: 'added'; to: number; text: string }
  | { kind: 'removed'; from: number; text: string }
  | { kind: 'changed'; from: number; to: number; parts: DiffPart[] };

export interface DiffStats {
  same: number;
  added: number;
  removed: number;
  changed: number;
}

export interface ParagraphDiff {
  blocks: DiffBlock[];
  stats: DiffStats;
}

/** Two paragraphs sharing at least this share of their words are one paragraph reworded. */
export const PAIR_LIKENESS = 0.5;
/** How far ahead in the added run a removed paragraph looks for its new wording. */
const PAIR_WINDOW = 8;

function words(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Dice coefficient of the two paragraphs' words (a multiset): 1 for the same words, 0 for none shared. */
export function likeness(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/**
 * The word-level changes inside a reworded paragraph. Neighbouring changes separated only by a space
 * are merged ("[-Tăng cường-][+Đẩy mạnh+]" rather than two alternations word by word).
 */
export function diffWords(a: string, b: string): DiffPart[] {
  const raw = diffWordsWithSpace(a, b).map((c) => ({
    kind: (c.added ? 'added' : c.removed ? 'removed' : 'same') as DiffPartKind,
    text: c.value,
  }));
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  raw.forEach((p, i) => {
    if (p.kind === 'removed') removed += p.text;
    else if (p.kind === 'added') added += p.text;
    else if ((removed || added) && /^\s+$/.test(p.text) && raw[i + 1] && raw[i + 1]?.kind !== 'same') {
      // A space between two changes belongs to both sides of the merged change.
      removed += p.text;
      added += p.text;
    } else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === 'same') last.text += p.text;
      else out.push({ ...p });
    }
  });
  flush();
  return out;
}

/** Pairs a run of removed paragraphs with the run of added ones that replaced them. */
function pairRuns(
  removed: { index: number; text: string }[],
  added: { index: number; text: string }[],
): DiffBlock[] {
  const out: DiffBlock[] = [];
  let j = 0;
  for (const r of removed) {
    let best = -1;
    let bestScore = PAIR_LIKENESS;
    for (let k = j; k < Math.min(added.length, j + PAIR_WINDOW); k++) {
      const score = likeness(r.text, added[k]?.text ?? '');
      if (score >= bestScore) {
        best = k;
        bestScore = score;
        if (score === 1) break;
      }
    }
    if (best < 0) {
      out.push({ kind: 'removed', from: r.index, text: r.text });
      continue;
    }
    for (; j < best; j++) {
      const a = added[j] as { index: number; text: string };
      out.push({ kind: 'added', to: a.index, text: a.text });
    }
    const a = added[best] as { index: number; text: string };
    out.push({ kind: 'changed', from: r.index, to: a.index, parts: diffWords(r.text, a.text) });
    j = best + 1;
  }
  for (; j < added.length; j++) {
    const a = added[j] as { index: number; text: string };
    out.push({ kind: 'added', to: a.index, text: a.text });
  }
  return out;
}

/** The paragraphs of version `a` against those of version `b` (0-based indexes into each). */
export function diffParagraphs(a: readonly string[], b: readonly string[]): ParagraphDiff {
  const blocks: DiffBlock[] = [];
  let from = 0;
  let to = 0;
  let removed: { index: number; text: string }[] = [];
  let added: { index: number; text: string }[] = [];
  const flush = () => {
    if (removed.length || added.length) blocks.push(...pairRuns(removed, added));
    removed = [];
    added = [];
  };
  for (const change of diffArrays([...a], [...b])) {
    for (const text of change.value) {
      if (change.removed) removed.push({ index: from++, text });
      else if (change.added) added.push({ index: to++, text });
      else {
        flush();
        blocks.push({ kind: 'same', from: from++, to: to++, text });
      }
    }
  }
  flush();
  const stats: DiffStats = { same: 0, added: 0, removed: 0, changed: 0 };
  for (const b of blocks) stats[b.kind]++;
  return { blocks, stats };
}
