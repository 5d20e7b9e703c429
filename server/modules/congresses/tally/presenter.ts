// JSON shape of the two tellers' entries: how many ballots each has entered, who, and where they differ.
import { z } from '@hono/zod-openapi';
import type { TallyDifference } from '../../../../domain/congresses/ballots.ts';

const int = () => z.number().int();
const BallotJson = z.object({ valid: z.boolean(), marks: z.array(z.boolean()) });

const TellerJson = z.object({ teller: int(), count: int(), enteredByName: z.string().nullable() });

export const TallyState = z
  .object({
    tellers: z.array(TellerJson),
    /** Both have entered ballots and agree on every one: the count can be accepted. */
    agreed: z.boolean(),
    differenceCount: int(),
    /** The first differences (ballot number, each side, the candidates whose mark differs). */
    differences: z.array(
      z.object({
        seq: int(),
        first: BallotJson.nullable(),
        second: BallotJson.nullable(),
        candidates: z.array(int()),
      }),
    ),
    /** The ballots the asking teller entered (to continue or correct them). */
    mine: z.array(BallotJson),
    mineTeller: int().nullable(),
  })
  .openapi('TallyState');
export type TallyState = z.infer<typeof TallyState>;

export function presentTally(
  tellers: { teller: number; count: number; enteredByName: string | null }[],
  diffs: TallyDifference[],
  mine: { teller: number | null; ballots: { valid: boolean; marks: boolean[] }[] },
): TallyState {
  const both = tellers.every((t) => t.count > 0);
  return {
    tellers,
    agreed: both && diffs.length === 0,
    differenceCount: diffs.length,
    differences: diffs.slice(0, 200).map((d) => ({
      seq: d.seq,
      first: d.first ? { valid: d.first.valid, marks: [...d.first.marks] } : null,
      second: d.second ? { valid: d.second.valid, marks: [...d.second.marks] } : null,
      candidates: d.candidates,
    })),
    mine: mine.ballots,
    mineTeller: mine.teller,
  };
}
