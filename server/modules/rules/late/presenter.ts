// JSON shapes of the dashboard of late opinions and late signatures, by unit.
import { z } from '@hono/zod-openapi';

const date = () => z.string().openapi({ format: 'date' });
const int = z.number().int();

export const LateOpinion = z
  .object({
    proposalId: int,
    title: z.string(),
    round: int,
    /** The unit answerable: the consulted unit, or the consulted person's unit. */
    orgId: int,
    orgName: z.string(),
    consultee: z.string(),
    dueOn: date(),
    /** The day the first opinion came (null: none yet). */
    doneOn: date().nullable(),
    /** Working days past the due date, up to the answer (or today, or the round's closing). */
    daysLate: int,
    /** The working regulation's article the due date came from (null: typed by hand). */
    article: z.string().nullable(),
  })
  .openapi('LateOpinion');

export const LateSignature = z
  .object({
    documentId: int,
    typeCode: z.string(),
    summary: z.string(),
    status: z.string(),
    signerName: z.string().nullable(),
    /** The signer's unit. */
    orgId: int,
    orgName: z.string(),
    dueOn: date(),
    /** The day the signer signed or returned it (null: still waiting). */
    doneOn: date().nullable(),
    daysLate: int,
    article: z.string().nullable(),
  })
  .openapi('LateSignature');

export const LateUnit = z
  .object({
    orgId: int,
    orgName: z.string(),
    lateOpinions: int,
    /** Of them, still unanswered. */
    openOpinions: int,
    lateSignatures: int,
    /** Of them, still waiting for the signer. */
    openSignatures: int,
    /** The most working days any of its items is or was late. */
    worstDaysLate: int,
  })
  .openapi('LateUnit');

export const LateDashboard = z
  .object({
    from: date(),
    on: date(),
    units: z.array(LateUnit),
    opinions: z.array(LateOpinion),
    signatures: z.array(LateSignature),
  })
  .openapi('LateDashboard');
export type LateDashboard = z.infer<typeof LateDashboard>;
export type LateUnit = z.infer<typeof LateUnit>;
