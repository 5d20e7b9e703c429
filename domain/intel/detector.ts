// The early-warning test for one series: the items of one category in one unit's subtree, counted
// by week back from the day of the check. Pure: the SQL only counts; docs/intel.md gives the method
// and the figures measured on generated series.
//
// The question is whether the last window (28 days) holds clearly more items than the unit's own
// baseline (the 12 weeks before it). Conditioned on the n items of window and baseline together,
// each item falls in the window with probability p0 = 4/16 when the rate did not change, so the
// window's count R is Binomial(n, p0) and the tail P(X ≥ R) is an exact test that already carries
// the uncertainty of a baseline estimated from few items (an exact conditional test for two Poisson
// counts). Two things break that model in real reports, and the test accounts for both:
// - clustering: one event reported as several items makes weekly counts over-dispersed. The
//   dispersion φ is estimated from the 12 baseline weeks (Pearson χ² / 11, at least 1) and the
//   counts are divided by it before the test (the quasi-Poisson adjustment of surveillance systems);
// - seasonality: where the unit reported in the same weeks of earlier years, the window's share p
//   is not taken as 4/16 but learnt from those years: p ~ Beta(a, b) with a prior worth `priorWeight`
//   items centred on 4/16 plus the earlier years' window and baseline counts; R is then
//   beta-binomial, whose tail is the p-value. A rise that comes back every year at that time is then
//   expected, and an unusual one is still seen. A unit without earlier years is tested without it.
// A warning needs the tail below `alpha`, at least `minRecent` items in the window and a window at
// least `minRatio` times the expected count: significant and large enough to matter.
import { betaBinomialTail, binomialTail } from './stats.ts';

export interface DetectorParams {
  /** Days of the recent window (a whole number of weeks). */
  windowDays: number;
  /** Weeks of the baseline just before the window. */
  baselineWeeks: number;
  /** Fewest baseline weeks a unit must have reported in before it is tested at all. */
  minBaselineWeeks: number;
  /** Largest p-value that raises a warning. */
  alpha: number;
  /** Fewest items in the window for a warning. */
  minRecent: number;
  /** Smallest ratio of the window's count to the expected count for a warning. */
  minRatio: number;
  /** How many earlier years (same weeks) may inform the seasonal share; 0 turns it off. */
  seasonYears: number;
  /** Weight, in items, of the prior belief that the window's share is flat (no season). */
  priorWeight: number;
}

/** Weekly counts of one series: index 0 holds the 7 days before the check day, then back in time. */
export interface SeriesCounts {
  /** Window weeks first, then baseline weeks: windowDays / 7 + baselineWeeks entries. */
  weeks: ArrayLike<number>;
  /**
   * Baseline weeks the unit was already reporting in (a unit that started 8 weeks before the window
   * has an 8-week baseline); all of them when absent.
   */
  baselineWeeks?: number | undefined;
  /** The same weeks of earlier years the unit was reporting in, the nearest year first. */
  years: ArrayLike<number>[];
}

export interface Assessment {
  /** Items in the window. */
  recent: number;
  /** Items in the baseline weeks. */
  baselineTotal: number;
  /** Items the window was expected to hold (baseline per window length, seasonally adjusted). */
  expected: number;
  /** recent / expected (Infinity when nothing was expected). */
  ratio: number;
  /** Over-dispersion φ of the baseline weeks (1 = Poisson). */
  dispersion: number;
  pValue: number;
  /** −log10 of the p-value: 2 means 1 in 100, 3 means 1 in 1,000. */
  score: number;
  /** Baseline weeks used (fewer than asked when the unit started reporting within them). */
  baselineWeeks: number;
  /** Earlier years used for the seasonal share. */
  yearsUsed: number;
  warn: boolean;
}

export function windowWeeks(p: Pick<DetectorParams, 'windowDays'>): number {
  return Math.max(1, Math.round(p.windowDays / 7));
}

