// Request bodies and queries of situation information (zod), shared by the server and the web forms.
import { id, idParam, isoDate, level, limitParam, text, z } from '../validation.ts';
import { FREQUENCIES, ISSUE_STATUSES, REPORT_KINDS } from './labels.ts';

/** Vietnamese names of the fields of this area (they override the shared ones). */
export const INTEL_FIELD_LABELS: Record<string, string> = {
  orgId: 'Đơn vị',
  kind: 'Loại báo cáo',
  periodStart: 'Từ ngày',
  periodEnd: 'Đến ngày',
  title: 'Tiêu đề',
  summary: 'Nội dung',
  items: 'Các vụ việc',
  category: 'Lĩnh vực',
  severity: 'Mức độ',
  occurredOn: 'Ngày xảy ra',
  placeOrgId: 'Địa bàn',
  peopleCount: 'Số người liên quan',
  secrecy: 'Độ mật',
  frequency: 'Kỳ báo cáo',
  dueDay: 'Hạn nộp',
  startsOn: 'Áp dụng từ ngày',
  status: 'Trạng thái',
  note: 'Ghi chú',
  itemIds: 'Vụ việc',
  text: 'Nội dung chỉ đạo',
  dueOn: 'Thời hạn',
  assigneeId: 'Người thực hiện',
  targetId: 'Văn bản, nhiệm vụ',
  on: 'Ngày xét',
  from: 'Từ ngày',
  to: 'Đến ngày',
  weeks: 'Số tuần',
  code: 'Mã lĩnh vực',
  name: 'Tên lĩnh vực',
  active: 'Đang dùng',
};

const categoryCode = z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, { message: 'mã lĩnh vực không hợp lệ' });

/** A new category of situation information (an administrator's list). */
export const categoryBody = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,29}$/, {
    message: 'mã lĩnh vực gồm chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 30 ký tự)',
  }),
  name: text(120),
});

/** Rename a category, or retire it (its old items keep it) and bring it back. */
export const categoryPatch = z
  .object({ name: text(120).optional(), active: z.boolean().optional() })
  .refine((v) => v.name !== undefined || v.active !== undefined, {
    message: 'cần tên mới hoặc trạng thái dùng / ngừng dùng',
  });

export const categoryParam = z.object({ code: categoryCode });

export const reportItemBody = z.object({
  category: categoryCode,
  severity: z.number().int().min(1).max(4),
  summary: text(2000),
  occurredOn: isoDate,
  /** Where it happened: a unit of the tree (the reporting unit when not given). */
  placeOrgId: id.optional(),
  peopleCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
});

export const createReportBody = z
  .object({
    orgId: id,
    kind: z.enum(REPORT_KINDS),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    title: text(300, 0).nullable().optional(),
    summary: text(10_000, 0).nullable().optional(),
    secrecy: level.optional(),
    items: z.array(reportItemBody).max(500),
  })
  .refine((b) => b.kind === 'quick' || (b.periodStart !== undefined && b.periodEnd !== undefined), {
    path: ['periodStart'],
    message: 'báo cáo định kỳ phải có kỳ báo cáo (từ ngày, đến ngày)',
  })
  .refine((b) => !b.periodStart || !b.periodEnd || b.periodEnd >= b.periodStart, {
    path: ['periodEnd'],
    message: 'phải sau hoặc trùng ngày bắt đầu',
  })
  .refine((b) => b.kind === 'periodic' || b.items.length > 0, {
    path: ['items'],
    message: 'báo cáo nhanh phải có ít nhất một vụ việc',
  });

export const listReportsQuery = z.object({
  orgId: idParam.optional(),
  kind: z.enum(REPORT_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: limitParam,
});

export const scheduleBody = z
  .object({
    frequency: z.enum(FREQUENCIES),
    dueDay: z.number().int().min(1).max(28),
    startsOn: isoDate,
  })
  .refine((b) => b.frequency === 'monthly' || b.dueDay <= 7, {
    path: ['dueDay'],
    message: 'kỳ hằng tuần: từ 1 (thứ Hai) đến 7 (Chủ nhật) của tuần sau',
  });

export const calendarQuery = z.object({ orgId: idParam.optional(), on: isoDate.optional() });

export const createIssueBody = z.object({
  orgId: id,
  placeOrgId: id.optional(),
  category: categoryCode,
  title: text(300),
  summary: text(10_000, 0).nullable().optional(),
  severity: z.number().int().min(1).max(4).optional(),
  secrecy: level.optional(),
  itemIds: z.array(id).max(200).optional(),
});

export const listIssuesQuery = z.object({
  orgId: idParam.optional(),
  status: z.enum(ISSUE_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional(),
  limit: limitParam,
});

export const issueStatusBody = z.object({
  status: z.enum(ISSUE_STATUSES),
  note: text(2000, 0).nullable().optional(),
  on: isoDate.optional(),
});

export const directionBody = z.object({
  text: text(2000),
  /** The unit that leads the task (đơn vị chủ trì). */
  orgId: id,
  dueOn: isoDate,
  assigneeId: id.nullable().optional(),
});

export const fileItemsBody = z.object({ itemIds: z.array(id).min(1).max(200) });

export const linkBody = z.object({ kind: z.enum(['document', 'task']), targetId: id });

export const warningsQuery = z.object({ orgId: idParam, on: isoDate.optional() });

export const seriesQuery = z.object({
  orgId: idParam,
  category: categoryCode,
  on: isoDate.optional(),
  weeks: z.coerce.number().int().min(8).max(260).optional(),
});

export const synthesisQuery = z
  .object({ orgId: idParam, from: isoDate, to: isoDate })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'phải sau hoặc trùng ngày bắt đầu' });

export const reminderRunBody = z.object({ today: isoDate.optional() });
