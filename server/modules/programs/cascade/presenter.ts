// JSON shapes of the copy-check: one programme against its superior's, and the superior's table of
// its lower programmes.
import { PROGRAM_STATUSES } from '../../../../domain/programs/labels.ts';
import { z } from '../../../../domain/validation.ts';

const int = z.number().int();

export const ProgramCopyCheck = z
  .object({
    programId: int,
    parentProgramId: int.nullable(),
    itemCount: int,
    /** Share of the items that are copies (0–1; 0 for a programme with no superior). */
    copyScore: z.number(),
    localItems: int,
    copiedItems: z.array(z.object({ itemId: int, sourceItemId: int, similarity: z.number() })),
    items: z.array(
      z.object({ itemId: int, sourceItemId: int.nullable(), similarity: z.number(), copy: z.boolean() }),
    ),
    threshold: z.number(),
  })
  .openapi('ProgramCopyCheck');
export type ProgramCopyCheck = z.infer<typeof ProgramCopyCheck>;

export const ProgramCascade = z
  .object({
    programId: int,
    title: z.string(),
    orgName: z.string(),
    sourceItems: int,
    items: z.array(
      z.object({
        programId: int,
        orgId: int,
        orgName: z.string(),
        title: z.string(),
        status: z.enum(PROGRAM_STATUSES),
        itemCount: int,
        copyScore: z.number(),
        localItems: int,
        copiedItems: int,
      }),
    ),
    /** Units below that have not concretised the programme yet. */
    missing: z.array(z.object({ orgId: int, orgName: z.string() })),
  })
  .openapi('ProgramCascade');
export type ProgramCascade = z.infer<typeof ProgramCascade>;
