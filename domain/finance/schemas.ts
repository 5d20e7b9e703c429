// Request schemas of party finance (fees under the 2026 rules and the money's path), with the
// Vietnamese names of their fields for validation messages.
import { RELIEF_REASONS } from '../members/fee-relief.ts';
import { id, idParam, isoDate, optionalText, text, z } from '../validation.ts';

export const FINANCE_FIELD_LABELS: Record<string, string> = {
  orgId: 'Đơn vị',
  fromOrgId: 'Đơn vị nộp',
  memberId: 'Đảng viên',
  from: 'Từ tháng',
  to: 'Đến tháng',
  month: 'Tháng',
  year: 'Năm',
  quarter: 'Quý',
  percent: 'Mức miễn, giảm',
  reason: 'Lý do',
  note: 'Ghi chú',
  amount: 'Số tiền',
  receivedOn: 'Ngày nhận',
  entryDate: 'Ngày ghi sổ',
  direction: 'Thu hay chi',
  category: 'Nội dung',
  description: 'Diễn giải',
  correctsId: 'Bút toán được sửa',
  status: 'Trạng thái',
  format: 'Định dạng',
};

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'phải là tháng dạng YYYY-MM' });
/** Whole đồng, at most a thousand billion. */
export const amount = z.number().int({ message: 'phải là số đồng nguyên' }).min(0).max(1_000_000_000_000);

export const rangeQuery = z.object({ orgId: idParam, from: month, to: month });

export const reliefBody = z.strictObject({
  memberId: id,
  percent: z.number().int().min(1).max(100),
  from: month,
  to: month,
  reason: z.enum(RELIEF_REASONS),
  note: optionalText(500),
});
export const reliefListQuery = z.object({ orgId: idParam });

export const portalLinesQuery = z.object({
  orgId: idParam,
  status: z.enum(['unmatched', 'matched', 'resolved', 'dismissed']).optional(),
});
export const resolveBody = z.strictObject({ memberId: id });
export const dismissBody = z.strictObject({ note: text(500) });

export const receiptBody = z.strictObject({
  orgId: id,
  fromOrgId: id,
  month,
  amount,
  receivedOn: isoDate,
  note: optionalText(500),
});

export const FUND_DIRECTIONS = ['receipt', 'spending'] as const;
export const FUND_RECEIPT_CATEGORIES = ['fee_share', 'allocation', 'other_receipt'] as const;
export const FUND_RECEIPT_LABELS: Record<(typeof FUND_RECEIPT_CATEGORIES)[number], string> = {
  fee_share: 'Đảng phí được trích giữ lại',
  allocation: 'Kinh phí cấp trên cấp, hỗ trợ',
  other_receipt: 'Thu khác',
};

export const fundEntryBody = z.strictObject({
  orgId: id,
  entryDate: isoDate,
  direction: z.enum(FUND_DIRECTIONS),
  category: z.string().regex(/^[a-z][a-z_]{0,29}$/, { message: 'mã nội dung không hợp lệ' }),
  amount: amount.refine((n) => n > 0, { message: 'phải lớn hơn 0' }),
  description: text(500),
});
export const fundCorrectionBody = z.strictObject({
  amount,
  entryDate: isoDate,
  description: text(500),
  category: z
    .string()
    .regex(/^[a-z][a-z_]{0,29}$/, { message: 'mã nội dung không hợp lệ' })
    .optional(),
});
export const fundBookQuery = z.object({ orgId: idParam, from: isoDate.optional(), to: isoDate.optional() });
export const quarterQuery = z.object({
  orgId: idParam,
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
});
export const reportQuery = rangeQuery.extend({ format: z.enum(['xlsx', 'docx']) });
