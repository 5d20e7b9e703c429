// The few distributions the early-warning detector needs, in plain TypeScript (no I/O, no library):
// the log-gamma function, the binomial and beta-binomial upper tails, and a binomial tail for the
// neighbour rule. Tails are summed from the observed value upward with the ratio of successive
// terms, so a call costs a few hundred multiplications even when n is in the tens of thousands.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/** ln C(n, k) for integers 0 ≤ k ≤ n. */
export function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/** Stop summing a tail once a term adds less than this share of the sum. */
const EPS = 1e-13;

/**
 * P(X ≥ r) for X ~ Binomial(n, p), r and n integers. 1 when r ≤ 0, 0 when r > n.
 */
export function binomialTail(r: number, n: number, p: number): number {
  if (r <= 0) return 1;
  if (r > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // Below the mean the tail is large: 1 minus the lower part, which is then the short sum.
  if (r <= n * p) return 1 - binomialLower(r - 1, n, p);
  let term = Math.exp(lnChoose(n, r) + r * Math.log(p) + (n - r) * Math.log1p(-p));
  let sum = term;
  const q = p / (1 - p);
  for (let k = r; k < n; k++) {
    term *= ((n - k) / (k + 1)) * q;
    sum += term;
    if (term < sum * EPS) break;
  }
  return Math.min(1, sum);
}

/** P(X ≤ r) for X ~ Binomial(n, p), summed downward from r (used when r is at or below the mean). */
function binomialLower(r: number, n: number, p: number): number {
  if (r < 0) return 0;
  if (r >= n) return 1;
  let term = Math.exp(lnChoose(n, r) + r * Math.log(p) + (n - r) * Math.log1p(-p));
  let sum = term;
  const q = (1 - p) / p;
  for (let k = r; k > 0; k--) {
    term *= (k / (n - k + 1)) * q;
    sum += term;
    if (term < sum * EPS) break;
  }
  return Math.min(1, sum);
}

/**
 * P(X ≥ r) for X ~ BetaBinomial(n, a, b): the number of the n events that fall in the recent window
 * when the window's share p of the events is itself uncertain, p ~ Beta(a, b). Summed upward from r
 * while the terms decrease (past the mode), from the whole mass otherwise.
 */
export function betaBinomialTail(r: number, n: number, a: number, b: number): number {
  if (r <= 0) return 1;
  if (r > n) return 0;
  const lnB0 = lnBeta(a, b);
  const pmf = (k: number) => Math.exp(lnChoose(n, k) + lnBeta(k + a, n - k + b) - lnB0);
  // P(k + 1) / P(k): each term from the one before, without another log-gamma.
  const step = (k: number) => ((n - k) * (k + a)) / ((k + 1) * (n - k - 1 + b));
  if (r <= (n * a) / (a + b)) {
    // At or below the mean the lower part is the shorter sum.
    let term = pmf(0);
    let lower = term;
    for (let k = 0; k < r - 1; k++) {
      term *= step(k);
      lower += term;
    }
    return Math.max(0, Math.min(1, 1 - lower));
  }
  let term = pmf(r);
  let sum = term;
  for (let k = r; k < n; k++) {
    term *= step(k);
    sum += term;
    if (term < sum * EPS) break;
  }
  return Math.min(1, sum);
}
