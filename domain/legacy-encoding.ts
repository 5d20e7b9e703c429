// Legacy Vietnamese 8-bit encodings still found in old files: TCVN3 (ABC, fonts .VnTime) and VNI
// (VNI-Times). Text extracted from such files shows Latin-1 look-alikes ("B¶o Th¾ng", "Vieät Nam");
// this detects them and converts to Unicode NFC.

// TCVN3 (TCVN 5712:1993, VN3): one byte per letter. Upper-case tone letters share the lower-case
// codes (the .VnTimeH font draws them in capitals), so they convert to lower case.
const TCVN3: Record<string, string> = {
  '\u00A1': 'Ă',
  '\u00A2': 'Â',
  '\u00A3': 'Ê',
  '\u00A4': 'Ô',
  '\u00A5': 'Ơ',
  '\u00A6': 'Ư',
  '\u00A7': 'Đ',
  '\u00A8': 'ă',
  '\u00A9': 'â',
  '\u00AA': 'ê',
  '\u00AB': 'ô',
  '\u00AC': 'ơ',
  '\u00AD': 'ư',
  '\u00AE': 'đ',
  '\u00B5': 'à',
  '\u00B6': 'ả',
  '\u00B7': 'ã',
  '\u00B8': 'á',
  '\u00B9': 'ạ',
  '\u00BB': 'ằ',
  '\u00BC': 'ẳ',
  '\u00BD': 'ẵ',
  '\u00BE': 'ắ',
  '\u00C6': 'ặ',
  '\u00C7': 'ầ',
  '\u00C8': 'ẩ',
  '\u00C9': 'ẫ',
  '\u00CA': 'ấ',
  '\u00CB': 'ậ',
  '\u00CC': 'è',
  '\u00CE': 'ẻ',
  '\u00CF': 'ẽ',
  '\u00D0': 'é',
  '\u00D1': 'ẹ',
  '\u00D2': 'ề',
  '\u00D3': 'ể',
  '\u00D4': 'ễ',
  '\u00D5': 'ế',
  '\u00D6': 'ệ',
  '\u00D7': 'ì',
  '\u00D8': 'ỉ',
  '\u00DC': 'ĩ',
  '\u00DD': 'í',
  '\u00DE': 'ị',
  '\u00DF': 'ò',
  '\u00E1': 'ỏ',
  '\u00E2': 'õ',
  '\u00E3': 'ó',
  '\u00E4': 'ọ',
  '\u00E5': 'ồ',
  '\u00E6': 'ổ',
  '\u00E7': 'ỗ',
  '\u00E8': 'ố',
  '\u00E9': 'ộ',
  '\u00EA': 'ờ',
  '\u00EB': 'ở',
  '\u00EC': 'ỡ',
  '\u00ED': 'ớ',
  '\u00EE': 'ợ',
  '\u00EF': 'ù',
  '\u00F1': 'ủ',
  '\u00F2': 'ũ',
  '\u00F3': 'ú',
  '\u00F4': 'ụ',
  '\u00F5': 'ừ',
  '\u00F6': 'ử',
  '\u00F7': 'ữ',
  '\u00F8': 'ứ',
  '\u00F9': 'ự',
  '\u00FA': 'ỳ',
  '\u00FB': 'ỷ',
  '\u00FC': 'ỹ',
  '\u00FD': 'ý',
  '\u00FE': 'ỵ',
};

// VNI: a base letter followed by one mark byte. Combining marks by meaning:
const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRC = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031B';

