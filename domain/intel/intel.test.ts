// The pure parts of situation information: the tails the detector rests on (against exact sums),
// the test on one series (flat, risen, over-dispersed, seasonal, new unit), the warnings over a tree
// (rise where it is, not repeated above; neighbours; recurrence), the reason text, the calendar and
// the lifecycle.
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/catalog.ts';
import { answerOf, daysLate, nextDue, periodOf, periodState, periodsDue } from './calendar.ts';
import { assess, dispersionOf, windowWeeks } from './detector.ts';
import { canDirect, canMove, movesFrom } from './labels.ts';
import { detectorParams, neighbourParams } from './params.ts';
import { chanceText, riseReason, viNumber } from './reason.ts';
import { betaBinomialTail, binomialTail, lnGamma } from './stats.ts';
import { computeWarnings, type TreeUnit, type WeekCount } from './warnings.ts';

const P = detectorParams(RULES['intel.detector'].defaultValue);
const NB = neighbourParams(RULES['intel.neighbours'].defaultValue);

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

describe('the tails', () => {
  it('lnGamma matches factorials', () => {
    expect(Math.exp(lnGamma(6))).toBeCloseTo(120, 8);
    expect(Math.exp(lnGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 10);
  });

  it('binomialTail equals the exact sum', () => {
    for (const [r, n, p] of [
      [3, 10, 0.25],
      [9, 20, 0.25],
      [0, 5, 0.5],
      [12, 12, 0.3],
    ] as const) {
      let exact = 0;
      for (let k = r; k <= n; k++) exact += choose(n, k) * p ** k * (1 - p) ** (n - k);
      expect(binomialTail(r, n, p)).toBeCloseTo(exact, 12);
    }
    expect(binomialTail(11, 10, 0.5)).toBe(0);
  });

  it('betaBinomialTail with a concentrated Beta tends to the binomial tail; a flat one is wider', () => {
    const bin = binomialTail(9, 20, 0.25);
    expect(betaBinomialTail(9, 20, 25_000, 75_000)).toBeCloseTo(bin, 4);
    expect(betaBinomialTail(9, 20, 1, 3)).toBeGreaterThan(bin);
    // Beta(1,1): every count 0..n equally likely, so P(X ≥ r) = (n − r + 1)/(n + 1).
    expect(betaBinomialTail(5, 9, 1, 1)).toBeCloseTo(0.5, 10);
  });
});

const flat = (n: number, len = 16) => Array.from({ length: len }, () => n);

describe('the test on one series', () => {
  it('a steady unit is not warned; a tripled one is, with ratio and p-value', () => {
    expect(windowWeeks(P)).toBe(4);
    expect(assess({ weeks: flat(3), years: [] }, P).warn).toBe(false);
    const risen = [9, 9, 9, 9, ...flat(3, 12)];
    const a = assess({ weeks: risen, years: [] }, P);
    expect(a).toMatchObject({ recent: 36, baselineTotal: 36, expected: 12, ratio: 3, warn: true });
    expect(a.pValue).toBeLessThan(1e-4);
  });

  it('too few items, or too small a rise, is no warning however unlikely', () => {
    expect(assess({ weeks: [1, 1, 1, 1, ...flat(0, 12)], years: [] }, P).warn).toBe(false);
    const manyItems = [130, 130, 130, 130, ...flat(100, 12)];
    const a = assess({ weeks: manyItems, years: [] }, P);
    expect(a.pValue).toBeLessThan(P.alpha);
    expect(a.warn).toBe(false);
  });

  it('over-dispersed baselines widen the test (quasi-Poisson)', () => {
    const bursty = [0, 12, 0, 0, 10, 0, 0, 14, 0, 0, 12, 0];
    expect(dispersionOf(bursty, 0, 12)).toBeGreaterThan(5);
    const weeks = [7, 7, 7, 7, ...bursty];
    const plain = assess({ weeks: [7, 7, 7, 7, ...flat(4, 12)], years: [] }, P);
    const wide = assess({ weeks, years: [] }, P);
    expect(wide.pValue).toBeGreaterThan(plain.pValue);
  });

  it('a rise that comes back every year at this time is expected (seasonal), an unusual one still warns', () => {
    const season = [8, 8, 8, 8, ...flat(2, 12)];
    expect(assess({ weeks: season, years: [] }, P).warn).toBe(true);
    const seasonal = assess({ weeks: season, years: [season, season] }, P);
    expect(seasonal.warn).toBe(false);
    expect(seasonal.yearsUsed).toBe(2);
    expect(assess({ weeks: [24, 24, 24, 24, ...flat(2, 12)], years: [season, season] }, P).warn).toBe(true);
  });

  it('a unit that started reporting within the baseline uses the weeks it has; fewer than the minimum: untested', () => {
    const young = assess(
      { weeks: [6, 6, 6, 6, 1, 1, 1, 1, 1, 1, ...flat(0, 6)], baselineWeeks: 6, years: [] },
      P,
    );
    expect(young).toMatchObject({ baselineWeeks: 6, warn: true });
    expect(young.expected).toBeCloseTo(4, 10);
    expect(assess({ weeks: [9, 9, 9, 9, ...flat(0, 12)], baselineWeeks: 2, years: [] }, P).warn).toBe(false);
  });
});

describe('warnings over a tree', () => {
  const units: TreeUnit[] = [
    { id: 1, parentId: null, name: 'Thành ủy', active: true, mergedInto: null },
    ...[2, 3, 4, 5, 6].map((id) => ({
      id,
      parentId: 1,
      name: `Phường ${id}`,
      active: true,
      mergedInto: null,
    })),
  ];
  const since = [{ orgId: 1, since: '2020-01-01' }];
  const series = (orgId: number, category: string, xs: number[]): WeekCount[] =>
    xs.map((n, week) => ({ orgId, category, week, n }));
  const base = {
    on: '2026-12-07',
    units,
    since,
    categories: new Map([['dat_dai', 'Đất đai']]),
    recurred: [],
    detector: { ...P, seasonYears: 0 },
    neighbours: NB,
  };

  it('a rise in one ward is warned there and not repeated at the city', () => {
    const counts = [
      ...series(2, 'dat_dai', [9, 9, 9, 9, ...flat(3, 12)]),
      ...[3, 4, 5, 6].flatMap((id) => series(id, 'dat_dai', flat(3))),
    ];
    const out = computeWarnings({ ...base, counts });
    expect(out.map((w) => [w.kind, w.orgId])).toEqual([['rise', 2]]);
    expect(out[0]?.reason).toContain('Số vụ việc «Đất đai» 28 ngày qua: 36, gấp 3 lần mức nền 12 tuần trước');
  });

  it('a moderate rise in several wards at once is a neighbours warning at the city', () => {
    const counts = [2, 3, 4, 5].flatMap((id) => series(id, 'dat_dai', [3, 3, 2, 3, ...flat(1, 12)]));
    counts.push(...series(6, 'dat_dai', flat(1)));
    const out = computeWarnings({ ...base, counts });
    const nb = out.find((w) => w.kind === 'neighbours');
    expect(nb).toMatchObject({ orgId: 1, category: 'dat_dai' });
    expect(nb?.unitIds.length).toBeGreaterThanOrEqual(3);
    expect(nb?.reason).toMatch(/tăng cùng lúc ở \d\/5 đơn vị trực thuộc Thành ủy/);
  });

  it('a recurred issue within the window is a warning, one outside it is not', () => {
    const recurred = [
      {
        id: 7,
        title: 'Tranh chấp đất',
        orgId: 3,
        category: 'dat_dai',
        resolvedOn: '2026-10-01',
        recurredOn: '2026-12-01',
      },
      {
        id: 8,
        title: 'Cũ',
        orgId: 3,
        category: 'dat_dai',
        resolvedOn: '2026-01-01',
        recurredOn: '2026-02-01',
      },
    ];
    const out = computeWarnings({ ...base, counts: [], recurred });
    expect(out.map((w) => [w.kind, w.issueId])).toEqual([['recurrence', 7]]);
    expect(out[0]?.reason).toBe(
      'Vụ việc «Tranh chấp đất» đã giải quyết ngày 01/10/2026 nay tái phát (ngày 01/12/2026).',
    );
  });
});

describe('the reason text', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(viNumber(3.4)).toBe('3,4');
    expect(viNumber(12000)).toBe('12.000');
    expect(viNumber(2.0)).toBe('2');
    expect(chanceText(0.0004)).toBe('dưới 0,1%');
    expect(chanceText(0.023)).toBe('2,3%');
  });

  it('says when the baseline was empty', () => {
    const a = assess(
      { weeks: [3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], years: [] },
      { ...P, minRecent: 1 },
    );
    expect(riseReason('Môi trường', a, { windowDays: 28, baselineWeeks: 12 })).toContain(
      'trong khi 12 tuần trước đó không có vụ nào',
    );
  });
});

