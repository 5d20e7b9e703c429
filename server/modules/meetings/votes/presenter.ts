// JSON shape of a vote (biểu quyết): the counts, the base and whether it passed.
import { z } from '@hono/zod-openapi';
import { toIso } from '../../../db/sql.ts';
import type { VoteRow } from './queries.ts';

const int = () => z.number().int();

export const MeetingVote = z
  .object({
    id: int(),
    meetingId: int(),
    subject: z.string(),
    for: int(),
    against: int(),
    abstain: int(),
    /** Full members of the unit on the meeting day minus those of them exempt. */
    base: int(),
    fullMembers: int(),
    exempt: int(),
    /** for × 2 > base. */
    passed: z.boolean(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('MeetingVote');
export type MeetingVote = z.infer<typeof MeetingVote>;

export function presentVote(r: VoteRow): MeetingVote {
  return {
    id: Number(r.id),
    meetingId: Number(r.meeting_id),
    subject: r.subject,
    for: r.votes_for,
    against: r.votes_against,
    abstain: r.votes_abstain,
    base: r.base,
    fullMembers: r.full_members,
    exempt: r.exempt,
    passed: r.passed,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
  };
}
