// Early warnings over a part of the tree, from weekly counts per unit (the place of each item) and
// category: the counts are summed up the tree (a unit's series is its whole subtree; a unit merged
// into another counts in its successor), each unit and category is tested (detector.ts), and three
// kinds of warning come out:
// - rise: the unit's own window clearly above its baseline. A unit whose rise is explained by the
//   warned units below it (its counts minus theirs no longer rise) is not repeated: the warning
//   stands where the rise is;
// - neighbours: a category rising at once in more of a unit's direct subunits than chance allows
//   (each subunit tested at a loose level; the number rising against Binomial(n, loose level));
// - recurrence: a hot issue resolved earlier that recurred within the window.
// Pure: the service reads the counts and the tree, this file decides.
import { addDays } from '../dates.ts';
import { type Assessment, assess, type DetectorParams, windowWeeks } from './detector.ts';
import type { WarningKind } from './labels.ts';
import { neighboursReason, recurrenceReason, riseReason } from './reason.ts';
import { binomialTail } from './stats.ts';

export interface NeighbourParams {
  /** Fewest subunits rising at once. */
  minUnits: number;
  /** The loose level at which each subunit counts as rising. */
  looseAlpha: number;
  /** Largest chance of that many subunits rising by noise alone. */
  alpha: number;
  /** Fewest items in a subunit's window for it to count as rising. */
  minRecent: number;
}

export interface TreeUnit {
  id: number;
  parentId: number | null;
  name: string;
  active: boolean;
  /** The unit it was merged into (its items count there). */
  mergedInto: number | null;
}

/** Items of one unit (as place) and category in one week (0 = the 7 days before the check day). */
export interface WeekCount {
  orgId: number;
  category: string;
  week: number;
  n: number;
}

/** The first day a unit reported (as sender): its own reports cover its whole subtree from then. */
export interface UnitSince {
  orgId: number;
  since: string;
}

export interface RecurredIssue {
  id: number;
  title: string;
  orgId: number;
  category: string;
  resolvedOn: string | null;
  recurredOn: string;
}

export interface WarningInput {
  on: string;
  units: readonly TreeUnit[];
  counts: readonly WeekCount[];
  since: readonly UnitSince[];
  categories: ReadonlyMap<string, string>;
  recurred: readonly RecurredIssue[];
  detector: DetectorParams;
  neighbours: NeighbourParams;
}

export interface Warning {
  kind: WarningKind;
  orgId: number;
  orgName: string;
  category: string;
  categoryName: string;
  recent: number;
  /** Items expected in the window (the baseline per window length, seasonally adjusted). */
  baseline: number;
  ratio: number | null;
  score: number;
  pValue: number;
  seasonal: boolean;
  reason: string;
  /** neighbours: the subunits rising. */
  unitIds: number[];
  issueId: number | null;
}

/** The week ranges (inclusive) the counts must cover: window and baseline now and in earlier years. */
export function weekRanges(p: DetectorParams): { from: number; to: number }[] {
  const len = windowWeeks(p) + p.baselineWeeks;
  const out = [];
  for (let y = 0; y <= p.seasonYears; y++) out.push({ from: 52 * y, to: 52 * y + len - 1 });
  return out;
}

const dayNo = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

