// The copy-check ("dập khuôn"): how much of a lower unit's programme merely repeats its superior's.
// Pure functions, shared by the server (GET /api/programs/{id}/copy-check) and the web editor (the
// score as you type). Method, measurements and threshold: docs/programs.md.
//
// 1. Normalise: the names of the two units (the lower unit's own and its superior's) and the names of
//    levels (Thành phố, Thành ủy, quận, phường, xã, thị trấn …) are replaced by placeholders BEFORE
//    diacritics are folded — folded, "quận" would be "quan" and collide with "quán triệt", "quản lý".
//    Then lower case, no diacritics (domain/text.ts fold), punctuation dropped.
// 2. Compare: a weighted Dice coefficient over word unigrams and bigrams. Numbers and place-like
//    proper names (capitalised words inside a sentence) weigh LOCAL_WEIGHT, so that an item which adds
//    its own targets, figures and places moves away from its source faster than one that only
//    reshuffles the superior's words.
// 3. Decide: an item is a copy when its similarity to its source item (or, without a source, to the
//    closest item of the superior programme) reaches COPY_THRESHOLD.
import { fold } from '../text.ts';

/** Similarity from which an item counts as a copy of its source (measured: docs/programs.md). */
export const COPY_THRESHOLD = 0.6;
/** Weight of a number or a place-like proper name, against 1 for an ordinary word. */
export const LOCAL_WEIGHT = 3;

const LEVEL = 'capdonvi';
const UNIT = 'tendonvi';

/**
 * Names of levels and kinds of committee, accented and lower case, matched as whole words. Longer
 * phrases first so that "thành ủy" is replaced before "thành".
 */
export const LEVEL_TERMS: readonly string[] = [
  'ban thường vụ',
  'ban chấp hành',
  'thường trực',
  'đảng bộ',
  'đảng ủy',
  'thành ủy',
  'tỉnh ủy',
  'quận ủy',
  'huyện ủy',
  'thị ủy',
  'chi bộ',
  'thành phố',
  'thủ đô',
  'thị trấn',
  'thị xã',
  'đặc khu',
  'địa phương',
  'cơ sở',
  'tỉnh',
  'quận',
  'huyện',
  'phường',
  'xã',
  'khối',
  'tp',
];

// Words that look like a level name but are not one here: "xã hội" (society), "quận huyện" stays a
// level either way.
const NOT_LEVEL_AFTER: Record<string, readonly string[]> = {
  xã: ['hội', 'viên'],
  'cơ sở': ['vật chất', 'dữ liệu'],
};

/** Level words that open a unit's name: "Đảng ủy phường Ô Chợ Dừa" → "Ô Chợ Dừa". */
const NAME_PREFIXES: readonly string[] = [
  ...LEVEL_TERMS,
  'ban',
  'văn phòng',
  'ủy ban kiểm tra',
  'các cơ quan',
];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Letters of Vietnamese words, so that "xã" inside a longer word is never matched.
const L = 'a-zA-Z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF';

function phraseRegex(phrase: string, notAfter: readonly string[] = []): RegExp {
  const words = phrase.split(' ').map(escapeRegex).join('\\s+');
  const guard = notAfter
    .map((w) => `(?!\\s+${w.split(' ').map(escapeRegex).join('\\s+')}(?![${L}]))`)
    .join('');
  return new RegExp(`(?<![${L}])${words}(?![${L}])${guard}`, 'giu');
}

const LEVEL_REGEXES = LEVEL_TERMS.map((t) => phraseRegex(t, NOT_LEVEL_AFTER[t]));

/**
 * The ways a unit's name appears in text: the full name and the proper name without its level words,
 * when that is at least one word ("Đảng ủy phường Ô Chợ Dừa" → ["đảng ủy phường ô chợ dừa", "ô chợ dừa"]).
 */
export function unitNameVariants(name: string): string[] {
  const full = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (!full) return [];
  const out = new Set([full]);
  let rest = full;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of NAME_PREFIXES) {
      if (rest.startsWith(`${p} `)) {
        rest = rest.slice(p.length + 1).trim();
        changed = true;
      }
    }
  }
  if (rest && rest !== full && !LEVEL_TERMS.includes(rest)) out.add(rest);
  return [...out].sort((a, b) => b.length - a.length);
}

export interface Token {
  /** Folded word: lower case, no diacritics. */
  word: string;
  /** A number or a place-like proper name: counts LOCAL_WEIGHT. */
  local: boolean;
}

const SENTENCE_BREAK = /[.;:!?\n•–-]$/;

/**
 * Tokens of a text with the unit names and level names neutralised. `unitNames` are the names of
 * the lower unit and of its superior (any form; variants are derived).
 */
