// JSON shapes of the comments on a scheme: whose opinion, on which version and paragraph, and the
// lead unit's disposition (accepted, explained or reserved) with its reply.
import { DISPOSITION_LABELS, DISPOSITIONS } from '../../../../domain/proposals/labels.ts';
import { z } from '../../../../domain/validation.ts';
import { toIso } from '../../../db/sql.ts';
import type { CommentRow } from './queries.ts';

const int = z.number().int();
/** A paragraph quoted beside its comment is cut to this many characters. */
const QUOTE = 300;

export const ProposalComment = z
  .object({
    id: int,
    /** The version commented on (its number). */
    version: int,
    /** The paragraph (0-based) of that version, when the comment is about one. */
    paragraph: int.nullable(),
    paragraphText: z.string().nullable(),
    /** Whose opinion it is, as written. */
    author: z.string(),
    text: z.string(),
    /** The consulted unit or person it answers for, and the round. */
    targetId: int.nullable(),
    roundNumber: int.nullable(),
    /** Received after that unit's or person's deadline. */
    late: z.boolean(),
    /** The account that entered it. */
    createdByName: z.string().nullable(),
    createdAt: z.string().nullable(),
    disposition: z.enum(DISPOSITIONS).nullable(),
    dispositionLabel: z.string().nullable(),
    reply: z.string().nullable(),
    disposedByName: z.string().nullable(),
    disposedAt: z.string().nullable(),
  })
  .openapi('ProposalComment');
export type ProposalComment = z.infer<typeof ProposalComment>;

export function presentComment(c: CommentRow): ProposalComment {
  const quote = c.paragraph_text;
  return {
    id: c.id,
    version: c.version,
    paragraph: c.paragraph,
    paragraphText: quote == null ? null : quote.length > QUOTE ? `${quote.slice(0, QUOTE)}…` : quote,
    author: c.author,
    text: c.text,
    targetId: c.target_id,
    roundNumber: c.round_number,
    late: c.target_due_on != null && c.created_on > c.target_due_on,
    createdByName: c.created_by_name,
    createdAt: toIso(c.created_at),
    disposition: c.disposition,
    dispositionLabel: c.disposition ? DISPOSITION_LABELS[c.disposition] : null,
    reply: c.reply,
    disposedByName: c.disposed_by_name,
    disposedAt: toIso(c.disposed_at),
  };
}

export const ProposalCommentList = z
  .object({
    items: z.array(ProposalComment),
    /** Only the account's own comments are listed (a consulted unit or person). */
    ownOnly: z.boolean(),
  })
  .openapi('ProposalCommentList');
export type ProposalCommentList = z.infer<typeof ProposalCommentList>;
