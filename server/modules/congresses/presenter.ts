// JSON shapes of congresses: the list and the page with the timetable and the elections.
import { z } from '@hono/zod-openapi';
import { toIso } from '../../db/sql.ts';
import { DelegateJson } from './delegates/presenter.ts';
import { ElectionSummary } from './elections/presenter.ts';
import type { CongressRow, MilestoneRow } from './queries.ts';

const int = () => z.number().int();

export const MilestoneJson = z
  .object({
    id: int(),
    title: z.string(),
    dueOn: z.string(),
    doneOn: z.string().nullable(),
    /** Not done and past its deadline. */
    overdue: z.boolean(),
  })
  .openapi('CongressMilestone');

export const CongressSummary = z
  .object({
    id: int(),
    orgId: int(),
    orgName: z.string(),
    title: z.string(),
    term: z.string(),
    heldOn: z.string(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('CongressSummary');
export type CongressSummary = z.infer<typeof CongressSummary>;

export const CongressList = z.object({ items: z.array(CongressSummary) }).openapi('CongressList');

export const CongressDetail = CongressSummary.extend({
  milestones: z.array(MilestoneJson),
  elections: z.array(ElectionSummary),
  delegates: z.array(DelegateJson),
  can: z.object({ manage: z.boolean() }),
}).openapi('CongressDetail');
export type CongressDetail = z.infer<typeof CongressDetail>;

export function presentCongress(r: CongressRow): CongressSummary {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    title: r.title,
    term: r.term,
    heldOn: r.held_on,
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
  };
}

export function presentMilestone(r: MilestoneRow, today: string) {
  return {
    id: Number(r.id),
    title: r.title,
    dueOn: r.due_on,
    doneOn: r.done_on,
    overdue: r.done_on === null && r.due_on < today,
  };
}
