// JSON shapes of the working regulations: a version with its rules, and a unit's versions.
import { z } from '@hono/zod-openapi';
import { type RegulationItem, regulationItem } from '../../../../domain/workdays/regulation.ts';
import { toIso } from '../../../db/sql.ts';
import type { RegulationRow } from './queries.ts';

const date = () => z.string().openapi({ format: 'date' });

export const Regulation = z
  .object({
    id: z.number().int(),
    orgId: z.number().int(),
    orgName: z.string(),
    title: z.string(),
    source: z.string(),
    effectiveFrom: date(),
    items: z.array(regulationItem),
    /** Whether this is the version in force on the day asked about. */
    inForce: z.boolean(),
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .openapi('WorkRegulation');
export type Regulation = z.infer<typeof Regulation>;

export const RegulationList = z
  .object({ on: date(), items: z.array(Regulation) })
  .openapi('WorkRegulationList');
export type RegulationList = z.infer<typeof RegulationList>;

export function presentRegulation(r: RegulationRow, inForceId: number | null): Regulation {
  return {
    id: Number(r.id),
    orgId: Number(r.org_id),
    orgName: r.org_name,
    title: r.title,
    source: r.source,
    effectiveFrom: r.effective_from,
    items: r.items as RegulationItem[],
    inForce: inForceId === Number(r.id),
    createdByName: r.created_by_name,
    createdAt: toIso(r.created_at),
  };
}