export function normalise(text: string, unitNames: readonly string[] = []): Token[] {
  let s = ` ${text.normalize('NFC')} `;
  const variants = unitNames.flatMap(unitNameVariants).sort((a, b) => b.length - a.length);
  for (const v of variants) s = s.replace(phraseRegex(v), ` ${UNIT} `);
  for (const re of LEVEL_REGEXES) s = s.replace(re, ` ${LEVEL} `);
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const raw of s.split(/\s+/)) {
    if (!raw) continue;
    const word = fold(raw).replace(/[^a-z0-9]+/g, '');
    const breaks = SENTENCE_BREAK.test(raw);
    if (word) {
      const prev = tokens[tokens.length - 1];
      // Placeholders that follow each other ("Ban Thường vụ Đảng ủy phường X") are one mention.
      const isPlaceholder = word === LEVEL || word === UNIT;
      if (!(isPlaceholder && prev && (prev.word === LEVEL || prev.word === UNIT))) {
        const core = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const number = /\d/.test(core);
        const proper = !sentenceStart && !isPlaceholder && /^\p{Lu}\p{Ll}+$/u.test(core);
        tokens.push({ word: isPlaceholder ? LEVEL : word, local: number || proper });
      }
      sentenceStart = false;
    }
    if (breaks) sentenceStart = true;
  }
  return tokens;
}

type Shingles = Map<string, number>;

/** Unigrams and bigrams, each with the weight of its heaviest word. */
export function shingles(tokens: readonly Token[]): Shingles {
  const out: Shingles = new Map();
  const add = (key: string, w: number) => out.set(key, Math.max(out.get(key) ?? 0, w));
  tokens.forEach((t, i) => {
    const w = t.local ? LOCAL_WEIGHT : 1;
    add(t.word, w);
    const next = tokens[i + 1];
    if (next) add(`${t.word} ${next.word}`, Math.max(w, next.local ? LOCAL_WEIGHT : 1));
  });
  return out;
}

function weight(s: Shingles): number {
  let w = 0;
  for (const v of s.values()) w += v;
  return w;
}

/** Weighted Dice coefficient of two shingle sets, 0–1. */
export function dice(a: Shingles, b: Shingles): number {
  const total = weight(a) + weight(b);
  if (total === 0) return 0;
  let shared = 0;
  for (const [k, wa] of a) {
    const wb = b.get(k);
    if (wb !== undefined) shared += Math.min(wa, wb) + Math.min(wa, wb);
  }
  return shared / total;
}

/** Similarity 0–1 of two item texts, after neutralising the given unit names and the level names. */
export function similarity(a: string, b: string, unitNames: readonly string[] = []): number {
  return round(dice(shingles(normalise(a, unitNames)), shingles(normalise(b, unitNames))));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export interface CheckedItem {
  id: number;
  title: string;
  description?: string | null;
  sourceItemId?: number | null;
}

export interface SourceItem {
  id: number;
  title: string;
  description?: string | null;
}

export interface ItemVerdict {
  itemId: number;
  /** The item it was compared with: its source, or the closest superior item when it has none. */
  sourceItemId: number | null;
  similarity: number;
  copy: boolean;
}

export interface CopyCheck {
  copyScore: number;
  localItems: number;
  copiedItems: { itemId: number; sourceItemId: number; similarity: number }[];
  items: ItemVerdict[];
  threshold: number;
}

export function itemText(i: { title: string; description?: string | null }): string {
  return i.description ? `${i.title}. ${i.description}` : i.title;
}

/**
 * The copy-check of a programme against its superior's. `unitNames`: the lower unit's name and the
 * superior unit's name. An item with a source is compared with that source; one without a source with
 * every superior item, keeping the closest.
 */
export function checkProgramme(
  items: readonly CheckedItem[],
  sources: readonly SourceItem[],
  unitNames: readonly string[],
  threshold = COPY_THRESHOLD,
): CopyCheck {
  const prepared = new Map(sources.map((s) => [s.id, shingles(normalise(itemText(s), unitNames))]));
  const verdicts: ItemVerdict[] = items.map((item) => {
    const mine = shingles(normalise(itemText(item), unitNames));
    let best: { id: number | null; sim: number } = { id: null, sim: 0 };
    const own = item.sourceItemId == null ? undefined : prepared.get(item.sourceItemId);
    if (own && item.sourceItemId != null) best = { id: item.sourceItemId, sim: dice(mine, own) };
    else {
      for (const [id, sh] of prepared) {
        const sim = dice(mine, sh);
        if (sim > best.sim) best = { id, sim };
      }
    }
    const sim = round(best.sim);
    return {
      itemId: item.id,
      sourceItemId: best.id,
      similarity: sim,
      copy: best.id !== null && sim >= threshold,
    };
  });
  const copies = verdicts.filter((v) => v.copy);
  return {
    copyScore: items.length === 0 ? 0 : round(copies.length / items.length),
    localItems: items.length - copies.length,
    copiedItems: copies.map((v) => ({
      itemId: v.itemId,
      sourceItemId: v.sourceItemId as number,
      similarity: v.similarity,
    })),
    items: verdicts,
    threshold,
  };
}
