// Request bodies and queries of inspection, supervision and discipline (zod), shared by the server
// and the web forms.
import { id, idParam, isoDate, level, limitParam, text, z } from '../validation.ts';
import { MEMBER_FORMS, ORG_FORMS } from './discipline.ts';
import { CASE_KINDS, ISSUERS } from './labels.ts';

export const INSPECTION_FIELD_LABELS: Record<string, string> = {
  memberId: 'Đảng viên',
  form: 'Hình thức kỷ luật',
  violatedOn: 'Ngày vi phạm',
  decidedOn: 'Ngày quyết định',
  authorityOrgId: 'Cấp có thẩm quyền',
  reason: 'Nội dung vi phạm',
  decisionNo: 'Số quyết định',
  caseId: 'Cuộc kiểm tra',
  appealedOn: 'Ngày khiếu nại',
  note: 'Ghi chú',
  outcome: 'Kết quả giải quyết khiếu nại',
  stateBody: 'Cơ quan nhà nước',
  receivedOn: 'Ngày nhận thông báo',
  orgId: 'Đơn vị',
  kind: 'Loại',
  title: 'Tên cuộc kiểm tra, giám sát',
  subjectOrgId: 'Tổ chức đảng được kiểm tra',
  subjectMemberId: 'Đảng viên được kiểm tra',
  subjectName: 'Đối tượng',
  complainant: 'Người tố cáo',
  teamUserIds: 'Đoàn kiểm tra',
  leadUserId: 'Trưởng đoàn',
  preparationFrom: 'Ngày bắt đầu chuẩn bị',
  selfReportDue: 'Hạn nộp báo cáo tự kiểm điểm',
  secrecy: 'Độ mật',
  on: 'Ngày',
  conclusion: 'Kết luận',
  violationFound: 'Có vi phạm',
  remedies: 'Yêu cầu khắc phục',
  content: 'Nội dung',
  dueOn: 'Thời hạn',
  issuer: 'Cấp ban hành',
  year: 'Năm',
  items: 'Nội dung chương trình',
  periodFrom: 'Từ ngày',
  periodTo: 'Đến ngày',
};

export const disciplineBody = z.object({
  memberId: id,
  form: z.enum(MEMBER_FORMS),
  violatedOn: isoDate,
  decidedOn: isoDate,
  authorityOrgId: id,
  reason: text(2000),
  decisionNo: text(60).optional(),
  caseId: id.optional(),
  secrecy: level.optional(),
});

export const orgDisciplineBody = z.object({
  orgId: id,
  form: z.enum(ORG_FORMS),
  violatedOn: isoDate,
  decidedOn: isoDate,
  authorityOrgId: id,
  reason: text(2000),
  decisionNo: text(60).optional(),
  secrecy: level.optional(),
});

export const orgDisciplineListQuery = z.object({ orgId: idParam, limit: limitParam });

export const disciplineListQuery = z.object({
  memberId: idParam.optional(),
  orgId: idParam.optional(),
  limit: limitParam,
});

export const appealBody = z.object({ appealedOn: isoDate, note: text(2000) });
export const appealOutcomeBody = z.object({
  outcome: z.enum(['upheld', 'changed', 'annulled']),
  note: text(2000).optional(),
});

export const noticeBody = z.object({
  memberId: id,
  stateBody: text(200),
  form: text(100),
  decidedOn: isoDate,
  receivedOn: isoDate,
});

export const caseBody = z.object({
  orgId: id,
  kind: z.enum(CASE_KINDS),
  title: text(300),
  subjectOrgId: id.optional(),
  subjectMemberId: id.optional(),
  complainant: text(200).optional(),
  decisionNo: text(60),
  decidedOn: isoDate,
  preparationFrom: isoDate,
  selfReportDue: isoDate.optional(),
  teamUserIds: z.array(id).min(1).max(20),
  leadUserId: id,
  secrecy: level.optional(),
  programmeItemId: id.optional(),
});

export const caseListQuery = z.object({
  orgId: idParam.optional(),
  kind: z.enum(CASE_KINDS).optional(),
  limit: limitParam,
});

export const stageBody = z.object({ on: isoDate });
export const selfReportBody = z.object({ on: isoDate });

export const conclusionBody = z.object({
  on: isoDate,
  conclusion: text(5000),
  violationFound: z.boolean(),
  remedies: z
    .array(z.object({ content: text(1000), dueOn: isoDate }))
    .max(30)
    .default([]),
});

export const remedyDoneBody = z.object({ on: isoDate, note: text(1000).optional() });

export const programmeBody = z.object({
  orgId: id,
  issuer: z.enum(ISSUERS),
  year: z.number().int().min(1930).max(2200),
  title: text(300),
  items: z
    .array(
      z.object({
        kind: z.enum(['inspection', 'supervision']),
        content: text(1000),
        subjectOrgId: id.optional(),
        subjectMemberId: id.optional(),
        periodFrom: isoDate,
        periodTo: isoDate,
      }),
    )
    .max(200)
    .default([]),
});

export const programmeListQuery = z.object({ orgId: idParam.optional(), year: idParam.optional() });
