import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueAfterRelief, reliefIn } from '../members/fee-relief.ts';
import { ORG_KINDS, type OrgKind } from '../orgs.ts';
import {
  type FlowUnit,
  type KeptShares,
  keptOf,
  monthFlows,
  monthsBetween,
  quarterMonths,
  quarterOf,
  rangeRemittance,
} from './remittance.ts';

const MONTHS = monthsBetween('2026-01', '2026-12');

// A random tree: unit i (i ≥ 1) hangs under a unit before it; the root is unit 0.
const tree = fc
  .array(fc.tuple(fc.nat(), fc.constantFrom(...ORG_KINDS)), { minLength: 0, maxLength: 25 })
  .chain((specs) =>
    fc.constantFrom(...ORG_KINDS).map((rootKind) => {
      const units: FlowUnit[] = [{ id: 1, parentId: null, kind: rootKind }];
      specs.forEach(([p, kind], i) => {
        units.push({ id: i + 2, parentId: (p % (i + 1)) + 1, kind });
      });
      return units;
    }),
  );

const shares = fc.record(
  Object.fromEntries(ORG_KINDS.map((k) => [k, fc.integer({ min: 0, max: 100 })])) as Record<
    OrgKind,
    fc.Arbitrary<number>
  >,
) as fc.Arbitrary<KeptShares>;

// Members of a unit: a monthly fee (multiples of 100 đồng, up to 1% of a high salary), a relief
// (exempt or 30/50/70% for a period within the year) or none, and which months they paid and how.
const memberOf = (unitCount: number) =>
  fc.record({
    unit: fc.integer({ min: 1, max: unitCount }),
    fee: fc.integer({ min: 0, max: 2_000 }).map((n) => n * 100),
    relief: fc.option(
      fc.record({
        percent: fc.constantFrom(30, 50, 70, 100),
        from: fc.integer({ min: 0, max: 11 }),
        length: fc.integer({ min: 1, max: 12 }),
      }),
    ),
    // 0 not paid, 1 paid what was due, 2 paid an odd amount (a portal line with another figure).
    paid: fc.array(fc.constantFrom(0, 1, 1, 1, 2), { minLength: 12, maxLength: 12 }),
    odd: fc.integer({ min: 1, max: 999_999 }),
  });

const world = tree.chain((units) =>
  fc.record({
    units: fc.constant(units),
    members: fc.array(memberOf(units.length), { maxLength: 60 }),
    shares: fc.array(shares, { minLength: 1, maxLength: 3 }),
    root: fc.integer({ min: 1, max: units.length }),
    from: fc.integer({ min: 0, max: 11 }),
    span: fc.integer({ min: 1, max: 12 }),
  }),
);

function subtree(units: readonly FlowUnit[], root: number): Set<number> {
  const out = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units)
      if (u.parentId !== null && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
  }
  return out;
}