describe('the reporting calendar', () => {
  const weekly = { frequency: 'weekly' as const, dueDay: 1, startsOn: '2026-11-01' };
  it('a week runs Monday to Sunday and is due on the set weekday after', () => {
    expect(periodOf(weekly, '2026-12-03')).toEqual({
      start: '2026-11-30',
      end: '2026-12-06',
      dueOn: '2026-12-07',
    });
    expect(periodOf({ frequency: 'monthly', dueDay: 5 }, '2026-02-10')).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
      dueOn: '2026-03-05',
    });
  });

  it('periods owed, late, sent late, on time; the next due', () => {
    const due = periodsDue(weekly, '2026-12-09', 10);
    expect(due[0]?.start).toBe('2026-11-30');
    expect(due.at(-1)?.start).toBe('2026-10-26');
    const p = due[1] as (typeof due)[number];
    expect(periodState(p, [], '2026-12-09')).toBe('late');
    expect(daysLate(p, '2026-12-09')).toBe(9);
    const sent = [{ periodStart: p.start, periodEnd: p.end, receivedOn: '2026-12-08' }];
    expect(answerOf(p, sent)).toBe(sent[0]);
    expect(periodState(p, sent, '2026-12-09')).toBe('late_received');
    expect(periodState(p, [{ ...sent[0]!, receivedOn: p.dueOn }], '2026-12-09')).toBe('on_time');
    expect(nextDue(weekly, '2026-12-08').dueOn).toBe('2026-12-14');
  });
});

describe('the lifecycle', () => {
  it('allows the moves of the register and no others', () => {
    expect(movesFrom('new')).toEqual(['watching', 'reported', 'resolved']);
    expect(canMove('resolved', 'recurred')).toBe(true);
    expect(canMove('new', 'recurred')).toBe(false);
    expect(canMove('watching', 'directed')).toBe(false);
    expect(canDirect('recurred')).toBe(true);
    expect(canDirect('resolved')).toBe(false);
  });
});
