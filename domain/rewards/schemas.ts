// Request bodies and queries of awards (zod), shared by the server and the web forms.
import { id, idParam, isoDate, limitParam, text, z } from '../validation.ts';
import { AWARD_KINDS, PROPOSAL_STATUSES } from './criteria.ts';

export const REWARD_FIELD_LABELS: Record<string, string> = {
  orgId: 'Đơn vị',
  title: 'Tên phong trào',
  criteria: 'Tiêu chí',
  startsOn: 'Từ ngày',
  endsOn: 'Đến ngày',
  unitIds: 'Đơn vị tham gia',
  movementId: 'Phong trào thi đua',
  kind: 'Hình thức khen thưởng',
  year: 'Năm xét',
  memberId: 'Đảng viên',
  subjectOrgId: 'Tập thể',
  achievement: 'Thành tích',
  on: 'Ngày',
  members: 'Số thành viên Hội đồng',
  votesFor: 'Số phiếu đồng ý',
  votesAgainst: 'Số phiếu không đồng ý',
  decisionNo: 'Số quyết định',
  decidedOn: 'Ngày quyết định',
  reason: 'Lý do',
  status: 'Trạng thái',
};

const year = z.number().int().min(1930).max(2200);

export const movementBody = z.object({
  orgId: id,
  title: text(300),
  criteria: text(3000),
  startsOn: isoDate,
  endsOn: isoDate,
  /** The units taking part (in the launching unit's subtree). */
  unitIds: z.array(id).max(300).optional(),
});

export const proposalBody = z.object({
  orgId: id,
  movementId: id.optional(),
  kind: z.enum(AWARD_KINDS),
  year,
  memberId: id.optional(),
  subjectOrgId: id.optional(),
  achievement: text(3000),
});

export const proposalListQuery = z.object({
  orgId: idParam.optional(),
  year: idParam.optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  memberId: idParam.optional(),
  limit: limitParam,
});

export const councilBody = z.object({
  on: isoDate,
  members: z.number().int().min(1).max(200),
  votesFor: z.number().int().min(0).max(200),
  votesAgainst: z.number().int().min(0).max(200),
});

export const awardDecisionBody = z.object({ decisionNo: text(60), decidedOn: isoDate });

export const revokeBody = z.object({ on: isoDate, reason: text(1000) });

export const awardListQuery = z.object({
  orgId: idParam.optional(),
  memberId: idParam.optional(),
  year: idParam.optional(),
});
