// The generated city's language: a lexicon of administrative phrases, the words and word pairs of
// five news articles about Party committee offices (seed-phrases.ts) and a long tail of places and
// names, drawn by a Zipf law. A summary or a content is a few sentences of drawn phrases: not prose,
// but with the word statistics of a real register (a few words in most documents, a typical name or
// term in well under 1% of them).
import { fold } from '../../domain/text.ts';
import { Alias, type Rng, zipfWeights } from './prng.ts';
import { SEED_PHRASES } from './seed-phrases.ts';
import * as W from './words.ts';

/** Where the query set's phrases sit in the Zipf ranking (rank 1 = most frequent). */
export const PLACED: Record<string, number> = {
  'đảng viên': 12,
  'kiểm tra': 31,
  'kinh tế - xã hội': 45,
  'chuyển đổi số': 120,
  'an ninh trật tự': 300,
  'sáp nhập': 700,
  'đảng phí': 900,
  'phòng, chống tham nhũng': 1200,
  'giải phóng mặt bằng': 1500,
  'ô nhiễm môi trường': 2500,
  'dập khuôn': 6000,
  'Ô Chợ Dừa': 9000,
  'ngập úng': 12000,
};

/** Terms whose syllables occur nowhere else (a place name's syllables are common words: not listed). */
const RARE_TERMS = ['dập khuôn', 'ngập úng'];

export const LEXICON_SIZE = 24_000;
const ZIPF_S = 1.0;

function tail(): string[] {
  const out: string[] = [...W.RARE];
  const S = W.PLACE_SYLLABLES;
  const kinds = ['phố', 'thôn', 'khu', 'đường', 'ngõ', 'cụm', 'xóm', 'dự án'];
  for (let i = 0; i < S.length; i++)
    for (let j = 0; j < S.length; j++)
      if (i !== j) out.push(`${kinds[(i * 7 + j) % kinds.length]} ${S[i]} ${S[j]}`);
  for (const w of W.WARDS) out.push(w);
  for (let n = 1; n <= 400; n++) out.push(`tổ dân phố số ${n}`);
  // People named in documents: the longest part of the tail.
  for (const [family] of W.FAMILY)
    for (const middle of [...W.MIDDLE_MALE, ...W.MIDDLE_FEMALE])
      for (const given of [...W.GIVEN_MALE, ...W.GIVEN_FEMALE])
        out.push(`đồng chí ${family} ${middle} ${given}`);
  return out;
}

export class Lexicon {
  readonly phrases: string[];
  private readonly table: Alias;

  constructor() {
    const seen = new Set<string>();
    const ranked: string[] = [];
    const placed = new Set(Object.keys(PLACED).map(fold));
    // The syllables of the rare placed terms stay rare: an article's "dập" or "ngập" on its own,
    // high in the law, would make "dập khuôn" match every document that has both anywhere.
    const rareSyllables = new Set(RARE_TERMS.flatMap((p) => fold(p).split(/\s+/)));
    const add = (p: string) => {
      const k = fold(p);
      if (seen.has(k) || placed.has(k) || k.split(/\s+/).some((w) => rareSyllables.has(w))) return;
      seen.add(k);
      ranked.push(p);
    };
    W.TOP.forEach(add);
    // Administrative phrases and the seeds' words alternate: both are the middle of the law.
    const seeds = [...SEED_PHRASES];
    const admin = [...W.ADMIN];
    while (admin.length > 0 || seeds.length > 0) {
      const a = admin.shift();
      if (a) add(a);
      for (let k = 0; k < 4; k++) {
        const s = seeds.shift();
        if (s) add(s);
      }
    }
    tail().forEach(add);
    for (const [p, rank] of Object.entries(PLACED).sort((a, b) => a[1] - b[1]))
      ranked.splice(Math.min(rank - 1, ranked.length), 0, p);
    this.phrases = ranked.slice(0, LEXICON_SIZE);
    this.table = new Alias(zipfWeights(this.phrases.length, ZIPF_S));
  }

  word(rng: Rng): string {
    return this.phrases[this.table.draw(rng)] as string;
  }

  /** A sentence of n drawn phrases, capitalised, with a comma now and then. */
  sentence(rng: Rng, n: number, lead?: string): string {
    const parts: string[] = lead ? [lead] : [];
    for (let i = 0; i < n; i++) {
      parts.push(this.word(rng));
      if (i > 1 && i < n - 1 && rng.chance(0.12)) parts[parts.length - 1] += ',';
    }
    const s = parts.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  }
}