export function computeWarnings(input: WarningInput): Warning[] {
  const p = input.detector;
  const nb = input.neighbours;
  const w = windowWeeks(p);
  const len = w + p.baselineWeeks;
  const years = Math.max(0, p.seasonYears);
  const S = (years + 1) * len;
  const units = input.units;
  const U = units.length;
  const index = new Map(units.map((u, i) => [u.id, i]));
  const up = units.map((u) => index.get(u.mergedInto ?? -1) ?? index.get(u.parentId ?? -1) ?? -1);
  const children: number[][] = units.map(() => []);
  up.forEach((pi, i) => {
    if (pi >= 0) children[pi]?.push(i);
  });
  const depth = new Int32Array(U).fill(-1);
  const depthOf = (i: number): number => {
    const chain: number[] = [];
    let j = i;
    while (j >= 0 && (depth[j] as number) < 0 && chain.length <= U) {
      chain.push(j);
      j = up[j] as number;
    }
    let d = j >= 0 ? (depth[j] as number) : -1;
    for (let k = chain.length - 1; k >= 0; k--) depth[chain[k] as number] = ++d;
    return depth[i] as number;
  };
  for (let i = 0; i < U; i++) depthOf(i);
  const bottomUp = [...units.keys()].sort((a, b) => (depth[b] as number) - (depth[a] as number));

  const cats = [...new Set(input.counts.map((c) => c.category))];
  const C = cats.length;
  const catIndex = new Map(cats.map((c, i) => [c, i]));
  const data = new Int32Array(U * C * S);
  for (const c of input.counts) {
    const i = index.get(c.orgId);
    const ci = catIndex.get(c.category);
    const y = Math.floor(c.week / 52);
    const off = c.week - 52 * y;
    if (i === undefined || ci === undefined || y > years || off >= len || c.week < 0) continue;
    const at = (i * C + ci) * S + y * len + off;
    data[at] = (data[at] as number) + c.n;
  }
  for (const i of bottomUp) {
    const pi = up[i] as number;
    if (pi < 0) continue;
    const from = i * C * S;
    const to = pi * C * S;
    for (let k = 0; k < C * S; k++) data[to + k] = (data[to + k] as number) + (data[from + k] as number);
  }

  // Since when each unit's area is reported on: its own or an ancestor's reports, else those below.
  const own = new Float64Array(U).fill(Number.POSITIVE_INFINITY);
  for (const s of input.since) {
    const i = index.get(s.orgId);
    if (i !== undefined) own[i] = Math.min(own[i] as number, dayNo(s.since));
  }
  const down = Float64Array.from(own);
  for (const i of [...bottomUp].reverse()) {
    const pi = up[i] as number;
    if (pi >= 0) down[i] = Math.min(down[i] as number, down[pi] as number);
  }
  const below = Float64Array.from(own);
  for (const i of bottomUp) {
    const pi = up[i] as number;
    if (pi >= 0) below[pi] = Math.min(below[pi] as number, below[i] as number);
  }
  const on = dayNo(input.on);
  const coverage = (i: number) => (Number.isFinite(down[i]) ? (down[i] as number) : (below[i] as number));
  /** Baseline weeks and earlier years inside the unit's reporting: week k ends on day on − 7k − 1. */
  const covered = (i: number) => {
    const cov = coverage(i);
    if (!Number.isFinite(cov)) return { baselineWeeks: 0, years: 0 };
    const lastWeek = Math.floor((on - 1 - cov) / 7);
    const baselineWeeks = Math.max(0, Math.min(p.baselineWeeks, lastWeek - w + 1));
    let y = 0;
    while (y < years && lastWeek >= 52 * (y + 1) + len - 1) y++;
    return { baselineWeeks, years: y };
  };

  const block = (i: number, ci: number) => data.subarray((i * C + ci) * S, (i * C + ci + 1) * S);
  const seriesOf = (xs: Int32Array, cov: { baselineWeeks: number; years: number }) => ({
    weeks: xs.subarray(0, len),
    baselineWeeks: cov.baselineWeeks,
    years: Array.from({ length: cov.years }, (_, y) => xs.subarray((y + 1) * len, (y + 2) * len)),
  });
  const need = Math.min(p.minRecent, nb.minRecent);
  const assessed = new Map<number, Assessment>();
  const cov = units.map((_, i) => covered(i));
  for (let i = 0; i < U; i++) {
    if (!units[i]?.active || (cov[i]?.baselineWeeks ?? 0) < p.minBaselineWeeks) continue;
    for (let ci = 0; ci < C; ci++) {
      const xs = block(i, ci);
      let recent = 0;
      for (let k = 0; k < w; k++) recent += xs[k] as number;
      if (recent < need) continue;
      assessed.set(i * C + ci, assess(seriesOf(xs, cov[i] as { baselineWeeks: number; years: number }), p));
    }
  }

  const out: Warning[] = [];
  const catName = (ci: number) => input.categories.get(cats[ci] as string) ?? (cats[ci] as string);
  const warning = (i: number, ci: number, kind: WarningKind, a: Assessment, reason: string): Warning => ({
    kind,
    orgId: (units[i] as TreeUnit).id,
    orgName: (units[i] as TreeUnit).name,
    category: cats[ci] as string,
    categoryName: catName(ci),
    recent: a.recent,
    baseline: Number.isFinite(a.expected) ? Math.round(a.expected * 10) / 10 : 0,
    ratio: Number.isFinite(a.ratio) ? Math.round(a.ratio * 100) / 100 : null,
    score: Math.round(a.score * 100) / 100,
    pValue: a.pValue,
    seasonal: a.yearsUsed > 0,
    reason,
    unitIds: [],
    issueId: null,
  });

  // Rises, bottom-up: the counts of warned units below are taken out before a unit is judged again.
  const reported = new Set<number>();
  const explained = new Map<number, Int32Array>();
  for (const i of bottomUp) {
    for (let ci = 0; ci < C; ci++) {
      const key = i * C + ci;
      let sum: Int32Array | undefined;
      for (const ch of children[i] ?? []) {
        const part = reported.has(ch * C + ci) ? block(ch, ci) : explained.get(ch * C + ci);
        if (!part) continue;
        sum ??= new Int32Array(S);
        const acc = sum;
        for (let k = 0; k < S; k++) acc[k] = (acc[k] as number) + (part[k] as number);
      }
      if (sum) explained.set(key, sum);
      const a = assessed.get(key);
      if (!a?.warn) continue;
      let partOfChildren = false;
      if (sum) {
        const rest = Int32Array.from(block(i, ci), (x, k) => x - (sum[k] as number));
        if (!assess(seriesOf(rest, cov[i] as { baselineWeeks: number; years: number }), p).warn) continue;
        partOfChildren = true;
      }
      reported.add(key);
      const opts = { windowDays: p.windowDays, baselineWeeks: p.baselineWeeks, partOfChildren };
      out.push(warning(i, ci, 'rise', a, riseReason(catName(ci), a, opts)));
    }
  }

  // Neighbours: many direct subunits rising at once.
  for (let i = 0; i < U; i++) {
    if (!units[i]?.active) continue;
    const eligible = (children[i] ?? []).filter(
      (ch) => units[ch]?.active && (cov[ch]?.baselineWeeks ?? 0) >= p.minBaselineWeeks,
    );
    if (eligible.length < nb.minUnits) continue;
    for (let ci = 0; ci < C; ci++) {
      const rising = eligible.filter((ch) => {
        const a = assessed.get(ch * C + ci);
        return !!a && a.pValue <= nb.looseAlpha && a.recent >= nb.minRecent && a.ratio >= p.minRatio;
      });
      if (rising.length < nb.minUnits) continue;
      const pv = binomialTail(rising.length, eligible.length, nb.looseAlpha);
      if (pv > nb.alpha) continue;
      const parts = rising.map((ch) => assessed.get(ch * C + ci) as Assessment);
      const recent = parts.reduce((s, a) => s + a.recent, 0);
      const expected = parts.reduce((s, a) => s + a.expected, 0);
      const reason = neighboursReason(
        catName(ci),
        (units[i] as TreeUnit).name,
        rising.map((ch, k) => ({
          name: (units[ch] as TreeUnit).name,
          recent: (parts[k] as Assessment).recent,
          expected: (parts[k] as Assessment).expected,
        })),
        eligible.length,
        pv,
        p.windowDays,
      );
      const whole: Assessment = {
        ...(parts[0] as Assessment),
        recent,
        expected,
        ratio: expected > 0 ? recent / expected : Number.POSITIVE_INFINITY,
        pValue: pv,
        score: pv > 0 ? -Math.log10(pv) : 300,
        yearsUsed: Math.max(...parts.map((a) => a.yearsUsed)),
      };
      out.push({
        ...warning(i, ci, 'neighbours', whole, reason),
        unitIds: rising.map((ch) => units[ch]?.id as number),
      });
    }
  }

  // Recurrences within the window.
  const windowStart = addDays(input.on, -p.windowDays);
  for (const issue of input.recurred) {
    const i = index.get(issue.orgId);
    if (i === undefined || issue.recurredOn < windowStart || issue.recurredOn > input.on) continue;
    const ci = catIndex.get(issue.category);
    const a = ci === undefined ? undefined : assessed.get(i * C + ci);
    const reason = recurrenceReason(issue.title, issue.resolvedOn, issue.recurredOn);
    out.push({
      kind: 'recurrence',
      orgId: issue.orgId,
      orgName: (units[i] as TreeUnit).name,
      category: issue.category,
      categoryName: input.categories.get(issue.category) ?? issue.category,
      recent: a?.recent ?? (ci === undefined ? 0 : sumWindow(block(i, ci), w)),
      baseline: a && Number.isFinite(a.expected) ? Math.round(a.expected * 10) / 10 : 0,
      ratio: a && Number.isFinite(a.ratio) ? Math.round(a.ratio * 100) / 100 : null,
      score: a ? Math.round(a.score * 100) / 100 : 0,
      pValue: a?.pValue ?? 1,
      seasonal: (a?.yearsUsed ?? 0) > 0,
      reason,
      unitIds: [],
      issueId: issue.id,
    });
  }
  const order: Record<WarningKind, number> = { recurrence: 0, rise: 1, neighbours: 2 };
  return out.sort((a, b) => order[a.kind] - order[b.kind] || b.score - a.score || a.orgId - b.orgId);
}

function sumWindow(xs: Int32Array, w: number): number {
  let s = 0;
  for (let k = 0; k < w; k++) s += xs[k] as number;
  return s;
}
