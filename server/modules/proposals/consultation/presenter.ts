// JSON shapes of the consultation rounds (đợt lấy ý kiến): the version sent, the deadline, and each
// consulted unit or person with its own deadline and whether it has answered.
import { daysBetween } from '../../../../domain/tasks.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { RoundRow, TargetRow } from './queries.ts';

const int = z.number().int();

export const ProposalRoundTarget = z
  .object({
    id: int,
    orgId: int.nullable(),
    userId: int.nullable(),
    /** The unit's name, or the person's name and unit. */
    name: z.string(),
    dueOn: z.string(),
    comments: int,
    /** The day of its first comment. */
    answeredOn: z.string().nullable(),
    state: z.enum(['answered', 'waiting', 'overdue']),
    /** Days past its deadline without an answer (or before answering late). */
    daysLate: int,
  })
  .openapi('ProposalRoundTarget');
export type ProposalRoundTarget = z.infer<typeof ProposalRoundTarget>;

export const ProposalRound = z
  .object({
    id: int,
    number: int,
    /** The version sent for comments. */
    version: int,
    dueOn: z.string(),
    /** The article of the working regulation the deadline was counted from, when it was. */
    ruleArticle: z.string().nullable(),
    note: z.string().nullable(),
    open: z.boolean(),
    openedAt: z.string().nullable(),
    openedByName: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedByName: z.string().nullable(),
    targets: z.array(ProposalRoundTarget),
  })
  .openapi('ProposalRound');
export type ProposalRound = z.infer<typeof ProposalRound>;

export function presentTarget(t: TargetRow, today: string): ProposalRoundTarget {
  const answered = t.comments > 0;
  const end = answered ? (t.answered_on ?? today) : today;
  const late = Math.max(0, daysBetween(t.due_on, end));
  return {
    id: t.id,
    orgId: t.org_id,
    userId: t.user_id,
    name: t.user_name
      ? `${t.user_name}${t.user_org_name ? ` (${t.user_org_name})` : ''}`
      : (t.org_name ?? ''),
    dueOn: t.due_on,
    comments: t.comments,
    answeredOn: t.answered_on,
    state: answered ? 'answered' : late > 0 ? 'overdue' : 'waiting',
    daysLate: late,
  };
}

export function presentRound(r: RoundRow, targets: readonly TargetRow[], today: string): ProposalRound {
  return {
    id: r.id,
    number: r.number,
    version: r.version,
    dueOn: r.due_on,
    ruleArticle: r.rule_article,
    note: r.note,
    open: r.closed_at === null,
    openedAt: toIso(r.opened_at),
    openedByName: r.opened_by_name,
    closedAt: toIso(r.closed_at),
    closedByName: r.closed_by_name,
    targets: targets.filter((t) => t.round_id === r.id).map((t) => presentTarget(t, today)),
  };
}
