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

/**
 * With `Accept: application/x-ndjson`: one JSON object per line, `{ progress: {…} }` while reading,
 * then `{ result: {…} }`, or `{ error: { code, message }, status }`.
 */
export const MemberImportStream = z.string().openapi('MemberImportStream', {
  description: 'Các dòng JSON: { progress } trong khi đọc, rồi { result } hoặc { error, status }',
});
