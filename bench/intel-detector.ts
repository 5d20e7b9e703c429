// `npm run bench:intel -- [--series 2000] [--seed 20261207] [--pg] [--units 15000]`
// The early-warning detector measured on generated weekly series (docs/intel.md):
// 1. false warnings on steady units: Poisson at several levels, over-dispersed (clustered reports),
//    seasonal (a smooth yearly wave, and a sharp yearly peak checked as it starts), each with two
//    earlier years of history; share of checks that warn;
// 2. detection of injected rises: the 4 weeks before the check at 2× and 3× the level;
// 3. speed over a city: 15,000 units, 7 categories, 3 years of items — the pure computation on the
//    week counts, and with --pg the counting SQL of the service on PostgreSQL (a fresh database).
// Figures are printed and written to bench/results/<date>-intel-detector.json; nothing is asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assess, type DetectorParams } from '../domain/intel/detector.ts';
import { detectorParams, neighbourParams } from '../domain/intel/params.ts';
import { computeWarnings, type TreeUnit, type WeekCount, weekRanges } from '../domain/intel/warnings.ts';
import { RULES } from '../domain/rules/catalog.ts';
import { machine } from './lib/machine.ts';
import { Rng } from './lib/prng.ts';

const { values: args } = parseArgs({
  options: {
    series: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20261207' },
    units: { type: 'string', default: '15000' },
    pg: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(import.meta.dirname, 'results') },
  },
});
const N = Number(args.series);
const UNITS = Number(args.units);
const P: DetectorParams = detectorParams(RULES['intel.detector'].defaultValue);
const NB = neighbourParams(RULES['intel.neighbours'].defaultValue);
const rng = new Rng(Number(args.seed));
const log = (s: string) => process.stderr.write(`[intel ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

// ---- Samplers ---------------------------------------------------------------------------------

function poisson(r: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(r)));
  const L = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= r.next();
  } while (p > L);
  return k - 1;
}

function normal(r: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());
}

/** Gamma(shape, 1) (Marsaglia–Tsang). */
function gamma(r: Rng, shape: number): number {
  if (shape < 1) return gamma(r, shape + 1) * r.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(r);
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(1 - r.next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Negative binomial with mean m and variance φ·m (a Poisson whose rate is Gamma-distributed). */
function negBin(r: Rng, m: number, phi: number): number {
  if (phi <= 1) return poisson(r, m);
  const k = m / (phi - 1);
  return poisson(r, (gamma(r, k) * m) / k);
}

// ---- Series -----------------------------------------------------------------------------------

const LEN = 16; // window (4) + baseline (12)
const HISTORY = 52 * 2 + LEN; // the same weeks of two earlier years

interface Scenario {
  name: string;
  /** Expected count in week t (t = 0 is the week before the check, counting back). */
  rate: (t: number) => number;
  phi: number;
}

/** Weekly counts back from the check: weeks 0..LEN-1 now, and the same weeks one and two years back. */
function draw(s: Scenario, lift: number): { weeks: number[]; years: number[][] } {
  const at = (t: number) => negBin(rng, s.rate(t) * (t < 4 ? lift : 1), s.phi);
  const all = Array.from({ length: HISTORY }, (_, t) => at(t));
  return { weeks: all.slice(0, LEN), years: [all.slice(52, 52 + LEN), all.slice(104, 104 + LEN)] };
}

function steadyScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const lambda of [0.5, 1, 2, 5, 10])
    out.push({ name: `Poisson ${lambda}/tuần`, rate: () => lambda, phi: 1 });
  for (const lambda of [1, 3]) out.push({ name: `phân tán φ=3, ${lambda}/tuần`, rate: () => lambda, phi: 3 });
  // A smooth yearly wave (±60 %) at its rising phase during the window.
  for (const lambda of [1, 3])
    out.push({
      name: `mùa vụ sóng ±60%, ${lambda}/tuần`,
      rate: (t) => lambda * (1 + 0.6 * Math.sin((2 * Math.PI * (26 - t)) / 52 + Math.PI / 2)),
      phi: 1,
    });
  // A sharp yearly peak (×3 for the 4 weeks of the window, every year): e.g. land complaints at the
  // time compensation is paid.
  for (const lambda of [1, 2])
    out.push({
      name: `mùa vụ đỉnh ×3 hằng năm, ${lambda}/tuần`,
      rate: (t) => lambda * (t % 52 < 4 ? 3 : 1),
      phi: 1,
    });
  return out;
}

function rate(s: Scenario, lift: number): { share: number; warned: number } {
  let warned = 0;
  for (let i = 0; i < N; i++) if (assess(draw(s, lift), P).warn) warned++;
  return { share: warned / N, warned };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// ---- Speed over a city ------------------------------------------------------------------------

const CATEGORIES = ['antt', 'khieu_nai', 'dan_sinh', 'dat_dai', 'moi_truong', 'du_luan', 'tu_tuong'];

function cityTree(n: number): TreeUnit[] {
  // 1 city → 150 wards/communes → the rest as cells and groups below them.
  const units: TreeUnit[] = [{ id: 1, parentId: null, name: 'Thành ủy', active: true, mergedInto: null }];
  const wards = Math.min(150, n - 1);
  for (let i = 0; i < wards; i++)
    units.push({ id: 2 + i, parentId: 1, name: `Phường ${i + 1}`, active: true, mergedInto: null });
  for (let id = 2 + wards; id <= n; id++)
    units.push({
      id,
      parentId: 2 + ((id - 2 - wards) % wards),
      name: `Chi bộ ${id}`,
      active: true,
      mergedInto: null,
    });
  return units;
}

/** Week counts over three years of items at the leaves: what the SQL returns for one check day. */
function cityCounts(units: TreeUnit[]): { counts: WeekCount[]; items: number } {
  const counts: WeekCount[] = [];
  let items = 0;
  const leaves = units.filter((u) => u.id > 151);
  const weeks = weekRanges(P).flatMap((r) => Array.from({ length: r.to - r.from + 1 }, (_, k) => r.from + k));
  for (const u of leaves)
    for (const category of CATEGORIES) {
      const level = gamma(rng, 0.5) * 0.1; // most leaves report rarely, a few often
      for (const week of weeks) {
        const n = poisson(rng, level);
        if (n > 0) counts.push({ orgId: u.id, category, week, n });
      }
      items += Math.round(level * 156);
    }
  return { counts, items };
}

function timed<T>(fn: () => T, reps = 5): { ms: number[]; median: number; value: T } {
  const ms: number[] = [];
  let value!: T;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    value = fn();
    ms.push(performance.now() - t0);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  return { ms, median: sorted[Math.floor(sorted.length / 2)] as number, value };
}

async function main() {
  const result: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: machine(),
    params: P,
    series: N,
  };
  log(`false warnings on steady series (${N} each)`);
  const steady = steadyScenarios().map((s) => ({ scenario: s.name, ...rate(s, 1) }));
  for (const r of steady) console.log(`steady  ${r.scenario.padEnd(36)} ${pct(r.share).padStart(6)}`);
  const total = steady.reduce((a, r) => a + r.warned, 0) / (steady.length * N);
  console.log(`steady  ${'all'.padEnd(36)} ${pct(total).padStart(6)}`);
  result.steady = { scenarios: steady, overall: total };

  log('detection of injected rises');
  const detection = [];
  for (const lift of [2, 3])
    for (const s of steadyScenarios()
      .filter((x) => x.phi === 1 && x.name.startsWith('Poisson'))
      .concat(steadyScenarios().filter((x) => x.name.startsWith('mùa vụ đỉnh')))) {
      const r = rate(s, lift);
      detection.push({ lift, scenario: s.name, ...r });
      console.log(`rise ×${lift} ${s.name.padEnd(36)} ${pct(r.share).padStart(6)}`);
    }
  result.detection = detection;

  log(`city: ${UNITS} units, 3 years of items`);
  const units = cityTree(UNITS);
  const { counts, items } = cityCounts(units);
  const since = [{ orgId: 1, since: '2023-01-01' }];
  const input = {
    on: '2026-12-07',
    units,
    counts,
    since,
    categories: new Map(CATEGORIES.map((c) => [c, c])),
    recurred: [],
    detector: P,
    neighbours: NB,
  };
  const run = timed(() => computeWarnings(input));
  console.log(
    `city    ${UNITS} units, ~${items} items in 3 years, ${counts.length} week counts read: computeWarnings median ${run.median.toFixed(0)} ms (${run.ms.map((x) => x.toFixed(0)).join(', ')}), ${run.value.length} warnings`,
  );
  result.city = {
    units: UNITS,
    items,
    weekCounts: counts.length,
    computeMs: run.ms,
    medianMs: run.median,
    warnings: run.value.length,
    byKind: countBy(run.value.map((w) => w.kind)),
  };
  if (args.pg) result.postgres = await (await import('./intel-detector-pg.ts')).measurePg(UNITS, log);

  mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${new Date().toISOString().slice(0, 10)}-intel-detector.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`written ${file}`);
}

function countBy(xs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
