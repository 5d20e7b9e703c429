// JSON shapes of the import: the result (imported, refused rows with their reasons) and the progress
// lines streamed while it runs.
import { z } from '@hono/zod-openapi';

export const MemberImportRejection = z
  .object({
    /** The spreadsheet's row number. */
    row: z.number().int(),
    reason: z.string(),
  })
  .openapi('MemberImportRejection');
export type Rejection = z.infer<typeof MemberImportRejection>;

export const MemberImportResult = z
  .object({
    imported: z.number().int(),
    rejected: z.array(MemberImportRejection),
    importId: z.number().int(),
  })
  .openapi('MemberImportResult');
export type ImportResult = z.infer<typeof MemberImportResult>;

/** A progress line of the import, streamed while it reads and saves the rows. */
export const MemberImportProgress = z
  .object({
    phase: z.enum(['checking', 'reading', 'done']),
    /** 0–1: rows read of the rows the sheet declares, else bytes of the file read. */
    fraction: z.number(),
    bytesRead: z.number().int(),
    bytesTotal: z.number().int(),
    rowsRead: z.number().int(),
    /** Data rows the first sheet declares (its <dimension>), when it does. */
    rowsTotal: z.number().int().nullable(),
    imported: z.number().int(),
    rejected: z.number().int(),
  })
  .openapi('MemberImportProgress');
export type ImportProgress = z.infer<typeof MemberImportProgress>;

/**
 * With `Accept: application/x-ndjson`: one JSON object per line, `{ progress: {…} }` while reading,
 * then `{ result: {…} }`, or `{ error: { code, message }, status }`.
 */
export const MemberImportLine = z
  .object({
    progress: MemberImportProgress.optional(),
    result: MemberImportResult.optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    status: z.number().int().optional(),
  })
  .openapi('MemberImportLine', {
    description:
      'Mỗi dòng một đối tượng JSON: { progress } trong khi đọc, rồi { result } hoặc { error, status }',
  });
