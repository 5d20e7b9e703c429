import { DIRECTIONS } from '../documents.ts';
import { id, idParam, isoDate, level, limitParam, optionalText, text, z } from '../validation.ts';
import { placeName } from './orgs.ts';

export const createDocumentBody = z.object({
  direction: z.enum(DIRECTIONS),
  typeCode: text(10),
  summary: text(2000),
  content: optionalText(500_000),
  orgId: id,
  secrecy: level.optional(),
  urgency: level.optional(),
  issuedOn: isoDate.optional(),
  /** Incoming: the số ký hiệu as printed on the document. */
  symbol: optionalText(60),
  /** Incoming: the issuing body as printed. */
  issuer: optionalText(300),
  receivedOn: isoDate.optional(),
  pages: z.number().int().min(0).max(100_000).optional(),
  deadline: isoDate.optional(),
  /** Outgoing: the body in whose name it is issued (defaults to orgId). */
  issuerOrgId: id.optional(),
  congress: z.boolean().optional(),
  place: placeName.optional(),
  signAuthority: optionalText(100),
  signerTitle: optionalText(100),
  /** Register even though the same issuer, symbol and date are already in the register. */
  confirmDuplicate: z.boolean().optional(),
});

export const updateDocumentBody = z.object({
  typeCode: text(10).optional(),
  summary: text(2000).optional(),
  content: optionalText(500_000),
  secrecy: level.optional(),
  urgency: level.optional(),
  issuedOn: isoDate.nullable().optional(),
  symbol: optionalText(60),
  issuer: optionalText(300),
  receivedOn: isoDate.optional(),
  pages: z.number().int().min(0).max(100_000).nullable().optional(),
  deadline: isoDate.nullable().optional(),
  place: placeName.optional(),
  signAuthority: optionalText(100),
  signerTitle: optionalText(100),
});

export const submitBody = z.object({
  signerId: id,
  note: optionalText(2000),
  /** The day it was handed to the signer, when that was on paper before it was entered (default today). */
  submittedOn: isoDate.optional(),
});
export const noteBody = z.object({ note: optionalText(2000) });
export const requiredNoteBody = z.object({ note: text(2000) });
export const cancelBody = z.object({ reason: text(2000) });

export const recipientsBody = z.object({
  orgIds: z.array(id).max(500).default([]),
  external: z.array(text(300)).max(200).default([]),
});

export const directionBody = z.object({
  text: text(4000),
  leadOrgId: id.optional(),
  coordinatingOrgIds: z.array(id).max(50).optional(),
  assigneeId: id.optional(),
  deadline: isoDate.optional(),
});

/**
 * POST /api/documents/{id}/files: the multipart field `kind` beside `file`. `signed_original` (bản gốc
 * đã ký) is the issued document as signed: the paper scanned after numbering, stamp and signature, or
 * the digitally signed file; it is the only file an issued document still takes.
 */
export const DOCUMENT_FILE_KINDS = ['attachment', 'signed_original'] as const;
export const uploadFields = z.object({ kind: z.enum(DOCUMENT_FILE_KINDS).optional() });

export const handlingBody = z.object({ status: z.enum(['new', 'in_progress', 'done']) });

export const searchQuery = z.object({
  q: text(200, 0).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  typeCode: text(10, 0).optional(),
  orgId: idParam.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  secrecy: z.coerce.number().int().min(0).max(3).optional(),
  status: text(20, 0).optional(),
  /** Documents whose signer is this account (a leader's «trình tôi ký»). */
  signerId: idParam.optional(),
  limit: limitParam,
  cursor: z
    .string()
    .max(200)
    .regex(/^[\w-]*$/, { message: 'không đúng định dạng' })
    .optional(),
});

export const inboxQuery = z.object({
  scope: z.enum(['unit', 'me']).optional(),
  status: z.enum(['new', 'in_progress', 'done', 'open']).optional(),
  limit: limitParam,
  /** Rows to skip: the inbox's order (overdue, urgency, deadline) has no stable key to page by. */
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

export const registerQuery = z.object({
  direction: z.enum(['in', 'out']),
  from: isoDate,
  to: isoDate,
  orgId: idParam.optional(),
});

export const termBody = z.object({ name: text(100), startsOn: isoDate });
