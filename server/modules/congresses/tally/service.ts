// Two tellers (người kiểm phiếu) enter the same ballots independently, each under their own number
// (1 or 2) and from two different accounts; the app shows every ballot where they differ. When both
// have entered the same ballots, the agreed count is added to the election's ballots and the two
// entries are cleared. docs/congresses.md.
import { decodeMarks, tallyDifferences } from '../../../../domain/congresses/ballots.ts';
import type { tallyBody } from '../../../../domain/congresses/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { Actor, RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import type { ElectionResult } from '../elections/presenter.ts';
import * as eq from '../elections/queries.ts';
import { checkedBallots, requireCounting, resultOf, visibleElection } from '../elections/record.ts';
import { rulesOf } from '../elections/rules.ts';
import { presentTally, type TallyState } from './presenter.ts';
import * as q from './queries.ts';

async function stateOf(db: Db, actor: Actor, electionId: number): Promise<TallyState> {
  const rows = await q.entries(db, electionId);
  const side = (t: number) =>
    rows.filter((r) => r.teller === t).map((r) => ({ valid: r.valid, marks: decodeMarks(r.marks) }));
  const first = side(1);
  const second = side(2);
  const tellers = [1, 2].map((t) => {
    const own = rows.filter((r) => r.teller === t);
    return { teller: t, count: own.length, enteredByName: own[0]?.entered_by_name ?? null };
  });
  const mineTeller = rows.find((r) => Number(r.entered_by) === actor.userId)?.teller ?? null;
  return presentTally(tellers, tallyDifferences(first, second), {
    teller: mineTeller,
    ballots: mineTeller === 1 ? first : mineTeller === 2 ? second : [],
  });
}

export async function state(deps: Deps, ctx: RequestCtx, id: number): Promise<TallyState> {
  const actor = authorize(ctx, 'congress.manage');
  const db = deps.database.db;
  const row = await visibleElection(db, actor, id);
  return stateOf(db, actor, row.id);
}

/** Replaces one teller's entry with the ballots given (in order). */
export async function enter(
  deps: Deps,
  ctx: RequestCtx,
  id: number,
  teller: number,
  input: z.infer<typeof tallyBody>,
): Promise<TallyState> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleElection(tx, actor, id, true);
    requireCounting(row);
    const other = (await q.entries(tx, row.id)).find((r) => r.teller !== teller);
    if (other && Number(other.entered_by) === actor.userId)
      throw new RuleError(
        'same_teller',
        `Bạn đã nhập phiếu với tư cách người kiểm phiếu ${other.teller}: người kiểm phiếu thứ hai phải là người khác.`,
      );
    const [rules, candidates] = await Promise.all([rulesOf(tx, ctx, row), eq.candidates(tx, row.id)]);
    const items = checkedBallots(row, candidates.length, Number(row.ballots), input.ballots, rules);
    await q.clear(tx, row.id, teller);
    await q.insert(
      tx,
      row.id,
      teller,
      items.map((b) => ({ valid: b.enteredValid, marks: b.marks })),
      actor.userId,
    );
    await recordAudit(tx, ctx, {
      action: 'election.tally',
      entity: 'election',
      entityId: row.id,
      orgId: row.org_id,
      after: { teller, ballots: items.length },
    });
    return stateOf(tx, actor, row.id);
  });
}

/** Accepts the two entries once they agree: their ballots join the count (422 `tally_disagree` otherwise). */
export async function agree(deps: Deps, ctx: RequestCtx, id: number): Promise<ElectionResult> {
  const actor = authorize(ctx, 'congress.manage');
  return transact(deps, async (tx) => {
    const row = await visibleElection(tx, actor, id, true);
    requireCounting(row);
    const s = await stateOf(tx, actor, row.id);
    if (!s.agreed)
      throw new RuleError(
        'tally_disagree',
        s.tellers.some((t) => t.count === 0)
          ? 'Cả hai người kiểm phiếu phải nhập phiếu trước khi thống nhất.'
          : `Hai người kiểm phiếu còn khác nhau ở ${s.differenceCount} phiếu: đối chiếu phiếu gốc và sửa phần nhập.`,
        { differences: s.differenceCount },
      );
    const first = (await q.entries(tx, row.id)).filter((r) => r.teller === 1);
    const [rules, candidates] = await Promise.all([rulesOf(tx, ctx, row), eq.candidates(tx, row.id)]);
    const items = checkedBallots(
      row,
      candidates.length,
      Number(row.ballots),
      first.map((r) => ({ valid: r.valid, marks: decodeMarks(r.marks) })),
      rules,
    );
    await eq.insertBallots(tx, row.id, 'tellers', items, actor.userId);
    await q.clear(tx, row.id);
    await recordAudit(tx, ctx, {
      action: 'election.ballots',
      entity: 'election',
      entityId: row.id,
      orgId: row.org_id,
      after: {
        added: items.length,
        from: Number(row.ballots) + 1,
        source: 'tellers',
        tellers: s.tellers.map((t) => t.enteredByName),
      },
    });
    return resultOf(tx, ctx, { ...row, ballots: Number(row.ballots) + items.length });
  });
}
