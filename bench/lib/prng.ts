// A small seeded PRNG (sfc32, seeded through splitmix32) and the samplers the generator needs. Every
// figure of a bench run comes from data that this seed reproduces exactly, on any machine.

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const sm = splitmix32(seed);
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A child generator: one stream per table, so adding rows to one table leaves the others as they were. */
  fork(label: string): Rng {
    let h = 2166136261;
    for (const ch of label) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
    return new Rng((h ^ Math.floor(this.next() * 4294967296)) >>> 0);
  }
}

/**
 * Walker's alias table: O(1) draws from a fixed discrete distribution (a Zipf law over 25,000 words
 * is drawn ~150 million times for a city).
 */
export class Alias {
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;

  constructor(weights: readonly number[]) {
    const n = weights.length;
    const sum = weights.reduce((s, w) => s + w, 0);
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    const scaled = weights.map((w) => (w * n) / sum);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => {
      (p < 1 ? small : large).push(i);
    });
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.prob[s] = scaled[s] as number;
      this.alias[s] = l;
      scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
      ((scaled[l] as number) < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.prob[i] = 1;
  }

  draw(rng: Rng): number {
    const i = Math.floor(rng.next() * this.prob.length);
    return rng.next() < (this.prob[i] as number) ? i : (this.alias[i] as number);
  }
}

/** Weights of a Zipf law over ranks 1..n with exponent s. */
export function zipfWeights(n: number, s: number): number[] {
  return Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);
}

/** Draws one of the keys of a weight table ({ CV: 30, BC: 15, … }). */
export class Weighted<K extends string> {
  private readonly keys: K[];
  private readonly table: Alias;
  constructor(weights: Record<K, number>) {
    this.keys = Object.keys(weights) as K[];
    this.table = new Alias(this.keys.map((k) => weights[k]));
  }
  draw(rng: Rng): K {
    return this.keys[this.table.draw(rng)] as K;
  }
}
