// The random query set: drawn anew every run (its seed printed and kept in the result file), so the
// search cannot be tuned to a list. 100 queries of 1–3 words across the frequency bands of the
// generated vocabulary (lib/vocab.ts: a Zipf law over 24,000 phrases) and words it does not hold,
// some typed without diacritics, a quarter with random filters (type, direction, a date range that is
// often years old); their second pages are measured too.
import { fold } from '../domain/text.ts';
import { REF } from './generate.ts';
import { Rng } from './lib/prng.ts';
import { Lexicon } from './lib/vocab.ts';
import type { SearchQuery } from './queries.ts';

export const BANDS = ['very common', 'common', 'middling', 'rare', 'absent'] as const;
export type Band = (typeof BANDS)[number];

/** Zipf ranks of each band (rank 1 = most frequent phrase). */
const RANKS: Record<Exclude<Band, 'absent'>, [number, number]> = {
  'very common': [1, 40],
  common: [41, 300],
  middling: [301, 3000],
  rare: [3001, 24_000],
};

export interface RandomQuery extends SearchQuery {
  band: Band;
}

const TYPES = ['CV', 'BC', 'TB', 'KH', 'QĐ', 'NQ', 'CT', 'KL', 'HD', 'TTr', 'CTr', 'BB'];
const DIRECTIONS = ['in', 'out', 'internal'] as const;
const LETTERS = 'bcdghklmnpqrstvx';
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'oa', 'uy', 'ie', 'uo'];

/** Words that no generated text holds: invented syllables checked against the vocabulary. */
function absentWord(rng: Rng, known: Set<string>): string {
  for (;;) {
    const w = `${rng.pick([...LETTERS])}${rng.pick(VOWELS)}${rng.pick(['', 'n', 'ng', 'nh', 'p', 't', 'ch'])}${rng.pick(['x', 'z', 'f', 'w', 'j'])}`;
    if (!known.has(w)) return w;
  }
}

export function randomQueries(seed: number, n = 100): RandomQuery[] {
  const rng = new Rng(seed);
  const lex = new Lexicon();
  const known = new Set(lex.phrases.flatMap((p) => fold(p).split(/[^\p{L}\p{N}]+/u)));
  const out: RandomQuery[] = [];
  const refYear = Number(REF.slice(0, 4));
  for (let i = 0; i < n; i++) {
    const band = BANDS[i % BANDS.length] as Band;
    let q: string;
    if (band === 'absent') {
      // An unknown word, alone or beside a known one (the AND of both matches nothing).
      const other = rng.chance(0.5) ? `${lex.phrases[rng.int(0, 2999)]?.split(' ')[0]} ` : '';
      q = `${other}${absentWord(rng, known)}`;
    } else {
      const [lo, hi] = RANKS[band];
      const phrase = lex.phrases[rng.int(lo, Math.min(hi, lex.phrases.length)) - 1] as string;
      // 1–3 consecutive words ending the phrase (where a name or a place is told apart).
      const words = phrase.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      const k = Math.min(words.length, rng.int(1, 3));
      q = words.slice(words.length - k).join(' ');
    }
    if (rng.chance(0.3)) q = fold(q);
    const query: RandomQuery = { band, label: `${band}: ${q}`, q };
    if (rng.chance(0.25)) {
      const kind = rng.int(0, 3);
      if (kind === 0 || kind === 3) query.typeCode = rng.pick(TYPES);
      if (kind === 1 || kind === 3) query.direction = rng.pick(DIRECTIONS);
      if (kind === 2 || rng.chance(0.5)) {
        // A range of 1–12 months starting any time in the ten years (often long ago).
        const year = rng.int(refYear - 9, refYear);
        const month = rng.int(1, 12);
        const from = new Date(Date.UTC(year, month - 1, 1));
        const to = new Date(Date.UTC(year, month - 1 + rng.int(1, 12), 0));
        query.from = from.toISOString().slice(0, 10);
        query.to = to.toISOString().slice(0, 10);
      }
      query.label += ` [${[query.typeCode, query.direction, query.from && `${query.from}…${query.to}`].filter(Boolean).join(', ')}]`;
    }
    out.push(query);
  }
  return out;
}
