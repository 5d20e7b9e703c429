// The count of a secret ballot: worked examples, the surplus, the tellers' differences, and a property
// test against a reference count written another way (per candidate: how many qualified candidates
// have at least as many votes, and how many have more) on random elections with invalid and
// over-marked ballots, either base, and many ties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MajorityRule, ValidityRule } from '../rules/congresses.ts';
import { tallyDifferences } from './ballots.ts';
import { type Ballot, countElection, maxCandidates } from './result.ts';

const MAJ: MajorityRule = { base: 1, percent: 50 };
const VAL: ValidityRule = { overSeatsInvalid: 1, blankInvalid: 1 };
const b = (n: number, ...at: number[]): Ballot => ({
  valid: true,
  marks: Array.from({ length: n }, (_, i) => at.includes(i)),
});

describe('worked examples', () => {
  it('elects above half of the valid ballots, at most the seats', () => {
    const r = countElection({
      seats: 2,
      convened: 10,
      candidates: ['A', 'B', 'C'],
      ballots: [b(3, 0, 1), b(3, 0, 1), b(3, 0, 2), b(3, 1, 2), { valid: false, marks: [] }],
      majority: MAJ,
      validity: VAL,
    });
    expect(r.validBallots).toBe(4);
    expect(r.items.map((i) => [i.votes, i.elected, i.runoff])).toEqual([
      [3, true, false],
      [3, true, false],
      [2, false, false], // exactly half is not more than half
    ]);
    expect(r.votesNeeded).toBe(3);
  });

  it('measured against those convened, fewer pass', () => {
    const r = countElection({
      seats: 2,
      convened: 10,
      candidates: ['A', 'B'],
      ballots: [b(2, 0, 1), b(2, 0, 1), b(2, 0), b(2, 0)],
      majority: { base: 2, percent: 50 },
      validity: VAL,
    });
    expect(r.base).toBe(10);
    expect(r.items.map((i) => i.elected)).toEqual([false, false]);
    expect(r.items[0]?.share).toBe(1);
    expect(r.items[0]?.shareOfConvened).toBe(0.4);
  });

  it('over-marked and blank ballots are invalid by the rule, and only by it', () => {
    const input = {
      seats: 1,
      convened: 5,
      candidates: ['A', 'B'],
      ballots: [b(2, 0, 1), b(2), b(2, 0)],
      majority: MAJ,
    };
    expect(countElection({ ...input, validity: VAL })).toMatchObject({ validBallots: 1, reclassified: 2 });
    expect(countElection({ ...input, validity: { overSeatsInvalid: 0, blankInvalid: 0 } }).validBallots).toBe(
      3,
    );
  });

  it('a tie across the last seat sends the tied to another round', () => {
    const r = countElection({
      seats: 1,
      convened: 4,
      candidates: ['A', 'B'],
      ballots: [b(2, 0), b(2, 1), b(2, 0), b(2, 1)].map((x) => ({ ...x })),
      majority: MAJ,
      validity: { overSeatsInvalid: 1, blankInvalid: 1 },
    });
    // 2 of 4 each: neither is above half, so nobody is elected and nobody is in a runoff.
    expect(r.items.map((i) => [i.elected, i.runoff])).toEqual([
      [false, false],
      [false, false],
    ]);
    const r2 = countElection({
      seats: 1,
      convened: 3,
      candidates: ['A', 'B', 'C'],
      ballots: [b(3, 0), b(3, 1), b(3, 2)],
      majority: MAJ,
      validity: { overSeatsInvalid: 0, blankInvalid: 0 },
    });
    expect(r2.elected).toBe(0);
  });
});

describe('the surplus', () => {
  it('30% of the seats rounded down, at least one extra', () => {
    const rule = { percent: 30, minExtra: 1 };
    expect([1, 2, 3, 4, 7, 10, 15, 50].map((s) => maxCandidates(s, rule))).toEqual([
      2, 3, 4, 5, 9, 13, 19, 65,
    ]);
    expect(maxCandidates(3, { percent: 30, minExtra: 0 })).toBe(3);
  });
});

