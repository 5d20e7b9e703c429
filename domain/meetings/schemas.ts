// Request bodies and queries of chi bộ meetings (zod), shared by the server and the web forms.
import { id, idParam, isoDate, level, limitParam, optionalText, text, z } from '../validation.ts';
import { ATTENDANCE_STATUSES, MEETING_FILE_KINDS, MEETING_KINDS, MEETING_STATUSES } from './labels.ts';
import { parseMeetingTime } from './time.ts';

/** Vietnamese names of the fields of this area (they override the shared ones). */
export const MEETING_FIELD_LABELS: Record<string, string> = {
  kind: 'Loại sinh hoạt',
  title: 'Tên cuộc sinh hoạt',
  startsAt: 'Thời gian bắt đầu',
  endsAt: 'Thời gian kết thúc',
  agenda: 'Nội dung sinh hoạt',
  combined: 'Thường kỳ kết hợp chuyên đề',
  topic: 'Chuyên đề',
  place: 'Địa điểm',
  videoLink: 'Đường dẫn họp trực tuyến',
  chairMemberId: 'Người chủ trì',
  chairName: 'Người chủ trì',
  secretaryMemberId: 'Thư ký',
  secretaryName: 'Thư ký',
  entries: 'Điểm danh',
  memberId: 'Đảng viên',
  status: 'Tình trạng',
  reason: 'Lý do',
  subject: 'Nội dung biểu quyết',
  for: 'Số tán thành',
  against: 'Số không tán thành',
  abstain: 'Số không biểu quyết',
  discussion: 'Ý kiến thảo luận',
  conclusion: 'Kết luận',
  results: 'Kết quả thực hiện nhiệm vụ kỳ trước',
  directions: 'Phương hướng, giải pháp',
  tasks: 'Nhiệm vụ',
  ownerMemberId: 'Người thực hiện',
  ownerName: 'Người thực hiện',
  dueOn: 'Thời hạn',
  scores: 'Điểm chất lượng',
  code: 'Tiêu chí',
  points: 'Điểm',
  note: 'Ghi chú',
  orgId: 'Đơn vị',
  year: 'Năm',
  before: 'Trước ngày',
};

/** A time of a meeting: ISO 8601, the offset optional (Vietnam's by default); kept as ISO UTC. */
export const meetingTime = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const iso = parseMeetingTime(s);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: 'phải là thời gian dạng YYYY-MM-DDTHH:mm (giờ Việt Nam)' });
      return z.NEVER;
    }
    return iso;
  });

/** The agenda as text, or as a list of items (one per line). */
const agenda = z
  .union([text(10_000, 0), z.array(text(1000)).max(50)])
  .transform((a) => (Array.isArray(a) ? a.join('\n') : a));

const videoLink = text(500, 0).refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), {
  message: 'phải là đường dẫn http:// hoặc https://',
});

const planFields = {
  title: text(300),
  startsAt: meetingTime,
  endsAt: meetingTime.nullable().optional(),
  agenda: agenda.nullable().optional(),
  combined: z.boolean().optional(),
  topic: text(300, 0).nullable().optional(),
  place: text(300, 0).nullable().optional(),
  videoLink: videoLink.nullable().optional(),
  chairMemberId: id.nullable().optional(),
  chairName: text(120, 0).nullable().optional(),
  secretaryMemberId: id.nullable().optional(),
  secretaryName: text(120, 0).nullable().optional(),
};

export const createMeetingBody = z.object({
  orgId: id,
  kind: z.enum(MEETING_KINDS),
  secrecy: level.optional(),
  ...planFields,
});

export const updateMeetingBody = z.object({
  kind: z.enum(MEETING_KINDS).optional(),
  ...planFields,
  title: text(300).optional(),
  startsAt: meetingTime.optional(),
});

export const attendanceBody = z
  .object({
    entries: z
      .array(
        z.object({
          memberId: id,
          status: z.enum(ATTENDANCE_STATUSES),
          reason: optionalText(300),
        }),
      )
      .max(2000),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.entries.forEach((e, i) => {
      if (seen.has(e.memberId))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'memberId'], message: 'bị lặp lại' });
      seen.add(e.memberId);
    });
  });

const count = z.number().int().min(0).max(1_000_000);
export const voteBody = z.object({ subject: text(500), for: count, against: count, abstain: count });

export const minutesBody = z.object({
  startsAt: meetingTime.optional(),
  endsAt: meetingTime.nullable().optional(),
  discussion: text(50_000, 0).nullable().optional(),
  conclusion: text(50_000, 0).nullable().optional(),
});

export const resolutionTask = z
  .object({
    title: text(1000),
    ownerMemberId: id.nullable().optional(),
    ownerName: text(200, 0).nullable().optional(),
    dueOn: isoDate,
  })
  .refine((t) => t.ownerMemberId || t.ownerName, {
    path: ['ownerName'],
    message: 'chọn đảng viên hoặc ghi người, bộ phận thực hiện',
  });

export const resolutionBody = z.object({
  results: text(50_000),
  directions: text(50_000, 0).nullable().optional(),
  tasks: z.array(resolutionTask).max(100),
});

export const reportBody = z.object({ note: optionalText(1000) });
export const cancelBody = z.object({ reason: text(500) });

export const qualityBody = z.object({
  scores: z
    .array(z.object({ code: z.string().min(1).max(30), points: z.number().int().min(0).max(30_000) }))
    .max(30),
});

export const fileKind = z.enum(MEETING_FILE_KINDS);

const year = z.coerce.number().int().min(1930).max(2200);

export const listMeetingsQuery = z.object({
  orgId: idParam.optional(),
  year: year.optional(),
  /** The meetings held from this day to that day (the home's "this week" links here). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  limit: limitParam,
  cursor: z.string().max(40).optional(),
});

export const unitYearQuery = z.object({ orgId: idParam, year });
export const carryOverQuery = z.object({ orgId: idParam, before: isoDate.optional() });
