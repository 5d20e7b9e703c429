// Helpers the election services share: the election the actor may see (404 otherwise), the checks
// of the list and of the ballots against the rules, and the count as it stands. No SQL here
// (queries.ts) and no role check (each service checks its caller first).
import { decodeMarks, encodeMarks } from '../../../../domain/congresses/ballots.ts';
import {
  type Ballot,
  countElection,
  countsAsValid,
  maxCandidates,
} from '../../../../domain/congresses/result.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import type { Db } from '../../../db/client.ts';
import { notFound, RuleError } from '../../../http/errors.ts';
import { type ElectionResult, presentResult } from './presenter.ts';
import * as q from './queries.ts';
import { type ElectionRules, rulesJson, rulesOf, TIE_TEXT } from './rules.ts';

export const NOT_FOUND = 'Cuộc bầu cử';

/** An election the actor may see (locked for the transaction when `lock`), or 404. */
export async function visibleElection(
  db: Db,
  actor: Actor,
  id: number,
  lock = false,
): Promise<q.ElectionRow> {
  const row = await q.byId(db, id, q.electionVisible(actor), lock);
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

/** Refuses a change to the ballots once the count is over (422 `election_closed`). */
export function requireCounting(row: q.ElectionRow): void {
  if (row.status !== 'counting')
    throw new RuleError(
      'election_closed',
      `Cuộc bầu cử «${row.title}» đã kết thúc kiểm phiếu: không nhập thêm hoặc sửa phiếu được nữa.`,
    );
}

/** The list checked against the surplus rule: 422 `candidate_surplus_exceeded` beyond it. */
export function requireSurplus(seats: number, candidates: number, rules: ElectionRules): void {
  const max = maxCandidates(seats, rules.surplus.value);
  if (candidates > max)
    throw new RuleError(
      'candidate_surplus_exceeded',
      `Danh sách bầu cử có ${candidates} người, số lượng cần bầu là ${seats}: số dư không được quá ${rules.surplus.value.percent}% ` +
        `nên danh sách có nhiều nhất ${max} người (${rules.surplus.source}).`,
      { max, seats, candidates, surplusPercent: rules.surplus.value.percent },
    );
}

/** Ballots checked against the list and the people convened, with their validity under the rule. */
export function checkedBallots(
  row: Pick<q.ElectionRow, 'seats' | 'convened'>,
  candidates: number,
  already: number,
  ballots: readonly Ballot[],
  rules: ElectionRules,
): { enteredValid: boolean; valid: boolean; marks: string }[] {
  if (already + ballots.length > row.convened)
    throw new RuleError(
      'ballots_exceed_convened',
      `Số phiếu (${already + ballots.length}) nhiều hơn số người được triệu tập (${row.convened}).`,
    );
  return ballots.map((b, i) => {
    if (b.marks.length !== candidates && !(b.marks.length === 0 && !b.valid))
      throw new RuleError(
        'ballot_marks_length',
        `Phiếu thứ ${i + 1}: cần đúng ${candidates} ô đánh dấu, mỗi ô một người trong danh sách (đang có ${b.marks.length}).`,
      );
    return {
      enteredValid: b.valid,
      valid: countsAsValid(b, row.seats, candidates, rules.validity.value),
      marks: encodeMarks(b.marks),
    };
  });
}

/** The count of an election as it stands, by the rules it keeps. */
export async function resultOf(db: Db, ctx: RequestCtx, row: q.ElectionRow): Promise<ElectionResult> {
  const [rules, candidates, ballots] = await Promise.all([
    rulesOf(db, ctx, row),
    q.candidates(db, row.id),
    q.ballots(db, row.id),
  ]);
  const count = countElection({
    seats: row.seats,
    convened: row.convened,
    candidates: candidates.map((c) => c.full_name),
    ballots: ballots.map((b) => ({ valid: b.entered_valid, marks: decodeMarks(b.marks) })),
    majority: rules.majority.value,
    validity: rules.validity.value,
  });
  return presentResult(row, count, rulesJson(rules), TIE_TEXT);
}