function sum(xs: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i] ?? 0;
  return s;
}

/** Pearson dispersion of weekly counts: Σ(x − m)² / m / (k − 1), at least 1. */
export function dispersionOf(xs: ArrayLike<number>, from: number, to: number): number {
  const k = to - from;
  if (k < 2) return 1;
  const m = sum(xs, from, to) / k;
  if (m <= 0) return 1;
  let chi = 0;
  for (let i = from; i < to; i++) chi += ((xs[i] ?? 0) - m) ** 2 / m;
  return Math.max(1, chi / (k - 1));
}

/**
 * Dispersion pooled over several spans of weekly counts, each around its own mean (a level that
 * changed between years is not mistaken for clustering): Σ χ² / Σ (k − 1), at least 1.
 */
export function pooledDispersion(spans: { xs: ArrayLike<number>; from: number; to: number }[]): number {
  let chi = 0;
  let df = 0;
  for (const { xs, from, to } of spans) {
    const k = to - from;
    const m = sum(xs, from, to) / k;
    if (k < 2 || m <= 0) continue;
    for (let i = from; i < to; i++) chi += ((xs[i] ?? 0) - m) ** 2 / m;
    df += k - 1;
  }
  return df > 0 ? Math.max(1, chi / df) : 1;
}

/** The test for one series (see the head of this file). */
export function assess(series: SeriesCounts, p: DetectorParams): Assessment {
  const w = windowWeeks(p);
  const bw = Math.max(0, Math.min(p.baselineWeeks, series.baselineWeeks ?? p.baselineWeeks));
  const recent = sum(series.weeks, 0, w);
  const baselineTotal = sum(series.weeks, w, w + bw);
  if (bw < Math.max(1, p.minBaselineWeeks)) {
    // Too new to have a baseline of its own: not tested.
    return {
      recent,
      baselineTotal,
      expected: Number.NaN,
      ratio: Number.NaN,
      dispersion: 1,
      pValue: 1,
      score: 0,
      baselineWeeks: bw,
      yearsUsed: 0,
      warn: false,
    };
  }
  const flat = w / (w + bw);
  // Earlier years only with a full baseline: a short one says the unit is new.
  const years = bw === p.baselineWeeks ? series.years.slice(0, Math.max(0, p.seasonYears)) : [];
  const phi = pooledDispersion([
    { xs: series.weeks, from: w, to: w + bw },
    ...years.map((y) => ({ xs: y, from: 0, to: w + bw })),
  ]);
  let earlierRecent = 0;
  let earlierBase = 0;
  for (const y of years) {
    earlierRecent += sum(y, 0, w);
    earlierBase += sum(y, w, w + bw);
  }
  // The window's expected share of window + baseline: flat, or learnt from the earlier years.
  const a = p.priorWeight * flat + earlierRecent / phi;
  const b = p.priorWeight * (1 - flat) + earlierBase / phi;
  const seasonal = years.length > 0 && a + b > 0;
  const share = seasonal ? a / (a + b) : flat;
  const expected = (baselineTotal * share) / (1 - share);
  const ratio = expected > 0 ? recent / expected : recent > 0 ? Number.POSITIVE_INFINITY : 0;
  const r = Math.round(recent / phi);
  const n = Math.round((recent + baselineTotal) / phi);
  let pValue = 1;
  if (recent > 0 && ratio > 1) {
    pValue = seasonal
      ? betaBinomialTail(r, n, Math.max(a, 1e-9), Math.max(b, 1e-9))
      : binomialTail(r, n, flat);
  }
  const score = pValue > 0 ? -Math.log10(pValue) : 300;
  return {
    recent,
    baselineTotal,
    expected,
    ratio,
    dispersion: phi,
    pValue,
    score,
    baselineWeeks: bw,
    yearsUsed: years.length,
    warn: pValue <= p.alpha && recent >= p.minRecent && ratio >= p.minRatio,
  };
}