/** VNI mark bytes (lower- and upper-case forms) → the combining marks they stand for. */
const VNI_MARKS: Record<string, string> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  Ù: ACUTE,
  Ø: GRAVE,
  Û: HOOK,
  Õ: TILDE,
  Ï: DOT,
  â: CIRC,
  á: CIRC + ACUTE,
  à: CIRC + GRAVE,
  å: CIRC + HOOK,
  ã: CIRC + TILDE,
  ä: CIRC + DOT,
  Â: CIRC,
  Á: CIRC + ACUTE,
  À: CIRC + GRAVE,
  Å: CIRC + HOOK,
  Ã: CIRC + TILDE,
  Ä: CIRC + DOT,
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
  Ê: BREVE,
  É: BREVE + ACUTE,
  È: BREVE + GRAVE,
  Ú: BREVE + HOOK,
  Ü: BREVE + TILDE,
  Ë: BREVE + DOT,
};

/** VNI letters that are one byte on their own. */
const VNI_LETTERS: Record<string, string> = {
  ô: `o${HORN}`,
  Ô: `O${HORN}`,
  ö: `u${HORN}`,
  Ö: `U${HORN}`,
  ñ: 'đ',
  Ñ: 'Đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  î: 'ỵ',
  Î: 'Ỵ',
};

const VNI_BASES = /[aeouyAEOUY]/;

export type LegacyEncoding = 'tcvn3' | 'vni' | 'unicode';

// Letters only Unicode Vietnamese has (ă ơ ư đ and the precomposed tone letters U+1EA0–U+1EF9).
const UNICODE_VI = /[\u0103\u0102\u01A1\u01A0\u01B0\u01AF\u0111\u0110\u1EA0-\u1EF9]/;
// TCVN3 letters that are symbols in Latin-1 (¡ … ®, µ … ¾): Western text does not put them inside
// words, while TCVN3 Vietnamese is full of them (à á ả ã ạ ă â ê ô ơ ư đ …).
const TCVN3_SIGNS = /[\u00A1-\u00A8\u00AA-\u00AE\u00B5-\u00B9\u00BB-\u00BE]/g;
// VNI's mark bytes after a vowel ("Vieät", "Ñaûng") — strong evidence; its one-byte letters
// (ô ö ñ …) also occur in TCVN3 text, so they only support a decision.
const VNI_MARK_PAIRS = /[aeouyAEOUY][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/;

/**
 * Which encoding a text extracted from a file is in. Unicode Vietnamese is recognised by its own
 * letters; otherwise the share of words carrying TCVN3 symbol-range letters or VNI mark pairs decides.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding {
  if (UNICODE_VI.test(text)) return 'unicode';
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 'unicode';
  let vni = 0;
  let tcvn = 0;
  for (const w of words) {
    if (VNI_MARK_PAIRS.test(w)) vni++;
    if (w.match(TCVN3_SIGNS)) tcvn++;
  }
  const threshold = Math.max(1, words.length * 0.15);
  if (tcvn >= threshold && tcvn >= vni) return 'tcvn3';
  if (vni >= threshold) return 'vni';
  return 'unicode';
}

export function tcvn3ToUnicode(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3[ch] ?? ch;
  return out.normalize('NFC');
}

export function vniToUnicode(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    if (VNI_LETTERS[ch] !== undefined) {
      let letter = VNI_LETTERS[ch] as string;
      // ơ and ư take a tone mark after them: "ôù" = ớ.
      if ((ch === 'ô' || ch === 'Ô' || ch === 'ö' || ch === 'Ö') && next && /[ùøûõïÙØÛÕÏ]/.test(next)) {
        letter += VNI_MARKS[next];
        i++;
      }
      out += letter;
    } else if (VNI_BASES.test(ch) && next !== undefined && VNI_MARKS[next] !== undefined) {
      out += ch + VNI_MARKS[next];
      i++;
    } else {
      out += ch;
    }
  }
  return out.normalize('NFC');
}

/** Unicode NFC whatever the legacy encoding of the input. */
export function toUnicodeText(text: string): { text: string; encoding: LegacyEncoding } {
  const encoding = detectLegacyEncoding(text);
  if (encoding === 'tcvn3') return { text: tcvn3ToUnicode(text), encoding };
  if (encoding === 'vni') return { text: vniToUnicode(text), encoding };
  return { text: text.normalize('NFC'), encoding };
}
