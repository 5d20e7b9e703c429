// Votes (biểu quyết) at a meeting: the counts for, against and abstaining are recorded against the
// base — the full (chính thức) members of the unit on the meeting day minus those of them exempt
// from meetings — and the vote passes with more than half of the base (for × 2 > base). The base is
// kept with the vote, so a later change of the register does not rewrite it.
import { voteBase, votePassed } from '../../../../domain/meetings/rules.ts';
import type { voteBody } from '../../../../domain/meetings/schemas.ts';
import type { z } from '../../../../domain/validation.ts';
import type { RequestCtx } from '../../../auth/actor.ts';
import { authorize } from '../../../auth/authorize.ts';
import type { Db } from '../../../db/client.ts';
import { type Deps, transact } from '../../../deps.ts';
import { RuleError } from '../../../http/errors.ts';
import { recordAudit } from '../../audit/service.ts';
import { rollOn } from '../../members/transfers/service.ts';
import * as aq from '../attendance/queries.ts';
import type { MeetingRow } from '../queries.ts';
import { managedMeeting, requireNotIn } from '../record.ts';
import { type MeetingVote, presentVote } from './presenter.ts';
import * as q from './queries.ts';

export async function vote(
  deps: Deps,
  ctx: RequestCtx,
  meetingId: number,
  input: z.infer<typeof voteBody>,
): Promise<MeetingVote> {
  const actor = authorize(ctx, 'meeting.manage');
  return transact(deps, async (tx) => {
    const row = await managedMeeting(tx, actor, meetingId);
    requireNotIn(row, ['cancelled'], 'biểu quyết');
    const roll = await rollOn(tx, ctx, { orgId: row.org_id, on: row.meeting_on });
    const full = new Set(roll.filter((m) => m.official).map((m) => m.memberId));
    const exempt = (await aq.entries(tx, row.id)).filter(
      (e) => e.status === 'exempt' && full.has(Number(e.member_id)),
    ).length;
    const base = voteBase(full.size, exempt);
    const cast = input.for + input.against + input.abstain;
    if (cast > base) {
      throw new RuleError(
        'votes_exceed_base',
        `Tổng số ý kiến (${cast}) nhiều hơn số đảng viên chính thức có quyền biểu quyết (${base}: ${full.size} đảng viên chính thức, trừ ${exempt} miễn sinh hoạt).`,
        { base, fullMembers: full.size, exempt },
      );
    }
    const id = await q.insert(tx, {
      meetingId: row.id,
      subject: input.subject,
      for: input.for,
      against: input.against,
      abstain: input.abstain,
      fullMembers: full.size,
      exempt,
      base,
      passed: votePassed(input.for, base),
      by: actor.userId,
    });
    const out = presentVote((await q.byId(tx, id)) as q.VoteRow);
    await recordAudit(tx, ctx, {
      action: 'meeting.vote',
      entity: 'meeting',
      entityId: row.id,
      orgId: row.org_id,
      after: out,
    });
    return out;
  });
}

/** A meeting's votes in order (the meeting already read by the caller). */
export async function votesFor(db: Db, ctx: RequestCtx, row: MeetingRow): Promise<MeetingVote[]> {
  authorize(ctx, 'meeting.read');
  return (await q.byMeeting(db, row.id)).map(presentVote);
}
