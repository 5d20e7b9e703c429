// Ballots as stored (one character per candidate: '1' a vote, '0' none) and the comparison of the
// two tellers' entries: every ballot number where they differ, until they agree.
import type { Ballot } from './result.ts';

export function encodeMarks(marks: readonly boolean[]): string {
  return marks.map((m) => (m ? '1' : '0')).join('');
}

export function decodeMarks(s: string): boolean[] {
  return [...s].map((c) => c === '1');
}

export interface TallyDifference {
  /** The ballot's number in the entry order (1-based). */
  seq: number;
  first: Ballot | null;
  second: Ballot | null;
  /** Candidates (1-based positions) whose mark differs; empty when only validity or presence differs. */
  candidates: number[];
}

function same(a: Ballot, b: Ballot): boolean {
  return a.valid === b.valid && encodeMarks(a.marks) === encodeMarks(b.marks);
}

/** Where the two entries disagree, ballot by ballot (a missing ballot on one side is a difference). */
export function tallyDifferences(first: readonly Ballot[], second: readonly Ballot[]): TallyDifference[] {
  const out: TallyDifference[] = [];
  const n = Math.max(first.length, second.length);
  for (let i = 0; i < n; i++) {
    const a = first[i] ?? null;
    const b = second[i] ?? null;
    if (a && b && same(a, b)) continue;
    const candidates: number[] = [];
    if (a && b) {
      const len = Math.max(a.marks.length, b.marks.length);
      for (let j = 0; j < len; j++) if (!!a.marks[j] !== !!b.marks[j]) candidates.push(j + 1);
    }
    out.push({ seq: i + 1, first: a, second: b, candidates });
  }
  return out;
}
