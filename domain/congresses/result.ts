// The count of a secret ballot (docs/congresses.md), as pure arithmetic: which ballots count as
// valid under the validity rule, each candidate's votes and shares (of the valid ballots and of the
// people convened), who is elected under the majority rule — more than the rule's share of its base,
// never more than the seats — and who goes to another round because they tie across the last seat.
import type { MajorityRule, SurplusRule, ValidityRule } from '../rules/congresses.ts';

export interface Ballot {
  valid: boolean;
  marks: readonly boolean[];
}

export interface CountInput {
  seats: number;
  convened: number;
  candidates: readonly string[];
  ballots: readonly Ballot[];
  majority: MajorityRule;
  validity: ValidityRule;
}

export interface CountItem {
  position: number;
  fullName: string;
  votes: number;
  /** votes / valid ballots (0 when there is none). */
  share: number;
  /** votes / people convened. */
  shareOfConvened: number;
  /** More than the rule's share of its base. */
  aboveThreshold: boolean;
  elected: boolean;
  /** Tied with others across the last seat: not elected, another round among them. */
  runoff: boolean;
}

export interface CountResult {
  /** Ballots entered (valid and invalid). */
  cast: number;
  validBallots: number;
  invalidBallots: number;
  /** Ballots entered as valid that the validity rule makes invalid. */
  reclassified: number;
  /** The number the threshold is measured against (valid ballots or people convened). */
  base: number;
  baseKind: 'valid_ballots' | 'convened';
  /** The fewest votes that clear the threshold. */
  votesNeeded: number;
  elected: number;
  /** Seats left for another round (ties, or too few above the threshold). */
  unfilled: number;
  items: CountItem[];
}

/** Whether a ballot entered as `valid` counts as valid under the rule. */
export function countsAsValid(b: Ballot, seats: number, candidates: number, rule: ValidityRule): boolean {
  if (!b.valid) return false;
  const marked = b.marks.reduce((n, m) => n + (m ? 1 : 0), 0);
  if (rule.overSeatsInvalid === 1 && marked > seats) return false;
  if (rule.blankInvalid === 1 && marked === 0 && candidates > seats) return false;
  return true;
}

/** Whether `votes` clears the threshold: votes × 100 > percent × base. */
export function clearsThreshold(votes: number, base: number, rule: MajorityRule): boolean {
  return votes * 100 > rule.percent * base;
}

/**
 * The largest list the surplus allows: extra ≤ percent × seats / 100 (rounded down), but never fewer
 * than `minExtra` extra (a committee's list must be longer than its seats).
 */
export function maxCandidates(seats: number, rule: SurplusRule): number {
  return seats + Math.max(rule.minExtra, Math.floor((rule.percent * seats) / 100));
}

export function countElection(input: CountInput): CountResult {
  const n = input.candidates.length;
  const votes = new Array<number>(n).fill(0);
  let valid = 0;
  let reclassified = 0;
  for (const b of input.ballots) {
    if (!countsAsValid(b, input.seats, n, input.validity)) {
      if (b.valid) reclassified++;
      continue;
    }
    valid++;
    for (let i = 0; i < n; i++) if (b.marks[i]) votes[i] = (votes[i] ?? 0) + 1;
  }
  const baseKind = input.majority.base === 1 ? 'valid_ballots' : 'convened';
  const base = baseKind === 'valid_ballots' ? valid : input.convened;
  const items: CountItem[] = input.candidates.map((fullName, i) => {
    const v = votes[i] ?? 0;
    return {
      position: i + 1,
      fullName,
      votes: v,
      share: valid > 0 ? v / valid : 0,
      shareOfConvened: v / input.convened,
      aboveThreshold: clearsThreshold(v, base, input.majority),
      elected: false,
      runoff: false,
    };
  });
  const qualified = items.filter((x) => x.aboveThreshold).sort((a, b) => b.votes - a.votes);
  if (qualified.length <= input.seats) {
    for (const x of qualified) x.elected = true;
  } else {
    const last = (qualified[input.seats - 1] as CountItem).votes;
    const above = qualified.filter((x) => x.votes > last);
    const tied = qualified.filter((x) => x.votes === last);
    for (const x of above) x.elected = true;
    // The group tied on the last seat's votes either fits in the seats, or crosses the last seat.
    const fits = above.length + tied.length <= input.seats;
    for (const x of tied) {
      if (fits) x.elected = true;
      else x.runoff = true;
    }
  }
  const elected = items.filter((x) => x.elected).length;
  return {
    cast: input.ballots.length,
    validBallots: valid,
    invalidBallots: input.ballots.length - valid,
    reclassified,
    base,
    baseKind,
    votesNeeded: Math.floor((input.majority.percent * base) / 100) + 1,
    elected,
    unfilled: input.seats - elected,
    items,
  };
}
