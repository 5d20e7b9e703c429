// Request schemas of the archives area, shared by the server (validation, OpenAPI) and the web forms.
import { id, idParam, isoDate, level, limitParam, optionalText, text, z } from '../validation.ts';
import { MAX_RETENTION_YEARS } from './retention.ts';
import { DISPOSAL_DECISIONS, FILE_STATUSES } from './rules.ts';

const years = z.number().int().min(1).max(MAX_RETENTION_YEARS);
const planYear = z.number().int().min(1900).max(2200);

export const scheduleBody = z.object({
  rowCode: text(20),
  group: text(200),
  title: text(500),
  /** null: permanent (vĩnh viễn). */
  retentionYears: years.nullable(),
  note: optionalText(1000),
  active: z.boolean().optional(),
});
export const updateScheduleBody = scheduleBody.partial();

export const createFileBody = z.object({
  orgId: id,
  year: planYear,
  fileCode: text(40),
  title: text(500),
  section: optionalText(200),
  responsibleId: id.optional(),
  /** The schedule row the retention comes from. */
  scheduleId: id.optional(),
  /** Retention set by hand (null: permanent) when no schedule row fits. */
  retentionYears: years.nullable().optional(),
  secrecy: level.optional(),
  note: optionalText(2000),
  /** Open the file at once (otherwise it waits in the plan). */
  open: z.boolean().optional(),
  /** The day it was opened, when a file is entered after the fact (default today). */
  openedOn: isoDate.optional(),
});

export const updateFileBody = z.object({
  fileCode: text(40).optional(),
  title: text(500).optional(),
  section: optionalText(200),
  responsibleId: id.nullable().optional(),
  scheduleId: id.nullable().optional(),
  retentionYears: years.nullable().optional(),
  secrecy: level.optional(),
  note: optionalText(2000),
});

export const listFilesQuery = z.object({
  orgId: idParam.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  status: z.enum(FILE_STATUSES).optional(),
  q: optionalText(200),
  limit: limitParam,
});

export const addDocumentBody = z.object({
  documentId: id,
  /** The declared record this document corrects (a correction is a new record linked to the old). */
  correctsDocumentId: id.optional(),
});

export const closeFileBody = z.object({
  closedOn: isoDate.optional(),
  endYear: planYear.optional(),
});

export const holdBody = z
  .object({ fileId: id.optional(), documentId: id.optional(), reason: text(2000) })
  .refine((b) => (b.fileId === undefined) !== (b.documentId === undefined), {
    message: 'chọn đúng một hồ sơ hoặc một văn bản',
    path: ['fileId'],
  });
export const liftHoldBody = z.object({ reason: text(2000) });

export const proposeDisposalBody = z.object({
  orgId: id,
  title: text(300),
  fileIds: z.array(id).min(1).max(500),
  council: optionalText(2000),
});

export const reviewDisposalBody = z.object({
  reviewedOn: isoDate,
  council: text(2000),
  note: optionalText(4000),
  decisions: z
    .array(
      z.object({
        fileId: id,
        decision: z.enum(DISPOSAL_DECISIONS),
        /** Keep: the new period in years, null for permanent. */
        keepYears: years.nullable().optional(),
        reason: text(1000),
      }),
    )
    .min(1)
    .max(500),
});

export const approveDisposalBody = z.object({ decisionRef: text(100), note: optionalText(2000) });
export const rejectDisposalBody = z.object({ reason: text(2000) });

export const digitiseApprovalBody = z.object({
  maxSecrecy: z.number().int().min(1).max(2),
  decisionRef: text(100),
  note: optionalText(2000),
});

export const packageQuery = z.object({
  /** Comma-separated file ids, or a range of years of one unit. */
  fileIds: z
    .string()
    .regex(/^\d+(,\d+)*$/, { message: 'phải là danh sách mã hồ sơ, cách nhau bằng dấu phẩy' })
    .max(5000)
    .optional(),
  orgId: idParam.optional(),
  fromYear: z.coerce.number().int().min(1900).max(2200).optional(),
  toYear: z.coerce.number().int().min(1900).max(2200).optional(),
});

export { idParam };
