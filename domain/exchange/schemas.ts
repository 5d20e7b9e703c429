// Request bodies of the exchange between systems (zod), shared by the server's routes and the client.
import { id, text, z } from '../validation.ts';
import { MANUAL_STATUSES, MESSAGE_KINDS } from './labels.ts';

/** An agency identifier code (mã định danh): letters, digits, dots and dashes. */
export const agencyCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9.-]{1,39}$/,
    'Mã định danh chỉ gồm chữ, số, dấu chấm, gạch nối (2–40 ký tự).',
  );

export const sendBody = z.object({
  to: z.array(agencyCode).min(1).max(50),
  kind: z.enum(MESSAGE_KINDS).optional(),
  reason: text(2000, 0).optional(),
  /** For a replacement: our earlier document it replaces. */
  replacesDocumentId: id.optional(),
});

export const peerBody = z.object({
  name: text(200),
  url: z
    .string()
    .trim()
    .max(300)
    .regex(
      /^https?:\/\/[^\s/?#]+(?::\d+)?(\/[^\s?#]*)?$/,
      'Địa chỉ phải bắt đầu bằng http:// hoặc https://.',
    ),
  codes: z.array(agencyCode).min(1).max(200),
  publicKey: z.string().trim().min(40).max(200),
});

export const unitCodeBody = z.object({ code: agencyCode.nullable() });

export const statusBody = z.object({
  status: z.enum(MANUAL_STATUSES),
  reason: text(2000, 0).optional(),
});
