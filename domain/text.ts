// Vietnamese text rules shared by server and client: NFC storage, diacritic folding, name order.

/** Every stored text is Unicode NFC (legacy input often arrives decomposed). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Lower case without diacritics, đ → d: what search and similarity compare. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

// A lone surrogate cannot be stored as UTF-8, and PostgreSQL refuses NUL in text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Built from code points: a regex literal with control characters trips the linter for good reason.
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11, 12)}${String.fromCharCode(14)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`,
);

/** The string without control characters (file names, single-line fields). */
export function stripControl(s: string): string {
  return s.replace(new RegExp(CONTROL.source, 'g'), '');
}

/** Whether a string can be stored as text: no NUL or other control characters, no lone surrogates. */
export function isStorableText(s: string): boolean {
  return !LONE_SURROGATE.test(s) && !CONTROL.test(s);
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Vietnamese letter order (a ă â b c d đ …, tones after letters) for single words or titles. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

function nameParts(fullName: string): string[] {
  return nfc(fullName).trim().split(/\s+/).filter(Boolean);
}

/**
 * People sort by given name (the last word), then by the middle names, then by family name
 * (docs/domain.md, names), each word in Vietnamese letter order with tones after letters.
 */
export function compareNames(a: string, b: string): number {
  const key = (fullName: string) => {
    const parts = nameParts(fullName);
    if (parts.length <= 1) return parts;
    return [parts[parts.length - 1] as string, ...parts.slice(1, -1), parts[0] as string];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const x = ka[i];
    const y = kb[i];
    if (x === undefined) return y === undefined ? 0 : -1;
    if (y === undefined) return 1;
    const c = collator.compare(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** Sort a list of records by a person's full name, the Vietnamese way (stable, non-mutating). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNames(name(a), name(b)));
}
