// zod configured to speak Vietnamese, and the field builders every schema uses. Imported by the
// server and by the web forms so that both show the same messages.
import { z } from 'zod';
import { isValidIsoDate } from './dates.ts';
import { isStorableText, nfc } from './text.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
};

function message(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'bắt buộc';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'không được để trống' : `phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array') return `phải có ít nhất ${min} mục`;
      return `phải từ ${min} trở lên`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `chỉ được tối đa ${max} ký tự`;
      if (issue.origin === 'array') return `chỉ được tối đa ${max} mục`;
      return `không được lớn hơn ${max}`;
    }
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'không đúng định dạng';
    case 'not_multiple_of':
      return 'không hợp lệ';
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'không hợp lệ';
    default:
      return undefined;
  }
}

z.config({ customError: (issue) => message(issue) });

/** Vietnamese names of the fields, for messages such as "Tên đăng nhập: bắt buộc". */
export const FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  newPassword: 'Mật khẩu mới',
  currentPassword: 'Mật khẩu hiện tại',
  otp: 'Mã xác thực',
  code: 'Mã xác thực',
  fullName: 'Họ và tên',
  orgId: 'Đơn vị',
  role: 'Vai trò',
  clearance: 'Mức tiếp cận bí mật',
  name: 'Tên',
  shortCode: 'Ký hiệu',
  kind: 'Loại tổ chức',
  parentId: 'Đơn vị cấp trên',
  on: 'Ngày hiệu lực',
  predecessorIds: 'Các đơn vị hợp nhất',
  successors: 'Các đơn vị mới',
  date: 'Ngày',
  asOf: 'Ngày xem',
  limit: 'Số dòng',
  cursor: 'Con trỏ trang',
  offset: 'Vị trí bắt đầu',
  from: 'Từ ngày',
  to: 'Đến ngày',
  action: 'Hành động',
  entity: 'Loại bản ghi',
  actorId: 'Người thực hiện',
  id: 'Mã',
  disabled: 'Khóa tài khoản',
  value: 'Giá trị',
  requireTotpForPrivileged: 'Bắt buộc xác thực hai lớp',
  q: 'Từ khóa',
  direction: 'Loại sổ',
  typeCode: 'Loại văn bản',
  summary: 'Trích yếu',
  content: 'Nội dung',
  secrecy: 'Độ mật',
  urgency: 'Độ khẩn',
  issuedOn: 'Ngày văn bản',
  symbol: 'Số ký hiệu',
  issuer: 'Cơ quan ban hành',
  receivedOn: 'Ngày đến',
  pages: 'Số trang',
  deadline: 'Hạn xử lý',
  issuerOrgId: 'Cơ quan ban hành',
  congress: 'Văn bản đại hội',
  place: 'Địa danh',
  signAuthority: 'Thẩm quyền ký',
  signerTitle: 'Chức vụ người ký',
  signerId: 'Người ký',
  submittedOn: 'Ngày trình ký',
  note: 'Ghi chú',
  reason: 'Lý do',
  orgIds: 'Đơn vị nhận',
  external: 'Nơi nhận ngoài hệ thống',
  text: 'Nội dung',
  leadOrgId: 'Đơn vị chủ trì',
  coordinatingOrgIds: 'Đơn vị phối hợp',
  assigneeId: 'Người xử lý',
  startsOn: 'Ngày bắt đầu',
  scope: 'Phạm vi',
  status: 'Trạng thái',
  confirmDuplicate: 'Xác nhận trùng',
  title: 'Tiêu đề',
  theme: 'Chủ đề',
  endsOn: 'Ngày kết thúc',
  parentProgramId: 'Chương trình cấp trên',
  description: 'Nội dung chi tiết',
  parentItemId: 'Mục cấp trên',
  sourceItemId: 'Mục nguồn của cấp trên',
  dueOn: 'Thời hạn',
  product: 'Sản phẩm',
  progress: 'Tiến độ (%)',
  source: 'Nguồn nhiệm vụ',
  ref: 'Số ký hiệu văn bản chỉ đạo',
  stalledDays: 'Số ngày không báo cáo thì coi là chậm',
  startTime: 'Giờ bắt đầu',
  endTime: 'Giờ kết thúc',
  chairId: 'Người chủ trì',
  chairName: 'Người chủ trì',
  participantIds: 'Thành phần dự',
  participants: 'Thành phần',
  preparingOrgId: 'Đơn vị chuẩn bị',
  week: 'Tuần',
  months: 'Số tháng',
  view: 'Danh sách',
  createTasks: 'Tạo nhiệm vụ',
  copyItems: 'Sao chép các mục',
  programId: 'Chương trình',
  dueFrom: 'Hạn từ ngày',
  dueTo: 'Hạn đến ngày',
  position: 'Thứ tự',
  year: 'Năm',
  // members
  birthDate: 'Ngày sinh',
  gender: 'Giới tính',
  admittedOn: 'Ngày vào Đảng',
  officialOn: 'Ngày chính thức',
  partyCardNo: 'Số thẻ đảng viên',
  residence: 'Nơi cư trú',
  interruptions: 'Thời gian gián đoạn',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  homeTown: 'Quê quán',
  education: 'Trình độ học vấn',
  theoryLevel: 'Trình độ lý luận chính trị',
  occupation: 'Nghề nghiệp',
  seriouslyIll: 'Ốm nặng',
  feeBasis: 'Căn cứ đóng đảng phí',
  feeBase: 'Mức lương làm căn cứ',
  userId: 'Tài khoản',
  years: 'Mốc tuổi đảng',
  awardedOn: 'Ngày trao',
  decisionNo: 'Số quyết định',
  effectiveFrom: 'Ngày hiệu lực',
  amount: 'Số tiền',
  toOrgId: 'Đơn vị chuyển đến',
  toName: 'Nơi chuyển đến',
  paperNo: 'Số giấy giới thiệu',
  outOn: 'Ngày chuyển đi',
  inOn: 'Ngày tiếp nhận',
  untilOn: 'Sinh hoạt tạm thời đến ngày',
  fromName: 'Nơi chuyển đi',
  residenceOrgId: 'Chi bộ nơi cư trú',
  registeredOn: 'Ngày đăng ký',
  endedOn: 'Ngày thôi',
  comment: 'Nhận xét',
  commentedOn: 'Ngày nhận xét',
  by: 'Người nhận xét',
  courseOn: 'Ngày học lớp bồi dưỡng',
  stage: 'Bước',
  introducerIds: 'Đảng viên giới thiệu',
  payments: 'Các khoản nộp',
  memberId: 'Đảng viên',
  month: 'Tháng',
  paidOn: 'Ngày nộp',
  generalScore: 'Điểm tiêu chí chung',
  resultScore: 'Điểm kết quả thực hiện nhiệm vụ',
  allTasksOnTime: 'Mọi nhiệm vụ đúng hạn',
  selfReview: 'Bản tự kiểm điểm',
  level: 'Cấp quyết định',
  category: 'Xếp loại',
  decidedOn: 'Ngày quyết định',
  committeeCategory: 'Xếp loại của cấp ủy',
  ageMin: 'Tuổi từ',
  ageMax: 'Tuổi đến',
  partyAgeMin: 'Tuổi đảng từ',
  partyAgeMax: 'Tuổi đảng đến',
  badgeDueOn: 'Đến hạn Huy hiệu vào ngày',
  includeDone: 'Gồm hồ sơ đã xong',
  file: 'Tệp',
  // archive
  fileCode: 'Mã hồ sơ',
  section: 'Đề mục',
  responsibleId: 'Người lập hồ sơ',
  scheduleId: 'Dòng bảng thời hạn bảo quản',
  retentionYears: 'Thời hạn bảo quản (năm)',
  open: 'Mở hồ sơ ngay',
  openedOn: 'Ngày mở hồ sơ',
  documentId: 'Văn bản',
  correctsDocumentId: 'Văn bản được đính chính',
  closedOn: 'Ngày đóng hồ sơ',
  endYear: 'Năm kết thúc',
  fileId: 'Hồ sơ',
  fileIds: 'Các hồ sơ',
  council: 'Hội đồng xác định giá trị tài liệu',
  reviewedOn: 'Ngày Hội đồng xem xét',
  decisions: 'Ý kiến của Hội đồng',
  decision: 'Ý kiến',
  keepYears: 'Thời hạn giữ thêm (năm)',
  decisionRef: 'Số quyết định',
  maxSecrecy: 'Độ mật tối đa được số hóa',
  rowCode: 'Mã dòng',
  group: 'Nhóm tài liệu',
  active: 'Đang dùng',
  fromYear: 'Từ năm',
  toYear: 'Đến năm',
};

/**
 * The Vietnamese name of a field. `overrides` lets a route name its own fields where the shared name
 * means something else (`kind` is "Loại tổ chức" in general, "Loại chương trình" for a programme):
 * keyed by the dotted path or the last name.
 */
export function fieldLabel(
  path: readonly PropertyKey[],
  overrides: Readonly<Record<string, string>> = {},
): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const last = keys[keys.length - 1];
  if (!last) return 'Dữ liệu';
  const label = overrides[keys.join('.')] ?? overrides[last] ?? FIELD_LABELS[last] ?? last;
  const index = path.find((p) => typeof p === 'number');
  return index === undefined ? label : `${label} (dòng ${Number(index) + 1})`;
}

/** One readable line for a failed parse: "Họ và tên: bắt buộc; Mật khẩu: phải có ít nhất 10 ký tự". */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  overrides: Readonly<Record<string, string>> = {},
): string {
  return issues
    .slice(0, 5)
    .map((i) => `${fieldLabel(i.path, overrides)}: ${i.message}`)
    .join('; ');
}

export const MAX_INT = 2_147_483_647;

/** Free text: NFC, trimmed, no control characters or lone surrogates, bounded. */
export function text(max: number, min = 1) {
  return z
    .string()
    .max(max * 4) // cheap guard before normalising a huge string
    .overwrite((s) => nfc(s).trim())
    .min(min)
    .max(max)
    .refine(isStorableText, { message: 'chứa ký tự không hợp lệ' });
}

export function optionalText(max: number) {
  return text(max, 0).optional();
}

export const id = z.number().int().positive().max(MAX_INT);
/** Ids in a URL path or query string. */
export const idParam = z.coerce.number().int().positive().max(MAX_INT);

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'phải là ngày dạng YYYY-MM-DD' })
  .refine(isValidIsoDate, { message: 'không phải ngày có thật' });

export const level = z.number().int().min(0).max(3);

/** `limit` in lists: defaults to 20, values above 100 are clamped rather than rejected (DESIGN §4). */
export const limitParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_INT)
  .optional()
  .transform((n) => Math.min(n ?? 20, 100));

export { z };