describe('the tellers', () => {
  it('lists each ballot that differs, with the candidates whose mark differs', () => {
    const d = tallyDifferences(
      [b(3, 0), b(3, 1), b(3, 2)],
      [b(3, 0), b(3, 2), { valid: false, marks: [false, false, true] }, b(3)],
    );
    expect(d.map((x) => [x.seq, x.candidates])).toEqual([
      [2, [2, 3]],
      [3, []],
      [4, []],
    ]);
    expect(d[1]?.first?.valid).toBe(true);
    expect(d[1]?.second?.valid).toBe(false);
    expect(d[2]?.first).toBeNull();
    expect(tallyDifferences([b(2, 0)], [b(2, 0)])).toEqual([]);
  });
});

// ---- The reference: the same regulation, computed candidate by candidate. ----
interface Ref {
  valid: number;
  votes: number[];
  elected: boolean[];
  runoff: boolean[];
}

function reference(
  seats: number,
  convened: number,
  n: number,
  ballots: readonly Ballot[],
  maj: MajorityRule,
  val: ValidityRule,
): Ref {
  const kept = ballots
    .filter((x) => x.valid)
    .filter((x) => !(val.overSeatsInvalid && x.marks.filter(Boolean).length > seats))
    .filter((x) => !(val.blankInvalid && n > seats && !x.marks.some(Boolean)));
  const votes = Array.from({ length: n }, (_, c) => kept.filter((x) => x.marks[c] === true).length);
  const base = maj.base === 1 ? kept.length : convened;
  const bar = Math.floor((maj.percent * base) / 100);
  const ok = votes.map((v) => v > bar);
  const qualified = votes.filter((_, c) => ok[c]);
  const elected = votes.map((v, c) => ok[c] === true && qualified.filter((q) => q >= v).length <= seats);
  const runoff = votes.map(
    (v, c) => ok[c] === true && !elected[c] && qualified.filter((q) => q > v).length < seats,
  );
  return { valid: kept.length, votes, elected, runoff };
}

const election = fc
  .record({ seats: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 9 }) })
  .chain(({ seats, n }) =>
    fc.record({
      seats: fc.constant(seats),
      n: fc.constant(n),
      // Few distinct ballots repeated: ties are frequent.
      ballots: fc
        .array(
          fc.record({
            valid: fc.integer({ min: 0, max: 9 }).map((x) => x > 1),
            marks: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          }),
          { minLength: 0, maxLength: 6 },
        )
        .chain((pool) =>
          pool.length === 0
            ? fc.constant([] as Ballot[])
            : fc.array(fc.constantFrom(...pool), { maxLength: 40 }),
        ),
      extra: fc.integer({ min: 0, max: 10 }),
      majority: fc.record({ base: fc.constantFrom(1, 2), percent: fc.integer({ min: 50, max: 75 }) }),
      validity: fc.record({ overSeatsInvalid: fc.constantFrom(0, 1), blankInvalid: fc.constantFrom(0, 1) }),
    }),
  );

describe('property: the count equals the reference', () => {
  it('on random elections (seats, candidates, ballots, invalid ballots, ties, either base)', () => {
    fc.assert(
      fc.property(election, (e) => {
        const candidates = Array.from({ length: e.n }, (_, i) => `Ứng cử viên ${i + 1}`);
        const convened = Math.max(1, e.ballots.length + e.extra);
        const r = countElection({
          seats: e.seats,
          convened,
          candidates,
          ballots: e.ballots,
          majority: e.majority,
          validity: e.validity,
        });
        const ref = reference(e.seats, convened, e.n, e.ballots, e.majority, e.validity);
        expect(r.validBallots).toBe(ref.valid);
        expect(r.invalidBallots).toBe(e.ballots.length - ref.valid);
        expect(r.items.map((i) => i.votes)).toEqual(ref.votes);
        expect(r.items.map((i) => i.elected)).toEqual(ref.elected);
        expect(r.items.map((i) => i.runoff)).toEqual(ref.runoff);
        expect(r.elected).toBeLessThanOrEqual(e.seats);
        for (const i of r.items) {
          expect(i.share).toBeCloseTo(ref.valid ? i.votes / ref.valid : 0, 12);
          expect(i.shareOfConvened).toBeCloseTo(i.votes / convened, 12);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
