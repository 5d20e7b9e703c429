// JSON shapes of programmes: the heading, the page (with its tree and the superior's beside it), the
// revisions, and the answer to an approval.
import {
  PROGRAM_KIND_LABELS,
  PROGRAM_KINDS,
  PROGRAM_STATUS_LABELS,
  PROGRAM_STATUSES,
} from '../../../domain/programs/labels.ts';
import { z } from '../../../domain/validation.ts';
import { toIso } from '../../db/sql.ts';
import { ProgramItem } from './items/presenter.ts';
import type { ProgramRow, RevisionRow } from './queries.ts';

const int = z.number().int();

export const ProgramJson = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    kind: z.enum(PROGRAM_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    theme: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    parentProgramId: int.nullable(),
    status: z.enum(PROGRAM_STATUSES),
    statusLabel: z.string(),
    revision: int,
    secrecy: int,
    approvedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    itemCount: int,
    createdAt: z.string().nullable(),
    /** An action programme's resolution or directive (a document of the system, or a reference). */
    resolution: z
      .object({ documentId: int.nullable(), ref: z.string(), title: z.string() })
      .nullable()
      .openapi('ProgramResolution'),
  })
  .openapi('Program');
export type ProgramJson = z.infer<typeof ProgramJson>;

function resolutionOf(r: ProgramRow): ProgramJson['resolution'] {
  if (r.resolution_ref === null || r.resolution_title === null) return null;
  return {
    documentId: r.resolution_document_id === null ? null : Number(r.resolution_document_id),
    ref: r.resolution_ref,
    title: r.resolution_title,
  };
}

export function presentProgram(r: ProgramRow): ProgramJson {
  return {
    id: r.id,
    orgId: r.owner_org_id,
    orgName: r.org_name,
    kind: r.kind,
    kindLabel: PROGRAM_KIND_LABELS[r.kind],
    title: r.title,
    theme: r.theme,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    parentProgramId: r.parent_program_id,
    status: r.status,
    statusLabel: PROGRAM_STATUS_LABELS[r.status],
    revision: r.revision,
    secrecy: r.secrecy,
    approvedAt: toIso(r.approved_at),
    approvedByName: r.approved_by_name,
    itemCount: r.item_count,
    createdAt: toIso(r.created_at),
    resolution: resolutionOf(r),
  };
}

export const ProgramList = z.object({ items: z.array(ProgramJson) }).openapi('ProgramList');
export type ProgramList = z.infer<typeof ProgramList>;

/** A programme with its items in tree order (the superior's, shown beside a lower unit's). */
export const ProgramWithItems = ProgramJson.extend({ items: z.array(ProgramItem) }).openapi(
  'ProgramWithItems',
);

/** The programme page: its tree, the superior's programme beside it, and what the reader may do. */
export const ProgramDetail = ProgramJson.extend({
  items: z.array(ProgramItem),
  // A union with null, not .nullable(): on an extension of a named schema the generator puts the null
  // inside the extension («Program and (items or null)», which the client reads as never null).
  parent: z.union([ProgramWithItems, z.null()]),
  /** The unit names the copy-check neutralises (the editor computes the score as the user types). */
  copyNames: z.array(z.string()),
  can: z.object({ edit: z.boolean(), approve: z.boolean(), cascade: z.boolean() }),
}).openapi('ProgramDetail');
export type ProgramDetail = z.infer<typeof ProgramDetail>;

export const ProgramRevisions = z
  .object({
    items: z.array(
      z.object({
        revision: int,
        reason: z.string(),
        /** What changed, as recorded: the heading, or an item before and after. */
        change: z.unknown(),
        changedByName: z.string().nullable(),
        changedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('ProgramRevisions');
export type ProgramRevisions = z.infer<typeof ProgramRevisions>;

export function presentRevisions(list: readonly RevisionRow[]): ProgramRevisions {
  return {
    items: list.map((r) => ({
      revision: r.revision,
      reason: r.reason,
      change: r.change,
      changedByName: r.changed_by_name,
      changedAt: toIso(r.changed_at),
    })),
  };
}

/** After approval: the programme and how many tasks its items became. */
export const ProgramApproved = ProgramJson.extend({ tasksCreated: int }).openapi('ProgramApproved');
export type ProgramApproved = z.infer<typeof ProgramApproved>;
