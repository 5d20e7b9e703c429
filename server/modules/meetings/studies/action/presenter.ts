// JSON shape of a session's action programme link: the unit's action programme on the studied text,
// the nearest superior's it concretises, and how much of it is copied (dập khuôn).
import { PROGRAM_STATUSES } from '../../../../../domain/programs/labels.ts';
import { z } from '../../../../../domain/validation.ts';
import type { ProgramJson } from '../../../programs/presenter.ts';
import { StudySession } from '../presenter.ts';

const int = z.number().int();

export const StudyProgramRef = z
  .object({
    id: int,
    orgId: int,
    orgName: z.string(),
    title: z.string(),
    status: z.enum(PROGRAM_STATUSES),
    statusLabel: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    itemCount: int,
    parentProgramId: int.nullable(),
  })
  .openapi('StudyProgramRef');
export type StudyProgramRef = z.infer<typeof StudyProgramRef>;

export function presentRef(p: ProgramJson): StudyProgramRef {
  return {
    id: p.id,
    orgId: p.orgId,
    orgName: p.orgName,
    title: p.title,
    status: p.status,
    statusLabel: p.statusLabel,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    itemCount: p.itemCount,
    parentProgramId: p.parentProgramId,
  };
}

export const StudyActionProgram = z
  .object({
    resolution: StudySession.shape.resolution,
    /** The session unit's action programme on the text. */
    program: z.union([StudyProgramRef, z.null()]),
    /** The nearest committee above with an approved action programme on the same text. */
    superior: z.union([StudyProgramRef, z.null()]),
    /** Share of the unit's items that copy the superior's (0–1), when it concretises one. */
    copyScore: z.number().nullable(),
    can: z.object({ open: z.boolean() }),
  })
  .openapi('StudyActionProgram');
export type StudyActionProgram = z.infer<typeof StudyActionProgram>;
