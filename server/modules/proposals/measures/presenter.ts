// JSON shapes of a scheme's measures (giải pháp, nhiệm vụ) and of turning them into tasks.
import { z } from '../../../../domain/validation.ts';
import type { MeasureRow } from './queries.ts';

const int = z.number().int();

export const ProposalMeasure = z
  .object({
    id: int,
    title: z.string(),
    leadOrgId: int,
    leadOrgName: z.string(),
    dueOn: z.string(),
    /** The task it became once the scheme was issued. */
    taskId: int.nullable(),
  })
  .openapi('ProposalMeasure');
export type ProposalMeasure = z.infer<typeof ProposalMeasure>;

export function presentMeasure(m: MeasureRow): ProposalMeasure {
  return {
    id: m.id,
    title: m.title,
    leadOrgId: m.lead_org_id,
    leadOrgName: m.lead_org_name,
    dueOn: m.due_on,
    taskId: m.task_id,
  };
}

export const ProposalMeasureTasks = z
  .object({
    /** Tasks created by this call. */
    created: int,
    measures: z.array(ProposalMeasure),
  })
  .openapi('ProposalMeasureTasks');
export type ProposalMeasureTasks = z.infer<typeof ProposalMeasureTasks>;
