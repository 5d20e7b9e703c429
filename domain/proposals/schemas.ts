// Request bodies and queries of the schemes area (server routes and web forms validate with the same
// schemas), and the Vietnamese names of their fields.
import { id, idParam, isoDate, level, optionalText, text, z } from '../validation.ts';
import { DISPOSITIONS, PROPOSAL_KINDS, STAGES, TEAM_ROLES } from './labels.ts';

/** Names of this area's fields in messages, where the shared names would mislead. */
export const PROPOSAL_FIELD_LABELS: Record<string, string> = {
  kind: 'Loại',
  title: 'Tên đề án, báo cáo',
  dueOn: 'Thời hạn',
  orgId: 'Đơn vị chủ trì',
  version: 'Dự thảo lần',
  author: 'Đơn vị, cá nhân góp ý',
  text: 'Nội dung góp ý',
  disposition: 'Hướng xử lý',
  reply: 'Nội dung tiếp thu, giải trình',
  paragraph: 'Đoạn',
  roundId: 'Đợt lấy ý kiến',
  targetId: 'Nơi được xin ý kiến',
  stage: 'Bước',
  note: 'Ghi chú',
  conclusionRef: 'Số thông báo kết luận',
  conclusionOn: 'Ngày kết luận',
  issuedRef: 'Số ký hiệu văn bản ban hành',
  issuedOn: 'Ngày ban hành',
  plan: 'Thời hạn từng bước',
  members: 'Tổ biên tập',
  fullName: 'Họ và tên',
  userId: 'Tài khoản',
  role: 'Nhiệm vụ trong tổ',
  duty: 'Phân công',
  targets: 'Nơi được xin ý kiến',
  leadOrgId: 'Đơn vị chủ trì thực hiện',
  from: 'Dự thảo trước',
  to: 'Dự thảo sau',
  summary: 'Mục tiêu, nội dung chính',
};

export const createProposalBody = z.object({
  orgId: id,
  title: text(500),
  kind: z.enum(PROPOSAL_KINDS),
  /** The deadline to submit it to the standing committee (past dates accepted: entered after the fact). */
  dueOn: isoDate,
  summary: optionalText(4000),
  secrecy: level.optional(),
});

export const updateProposalBody = z.object({
  title: text(500).optional(),
  summary: text(4000, 0).nullable().optional(),
  dueOn: isoDate.optional(),
});

/** The planned deadline of each stage; null clears one. */
export const stagePlanBody = z.object({
  plan: z
    .array(z.object({ stage: z.enum(STAGES), dueOn: isoDate.nullable() }))
    .min(1)
    .max(STAGES.length),
});

export const moveStageBody = z.object({
  stage: z.enum(STAGES),
  /** Required when going back (the reason). */
  note: optionalText(2000),
  /** Entering «conclusion»: the standing committee's conclusion (Thông báo kết luận số …). */
  conclusionRef: optionalText(100),
  conclusionOn: isoDate.optional(),
  /** Entering «issue»: the document issued (its symbol and date). */
  issuedRef: optionalText(100),
  issuedOn: isoDate.optional(),
});

export const teamBody = z.object({
  members: z
    .array(
      z
        .object({
          userId: id.nullable().optional(),
          fullName: text(200),
          role: z.enum(TEAM_ROLES),
          duty: optionalText(500),
        })
        .strict(),
    )
    .max(100),
});

export const openRoundBody = z.object({
  /** The version sent for comments (its number). */
  version: z.number().int().min(1).max(100_000),
  /** Left out: counted in working days from the unit's working regulation. */
  dueOn: isoDate.optional(),
  note: optionalText(2000),
  targets: z
    .array(
      z
        .object({ orgId: id.optional(), userId: id.optional(), dueOn: isoDate.optional() })
        .strict()
        .refine((t) => (t.orgId == null) !== (t.userId == null), {
          message: 'chọn một đơn vị hoặc một người',
        }),
    )
    .min(1)
    .max(300),
});

export const addCommentBody = z.object({
  version: z.number().int().min(1).max(100_000),
  /** The unit or person whose opinion it is, as written ("Đảng ủy phường Hải Châu"). */
  author: text(300),
  text: text(20_000),
  /** The paragraph of the version it is about (0-based), when it is about one. */
  paragraph: z.number().int().min(0).max(100_000).optional(),
  /** Entered for a consulted unit or person of a round (a written opinion received). */
  targetId: id.optional(),
});

export const disposeCommentBody = z
  .object({
    disposition: z.enum(DISPOSITIONS),
    reply: text(20_000, 0),
  })
  .superRefine((v, ctx) => {
    // Accepting may say nothing more; explaining or keeping the draft must say why.
    if (v.disposition !== 'accepted' && !v.reply) {
      ctx.addIssue({ code: 'custom', path: ['reply'], message: 'bắt buộc khi giải trình hoặc bảo lưu' });
    }
  });

export const addMeasureBody = z.object({
  title: text(1000),
  leadOrgId: id,
  dueOn: isoDate,
});

export const diffQuery = z.object({
  from: z.coerce.number().int().min(1).max(100_000),
  to: z.coerce.number().int().min(1).max(100_000),
});

export const responseTableQuery = z.object({
  /** Only the comments on this version; every version's when not given. */
  version: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const portfolioQuery = z.object({
  orgId: idParam.optional(),
  stage: z.enum(STAGES).optional(),
  kind: z.enum(PROPOSAL_KINDS).optional(),
  q: text(200, 0).optional(),
  lateOnly: z.enum(['true', 'false']).optional(),
});
