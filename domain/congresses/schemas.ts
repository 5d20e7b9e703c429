// Request bodies and queries of the congresses area (server routes and web forms validate with the
// same schemas), and the Vietnamese names of their fields.
import { id, idParam, isoDate, text, z } from '../validation.ts';
import { DOCUMENT_KINDS, ELECTION_KINDS } from './labels.ts';

/** Names of this area's fields in messages, where the shared names would mislead. */
export const CONGRESS_FIELD_LABELS: Record<string, string> = {
  orgId: 'Đơn vị',
  congressId: 'Đại hội',
  title: 'Tên',
  term: 'Nhiệm kỳ',
  heldOn: 'Ngày đại hội',
  dueOn: 'Thời hạn',
  doneOn: 'Ngày hoàn thành',
  milestones: 'Lịch trình',
  seats: 'Số lượng cần bầu',
  candidates: 'Danh sách bầu cử',
  convened: 'Số người được triệu tập',
  kind: 'Loại',
  ballots: 'Phiếu',
  valid: 'Phiếu hợp lệ',
  marks: 'Đánh dấu',
  teller: 'Người kiểm phiếu',
  note: 'Ghi chú',
  package: 'Gói kết quả',
  name: 'Tên máy kiểm phiếu',
  publicKey: 'Khóa công khai',
  memberId: 'Đảng viên',
  body: 'Nội dung',
  author: 'Người góp ý',
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  admittedOn: 'Ngày vào Đảng',
  position: 'Chức vụ',
  education: 'Trình độ chuyên môn',
  theoryLevel: 'Trình độ lý luận chính trị',
  summary: 'Quá trình công tác',
  candidateIds: 'Danh sách từ đề án nhân sự',
  fileCode: 'Số, ký hiệu hồ sơ',
  year: 'Năm của danh mục hồ sơ',
};

/** Largest list and ballot box the app takes in one request. */
export const MAX_CANDIDATES = 300;
export const MAX_BALLOTS = 5000;

const milestone = z.object({ title: text(300), dueOn: isoDate });

export const createCongressBody = z.object({
  orgId: id,
  title: text(300),
  term: text(50),
  heldOn: isoDate,
  milestones: z.array(milestone).max(50).optional(),
});

export const listQuery = z.object({ orgId: idParam.optional() });

export const milestoneBody = milestone;
export const milestoneDoneBody = z.object({ doneOn: isoDate.nullable() });

export const createElectionBody = z.object({
  orgId: id,
  title: text(300),
  seats: z.number().int().min(1).max(MAX_CANDIDATES),
  candidates: z.array(text(200)).min(1).max(MAX_CANDIDATES),
  convened: z.number().int().min(1).max(100_000),
  kind: z.enum(ELECTION_KINDS).optional(),
  congressId: id.optional(),
});

export const ballot = z.object({
  valid: z.boolean(),
  marks: z.array(z.boolean()).max(MAX_CANDIDATES),
});

export const ballotsBody = z.object({ ballots: z.array(ballot).min(1).max(MAX_BALLOTS) });
export const tallyBody = z.object({ ballots: z.array(ballot).max(MAX_BALLOTS) });
export const tellerParam = z.coerce.number().int().min(1).max(2);

export const approveBody = z.object({ note: text(1000, 0).optional() });

export const delegateBody = z.object({ memberId: id, kind: z.enum(['official', 'alternate']) });

export const documentVersionBody = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  body: text(200_000),
  note: text(1000, 0).optional(),
});
export const documentCommentBody = z.object({ author: text(300), body: text(4000) });

export const stationBody = z.object({ name: text(200), publicKey: text(2000) });

/**
 * A candidate's dossier in the personnel plan: a member of the records (`memberId`, the facts then
 * come from the member's record) or a person named here (`fullName`, with the facts given).
 */
export const candidateBody = z
  .object({
    memberId: id.optional(),
    fullName: text(200).optional(),
    birthDate: isoDate.optional(),
    admittedOn: isoDate.optional(),
    position: text(300, 0).optional(),
    education: text(300, 0).optional(),
    theoryLevel: text(300, 0).optional(),
    summary: text(20_000, 0).optional(),
  })
  .refine((b) => (b.memberId === undefined) !== (b.fullName === undefined), {
    message: 'Chọn một đảng viên hoặc ghi họ và tên (một trong hai)',
    path: ['fullName'],
  });

/** An election whose list is drawn from the personnel plan's dossiers, in the order given. */
export const planElectionBody = z.object({
  title: text(300),
  seats: z.number().int().min(1).max(MAX_CANDIDATES),
  candidateIds: z.array(id).min(1).max(MAX_CANDIDATES),
  convened: z.number().int().min(1).max(100_000),
  kind: z.enum(ELECTION_KINDS).optional(),
});

/** Handing the congress file to the archive: its code in the unit's file plan of `year` (default: the congress's year). */
export const handoverBody = z.object({
  fileCode: text(40),
  year: z.number().int().min(1930).max(2200).optional(),
});