describe('remittance up the tree', () => {
  it('collected = kept + remitted at every unit, upward sums, nothing created or lost', () => {
    fc.assert(
      fc.property(world, (w) => {
        // What each unit's members paid each month, after their exemptions and reductions.
        const own = new Map<string, Map<number, number>>(MONTHS.map((m) => [m, new Map()]));
        for (const mb of w.members) {
          const reliefs = mb.relief
            ? [
                {
                  percent: mb.relief.percent,
                  from: MONTHS[mb.relief.from] as string,
                  to: MONTHS[Math.min(11, mb.relief.from + mb.relief.length - 1)] as string,
                },
              ]
            : [];
          MONTHS.forEach((m, i) => {
            const due = dueAfterRelief(mb.fee, reliefIn(reliefs, m));
            expect(due).toBeLessThanOrEqual(mb.fee);
            const how = mb.paid[i];
            const amount = how === 1 ? due : how === 2 ? mb.odd : 0;
            const byUnit = own.get(m) as Map<number, number>;
            byUnit.set(mb.unit, (byUnit.get(mb.unit) ?? 0) + amount);
          });
        }
        const sharesOf = (m: string) => w.shares[Number(m.slice(5, 7)) % w.shares.length] as KeptShares;
        const inTree = subtree(w.units, w.root);
        const months = MONTHS.slice(w.from, Math.min(12, w.from + w.span));

        for (const m of months) {
          const ownM = own.get(m) as Map<number, number>;
          const flows = monthFlows(w.units, w.root, ownM, sharesOf(m));
          expect(new Set(flows.keys())).toEqual(inTree);
          let keptInTree = 0;
          let paidInTree = 0;
          for (const u of w.units.filter((x) => inTree.has(x.id))) {
            const f = flows.get(u.id);
            if (!f) throw new Error('missing flow');
            for (const v of [f.collected, f.kept, f.remitted]) {
              expect(Number.isSafeInteger(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(0);
            }
            expect(f.collected).toBe(f.kept + f.remitted);
            expect(f.kept).toBe(Math.floor((f.collected * sharesOf(m)[u.kind]) / 100));
            const below = w.units
              .filter((c) => c.parentId === u.id && inTree.has(c.id) && c.id !== w.root)
              .reduce((s, c) => s + (flows.get(c.id)?.remitted ?? 0), 0);
            expect(f.collected).toBe((ownM.get(u.id) ?? 0) + below);
            keptInTree += f.kept;
            paidInTree += ownM.get(u.id) ?? 0;
          }
          expect(keptInTree + (flows.get(w.root)?.remitted ?? 0)).toBe(paidInTree);
        }

        const range = rangeRemittance(w.units, w.root, months, (m) => own.get(m) ?? new Map(), sharesOf);
        expect(range.lines[0]?.orgId).toBe(w.root);
        expect(range.lines.length).toBe(inTree.size);
        expect(range.collected).toBe(range.kept + range.remitted);
        for (const l of range.lines) {
          expect(l.collected).toBe(l.kept + l.remitted);
          const monthly = months.map(
            (m) => monthFlows(w.units, w.root, own.get(m) ?? new Map(), sharesOf(m)).get(l.orgId)?.kept ?? 0,
          );
          expect(l.kept).toBe(monthly.reduce((a, b) => a + b, 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps whole đồng and rounds the kept share down', () => {
    expect(keptOf(1_001, 30)).toBe(300);
    expect(keptOf(999, 100)).toBe(999);
    expect(keptOf(999, 0)).toBe(0);
    expect(keptOf(Number.MAX_SAFE_INTEGER, 99)).toBe(Number((BigInt(Number.MAX_SAFE_INTEGER) * 99n) / 100n));
    expect(() => keptOf(1.5, 30)).toThrow(RangeError);
    expect(() => keptOf(100, 101)).toThrow(RangeError);
  });

  it('a chi bộ keeps 30% and a ward 90% of what reaches it', () => {
    const units: FlowUnit[] = [
      { id: 1, parentId: null, kind: 'grassroots' },
      { id: 2, parentId: 1, kind: 'cell' },
      { id: 3, parentId: 1, kind: 'cell' },
    ];
    const s: KeptShares = {
      cell: 30,
      grassroots: 90,
      direct_committee: 50,
      provincial: 50,
      central: 100,
      board: 0,
    };
    const f = monthFlows(
      units,
      1,
      new Map([
        [2, 100_000],
        [3, 55_500],
      ]),
      s,
    );
    expect(f.get(2)).toEqual({ orgId: 2, collected: 100_000, kept: 30_000, remitted: 70_000 });
    expect(f.get(3)).toEqual({ orgId: 3, collected: 55_500, kept: 16_650, remitted: 38_850 });
    expect(f.get(1)).toEqual({ orgId: 1, collected: 108_850, kept: 97_965, remitted: 10_885 });
  });

  it('quarters', () => {
    expect(quarterMonths(2026, 2)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(quarterOf('2026-12')).toBe(4);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});
