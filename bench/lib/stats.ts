// Percentiles over a set of timings (nearest rank), in milliseconds rounded to 0.1.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export function summarise(samples: readonly number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return {
    n: s.length,
    p50: r1(percentile(s, 50)),
    p95: r1(percentile(s, 95)),
    max: r1(s[s.length - 1] ?? Number.NaN),
    mean: r1(mean),
  };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}