const OPENERS = [
  'Thực hiện',
  'Căn cứ',
  'Để',
  'Ban Thường vụ yêu cầu',
  'Đề nghị các đồng chí',
  'Trong thời gian qua,',
  'Quán triệt',
  'Nhằm',
  'Tiếp tục',
  'Các cấp ủy',
  'Văn phòng',
  'Đảng ủy',
  'Chi bộ',
  'Kết quả,',
];

const SUMMARY_LEAD: Record<string, string[]> = {
  NQ: ['Nghị quyết về', 'Nghị quyết chuyên đề về'],
  QĐ: [
    'Quyết định về việc',
    'Quyết định thành lập',
    'Quyết định kết nạp đảng viên',
    'Quyết định tặng Huy hiệu Đảng',
  ],
  QĐi: ['Quy định về'],
  CT: ['Chỉ thị về tăng cường', 'Chỉ thị về'],
  KL: ['Kết luận của Ban Thường vụ về', 'Kết luận về'],
  QC: ['Quy chế làm việc', 'Quy chế phối hợp'],
  HD: ['Hướng dẫn thực hiện', 'Hướng dẫn'],
  TB: ['Thông báo kết luận của Thường trực về', 'Thông báo ý kiến chỉ đạo về', 'Thông báo'],
  KH: ['Kế hoạch triển khai', 'Kế hoạch tổ chức', 'Kế hoạch thực hiện'],
  CV: ['V/v', 'V/v triển khai', 'V/v báo cáo', 'V/v đôn đốc'],
  BC: ['Báo cáo kết quả', 'Báo cáo sơ kết', 'Báo cáo tổng kết', 'Báo cáo tình hình'],
  CTr: ['Chương trình công tác', 'Chương trình hành động thực hiện'],
  TTr: ['Tờ trình về', 'Tờ trình đề nghị'],
  ĐA: ['Đề án', 'Đề án nâng cao'],
  BB: ['Biên bản hội nghị', 'Biên bản kiểm tra', 'Biên bản làm việc'],
  TT: ['Thông tri về'],
};

/** A trích yếu: the type's usual lead, then 3–10 drawn phrases, sometimes a year or a place. */
export function summary(lex: Lexicon, rng: Rng, type: string, year: number, place: string | null): string {
  const lead = rng.pick(SUMMARY_LEAD[type] ?? ['V/v']);
  const words = Array.from({ length: rng.int(3, 10) }, () => lex.word(rng));
  if (rng.chance(0.35)) words.push(`năm ${year}`);
  if (place && rng.chance(0.25)) words.push(`trên địa bàn ${place}`);
  return `${lead} ${words.join(' ')}`;
}

/** A body of 3–14 sentences (some incoming documents have none: only a scan). */
export function content(lex: Lexicon, rng: Rng, place: string | null): string {
  const n = rng.int(3, 14);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lead = rng.chance(0.4) ? rng.pick(OPENERS) : undefined;
    out.push(lex.sentence(rng, rng.int(5, 14), lead));
    if (place && rng.chance(0.08)) out.push(`Trên địa bàn ${place} đã ${lex.word(rng)} ${lex.word(rng)}.`);
  }
  return out.join(' ');
}

export function taskTitle(lex: Lexicon, rng: Rng): string {
  const verbs = [
    'Xây dựng',
    'Triển khai',
    'Tổ chức',
    'Rà soát',
    'Kiểm tra',
    'Báo cáo',
    'Hoàn thành',
    'Tham mưu',
  ];
  const words = Array.from({ length: rng.int(3, 8) }, () => lex.word(rng));
  return `${rng.pick(verbs)} ${words.join(' ')}`;
}

export interface PersonName {
  fullName: string;
  gender: 'Nam' | 'Nữ';
}

const FAMILY_TABLE = new Alias(W.FAMILY.map(([, w]) => w));

export function personName(rng: Rng): PersonName {
  const female = rng.chance(0.42);
  const family = (W.FAMILY[FAMILY_TABLE.draw(rng)] as [string, number])[0];
  const middle = rng.pick(female ? W.MIDDLE_FEMALE : W.MIDDLE_MALE);
  const given = rng.pick(female ? W.GIVEN_FEMALE : W.GIVEN_MALE);
  const second = rng.chance(0.25) ? `${rng.pick(female ? W.GIVEN_FEMALE : W.GIVEN_MALE)} ` : '';
  return { fullName: `${family} ${middle} ${second}${given}`, gender: female ? 'Nữ' : 'Nam' };
}
